import { describe, expect, it } from 'vitest';
import { dnsNameProblem, isPublicSuffix } from './dns-name.js';

describe('dnsNameProblem', () => {
  it.each([
    'dify.example.com',
    'dify-dev.example.com',
    'Dify.Example.COM',
    'dify.corp.example.co.jp',
    'xn--n3h.example.com',
    'proxy.corp.internal',
    'a.b',
    `${'a'.repeat(63)}.example.com`,
  ])('accepts %s', (name) => {
    expect(dnsNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['.', 'is only dots, no name'],
    ['localhost', 'is a single label'],
    ['intranet', 'is a single label'],
    ['dify.example.com.', 'ends with a dot'],
    ['.example.com', 'has an empty label'],
    ['a..example.com', 'has an empty label'],
    ['10.0.0.1', 'is an IP address'],
    ['203.0.113.10', 'is an IP address'],
    ['example.123', 'ends with a numeric label'],
    ['*.example.com', 'is a wildcard'],
    [`${'a'.repeat(64)}.example.com`, 'has a label of 64 characters'],
    [`${'a.'.repeat(127)}com`, 'is 257 characters long'],
    ['-dify.example.com', 'has a label with characters other than'],
    ['dify-.example.com', 'has a label with characters other than'],
    ['dify_dev.example.com', 'has a label with characters other than'],
    ['dify example.com', 'has a label with characters other than'],
    ['dify\n.example.com', 'has a label with characters other than'],
    ['☃.example.com', 'xn--'],
    ['com', 'is a single label'],
    ['co.jp', 'is a public suffix'],
    ['github.io', 'is a public suffix'],
    ['s3.amazonaws.com', 'is a public suffix'],
  ])('refuses %j: %s', (name, problem) => {
    expect(dnsNameProblem(name)).toContain(problem);
  });
});

describe('isPublicSuffix', () => {
  it('knows ICANN and private suffixes, and that a name under one is not one', () => {
    expect(isPublicSuffix('co.jp')).toBe(true);
    expect(isPublicSuffix('CO.JP')).toBe(true);
    expect(isPublicSuffix('example.co.jp')).toBe(false);
    expect(isPublicSuffix('pypi-mirror-1.d.codeartifact.ap-northeast-1.amazonaws.com')).toBe(false);
  });
});
