import { describe, expect, it } from 'vitest';
import { httpUrlProblem } from './http-url.js';

const problem = (value: string) => {
  const found = httpUrlProblem(value);
  return found?.kind === 'other' ? found.message : found?.kind;
};

describe('httpUrlProblem', () => {
  it.each([
    'http://proxy.internal.example.com:3128',
    'https://pypi-mirror-210987654321.d.codeartifact.ap-northeast-1.amazonaws.com/pypi/pypi-mirror/simple/',
    'http://proxy.corp.internal:8080/',
    'http://10.1.2.3:3128',
    'https://mirror.example.com/simple/?x=1&y=%20#frag',
  ])('accepts %s', (url) => {
    expect(httpUrlProblem(url)).toBeUndefined();
  });

  it.each([
    ['http://./', 'has the host ".", which is only dots'],
    ['http://%2e/', 'has the host ".", which is only dots'],
    ['http://.com/', 'has the host ".com", which has an empty label'],
    ['http://com/', 'has the host "com", which is a single label'],
    ['http://co.jp/', 'has the host "co.jp", which is a public suffix'],
    ['http://localhost:3128', 'has the host "localhost", which is a single label'],
    ['http://proxy.example.com.:3128', 'which ends with a dot'],
    ['http:///path', 'has no host'],
    ['https://?x', 'has no host'],
    ['http://', 'is not a valid URL'],
    ['http:/proxy.example.com', 'does not start with http:// or https://'],
    ['ftp://proxy.example.com', 'does not start with http:// or https://'],
    ['HTTP://proxy.example.com', 'does not start with http:// or https://'],
    [' http://proxy.example.com', 'does not start with http:// or https://'],
    ['http://proxy.example.com\n', 'holds a space, a control character'],
    ['http://proxy.exa\tmple.com', 'holds a space, a control character'],
    ['http://proxy.example.com/ x', 'holds a space, a control character'],
    ['http://proxy.example.com/${AWS::Region}', 'holds a space, a control character'],
    ['http://proxy.example.com/\u202e', 'holds a space, a control character'],
    ['http://127.0.0.1:3128', 'a loopback address (127.0.0.0/8)'],
    ['http://0x7f.1:3128', 'a loopback address (127.0.0.0/8)'],
    ['http://2130706433/', 'a loopback address (127.0.0.0/8)'],
    ['http://169.254.169.254/', 'a link-local address (169.254.0.0/16)'],
    ['http://0.0.0.0/', '"this network" address'],
    ['http://224.0.0.1/', 'a multicast address'],
    ['http://[::1]:3128', 'has an IPv6 address as its host'],
    ['http://proxy.example.com:0', 'names port 0'],
    ['http://user:hunter2@proxy.example.com', 'credentials'],
    ['http://user@proxy.example.com', 'credentials'],
  ])('refuses %j: %s', (url, expected) => {
    expect(problem(url)).toContain(expected);
  });
});
