import { describe, expect, it } from 'vitest';
import { findTextHazards, firstNonText, holdsDynamicReference } from './text-hazards.js';

describe('dynamic references', () => {
  it.each([
    '{{resolve:secretsmanager:dify-prod/database-master:SecretString:password}}',
    'prefix-{{resolve:ssm:/dify/prod/x}}-suffix',
    '{{resolve:ssm-secure:/x:1}}',
    '{{RESOLVE:ssm:/x}}',
    '{{Resolve:SecretsManager:x}}',
    '{{ resolve : ssm:/x }}',
    '{{\tresolve:ssm:/x}}',
    '{{\u200bresolve:ssm:/x}}',
    '{{resolve\u00a0:ssm:/x}}',
    '{ {resolve:ssm:/x}}',
    'http://proxy.example.com/{{resolve:ssm:/x}}',
  ])('finds %j, however it is spelled', (text) => {
    expect(holdsDynamicReference(text)).toBe(true);
  });

  it.each(['{{ x }}', '{resolve:ssm:/x}', 'resolve:ssm:/x', '{{resolver}}', '${AWS::Region}', ''])(
    'leaves %j alone',
    (text) => {
      expect(holdsDynamicReference(text)).toBe(false);
    },
  );
});

describe('text that is not text', () => {
  it('finds unpaired surrogates, NUL and the non-characters U+FFFE and U+FFFF', () => {
    expect(firstNonText('a\ud800b')).toBe('\ud800');
    expect(firstNonText('a\udfffb')).toBe('\udfff');
    expect(firstNonText('\udc00\ud800')).toBe('\udc00');
    expect(firstNonText('end\ud83d')).toBe('\ud83d');
    expect(firstNonText('a\u0000')).toBe('\u0000');
    expect(firstNonText('\ufffe')).toBe('\ufffe');
    expect(firstNonText('\uffff')).toBe('\uffff');
  });

  it('accepts paired surrogates and every other character', () => {
    expect(firstNonText('東京 🚀 \u{1f600}')).toBeUndefined();
    expect(firstNonText('line\nbreak\ttab\u001b[31m\u202e\u2028')).toBeUndefined();
  });
});

describe('findTextHazards', () => {
  it('reads every string of the document, keys included, and says where', () => {
    const document = {
      description: 'fine',
      tags: { 'x\ud800': 'ok', Owner: '{{resolve:ssm:/a}}' },
      dify: {
        environment: [
          { name: 'A', value: 'b' },
          { name: 'B', value: 'a\u0000' },
        ],
      },
      list: [['deep', ['\uffff']]],
    };
    expect(findTextHazards(document).map(({ pointer, at }) => [pointer, at])).toEqual([
      ['/tags/x\ud800', 'key'],
      ['/tags/Owner', 'value'],
      ['/dify/environment/1/value', 'value'],
      ['/list/0/1/0', 'value'],
    ]);
  });

  it('says what is wrong and what to do, without repeating the value', () => {
    const [reference] = findTextHazards({ v: '{{resolve:secretsmanager:prod/db:SecretString:password}}' });
    expect(reference?.message).toContain('dynamic reference');
    expect(reference?.message).not.toContain('prod/db');
    expect(reference?.hint).toContain('fromSecret');
    const [surrogate] = findTextHazards({ v: '\ud800' });
    expect(surrogate?.message).toContain('unpaired surrogate (\\ud800)');
    expect(surrogate?.message).not.toContain('\ud800');
  });

  it('finds nothing in numbers, booleans, null and clean strings', () => {
    expect(findTextHazards({ a: 1, b: true, c: null, d: ['x', { e: 'y' }] })).toEqual([]);
  });
});
