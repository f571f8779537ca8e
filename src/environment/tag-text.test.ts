import { describe, expect, it } from 'vitest';
import { tagKeyProblem, tagValueProblem } from './tag-text.js';

describe('tag keys', () => {
  it.each([
    'CostCenter',
    'cost-center',
    'team:owner',
    'a/b=c+d@e_f.g',
    '東京 オフィス',
    'x'.repeat(128),
    'name',
  ])('accepts %j', (key) => {
    expect(tagKeyProblem(key)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['x'.repeat(129), 'is 129 characters long'],
    ['aws:owner', 'starts with aws:'],
    ['AWS:owner', 'starts with aws:'],
    ['Aws:Owner', 'starts with aws:'],
    ['Name', 'the tag the kit sets'],
    ['dify-aws-kit:environment', 'the kit reserves'],
    ['DIFY-AWS-KIT:environment', 'the kit reserves'],
    ['line\nbreak', 'holds "\\n"'],
    ['ansi\u001b[31m', 'holds "\\u001b"'],
    ['zero\u200bwidth', 'holds "\\u200b"'],
    ['bidi\u202e', 'holds "\\u202e"'],
    ['separator\u2028', 'holds "\\u2028"'],
    ['paragraph\u2029', 'holds "\\u2029"'],
    ['dollar$', 'holds "$"'],
    ['brace{', 'holds "{"'],
    ['emoji🚀', 'holds "🚀"'],
  ])('refuses %j: %s', (key, problem) => {
    expect(tagKeyProblem(key)?.message).toContain(problem);
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(tagKeyProblem('東'.repeat(128))).toBeUndefined();
    expect(tagKeyProblem('𠀋'.repeat(128))).toBeUndefined();
    expect(tagKeyProblem('𠀋'.repeat(129))?.message).toContain('is 129 characters long');
  });
});

describe('tag values', () => {
  it.each(['', 'platform', 'dify team', 'x'.repeat(256), '2026-01-01', 'Name'])('accepts %j', (value) => {
    expect(tagValueProblem(value)).toBeUndefined();
  });

  it.each([
    ['x'.repeat(257), 'is 257 characters long'],
    ['aws:cloudformation', 'starts with aws:'],
    ['two\nlines', 'holds "\\n"'],
    ['\u001b]8;;http://evil\u0007', 'holds "\\u001b"'],
    ['{{resolve:ssm:/x}}', 'holds "{"'],
    ['${AWS::Region}', 'holds "$"'],
    ['tab\there', 'holds "\\t"'],
  ])('refuses %j: %s', (value, problem) => {
    expect(tagValueProblem(value)?.message).toContain(problem);
  });
});
