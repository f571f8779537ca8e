import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkEnvironment } from '../../src/environment/check-environment.js';
import type { CloudFormationTemplate } from '../../src/render/cloudformation-template.js';
import { renderAndLint } from '../../src/render/render-and-lint.js';
import { renderStack } from '../../src/render/render-stack.js';
import { merge, minimalEnvironment } from '../support/environment-fixtures.js';

/** Any UTF-16 code unit, so unpaired surrogates turn up as they do in a file's \u escapes. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });

const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  codeUnits,
  fc.constantFrom(
    '${AWS::AccountId}',
    'a ${!Literal} b',
    '${Foo.Bar}',
    '{{resolve:ssm:/x}}',
    '{{ resolve:ssm:/x }}',
    '"quoted" : # !Ref x',
    'line\nbreak\r\n\ttab',
    '\u2028\u2029\u0085\ufeff',
    '\u001b[31m\u202e',
    'postgres://dify:hunter2@db/x',
    'half \ud800 a character',
    '\udfff',
    'nul\u0000',
    '\uffff',
  ),
  codeUnits,
);

/** Mostly a plausible value, sometimes any text: so that many files pass and reach the renderer. */
const mostly = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: plausible }, { weight: 1, arbitrary: text });

const tagText = fc.stringMatching(/^[A-Za-z0-9 _.:/=+@東京-]{1,20}$/);
const hostName = mostly(fc.domain());
// Hosts that must never become a squid rule come first: fast-check's bias favours an arbitrary's first option.
const url = mostly(
  fc.oneof(
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'http://./',
        'http://%2e/',
        'http://.com/',
        'http://localhost:3128',
        'http://a.b./',
      ),
    },
    { weight: 3, arbitrary: fc.webUrl() },
    { weight: 3, arbitrary: fc.domain().map((d) => `http://${d}:3128`) },
  ),
);

/** An environment file built around the minimal one, with generated text in every free-text field. */
const environmentFile = fc.record({
  description: mostly(fc.string({ unit: 'grapheme', maxLength: 120 })),
  tags: fc.dictionary(mostly(tagText), mostly(tagText), { maxKeys: 3 }),
  literal: text,
  jsonKey: mostly(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })),
  hostName,
  sendingDomain: hostName,
  fromLocalPart: fc.constantFrom('dify', 'a${b}', "o'brien", 'x+y', '{{resolve:ssm:x}}'),
  egressProxyUrl: url,
  pipMirrorUrl: url,
});

/** Strings as CloudFormation delivers them: a literal Fn::Sub (every `${` escaped as `${!`) is its text. */
function delivered(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'Fn::Sub' in value) {
    const argument = (value as { 'Fn::Sub': unknown })['Fn::Sub'];
    if (typeof argument !== 'string' || /\$\{(?!!)/.test(argument)) return value;
    return argument.replaceAll('${!', '${');
  }
  return value;
}

function containerEnvironment(template: CloudFormationTemplate, logicalId: string, container: string) {
  const definitions = template.Resources[logicalId]?.Properties?.ContainerDefinitions as {
    Name: string;
    Environment: { Name: string; Value: unknown }[];
    Secrets: { Name: string; ValueFrom: unknown }[];
  }[];
  const found = definitions.find((d) => d.Name === container);
  if (!found) throw new Error(`no container ${container}`);
  return found;
}

/** Every string of a parsed template. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...stringsOf(inner)]);
  return [];
}

/** With the u flag, only an unpaired surrogate is a code point of category Cs. */
const hasUnpairedSurrogate = (text: string) => /\p{Cs}/u.test(text);

describe('every valid environment file renders', () => {
  it('a template that parses, holds only text, and carries each value as written', () => {
    let valid = 0;
    fc.assert(
      fc.property(environmentFile, (generated) => {
        const file = merge(minimalEnvironment, {
          description: generated.description,
          tags: generated.tags,
          domain: { hostName: generated.hostName, hostedZoneId: 'Z0123456789ABCDEFGHIJ' },
          email: {
            sendingDomain: generated.sendingDomain,
            fromAddress: `${generated.fromLocalPart}@${generated.sendingDomain}`,
          },
          dify: {
            version: '1.13.3',
            plugins: { egressProxyUrl: generated.egressProxyUrl, pipMirrorUrl: generated.pipMirrorUrl },
            environment: [
              { name: 'EXTRA_SETTING', value: generated.literal, targets: ['api'] },
              {
                name: 'EXTRA_FROM_SECRET',
                fromSecret: 'dify/extra',
                jsonKey: generated.jsonKey,
                targets: ['worker'],
              },
            ],
          },
        });
        // Through the parser, as a file would come: JSON text, \u escapes and all.
        const result = checkEnvironment(JSON.stringify(file, null, 2), { file: 'generated.json' });
        if (result.diagnostics.some((d) => d.severity === 'error') || !result.environment) return;
        valid++;
        const { text: templateText, template } = renderStack(result.environment, 'test');

        const reparsed = parse(templateText, { strict: true, uniqueKeys: true }) as CloudFormationTemplate;
        expect(hasUnpairedSurrogate(templateText)).toBe(false);
        expect(templateText).not.toMatch(/\\u[dD][89a-fA-F][0-9a-fA-F]{2}/);
        for (const s of stringsOf(reparsed)) expect(hasUnpairedSurrogate(s)).toBe(false);

        const api = containerEnvironment(template, 'ApiTaskDefinition', 'api');
        const setting = api.Environment.find((v) => v.Name === 'EXTRA_SETTING');
        expect(delivered(setting?.Value)).toBe(generated.literal);
        const worker = containerEnvironment(template, 'WorkerTaskDefinition', 'worker');
        const secret = worker.Secrets.find((v) => v.Name === 'EXTRA_FROM_SECRET');
        expect(String(delivered(secret?.ValueFrom)).endsWith(`:${generated.jsonKey}::`)).toBe(true);
        expect(template.Metadata).toMatchObject({ DifyAwsKit: { description: generated.description } });

        // No proxy or mirror host becomes a squid rule that matches every destination.
        const squid = containerEnvironment(template, 'ApiTaskDefinition', 'ssrfProxy').Environment.find(
          (v) => v.Name === 'SQUID_CONF',
        )?.Value as string;
        for (const [, host] of squid.matchAll(/^(?:acl pip_mirror dstdomain|cache_peer) (\S*)/gm)) {
          expect(host).toMatch(/^[a-z0-9][a-z0-9.-]*\.[a-z0-9-]+$/);
        }
      }),
      // A fixed seed keeps the suite deterministic; RENDER_SEED and RENDER_RUNS explore further.
      { numRuns: Number(process.env.RENDER_RUNS ?? 200), seed: Number(process.env.RENDER_SEED ?? 20261123) },
    );
    // The generators must reach the renderer, or the property proves nothing.
    expect(valid).toBeGreaterThan(20);
  }, 300_000);

  it('with ${…} in every free-text field: nothing substituted, nothing the lint refuses', () => {
    const file = merge(minimalEnvironment, {
      description: 'Dify for ${Team} in ${AWS::Region}',
      email: { sendingDomain: 'example.com', fromAddress: 'dify${x}@example.com' },
      dify: {
        version: '1.13.3',
        environment: [
          {
            name: 'EXTRA_SETTING',
            value: '${AWS::AccountId} ${ApiService.Name} ${!Literal} $${x}',
            targets: ['api'],
          },
          {
            name: 'EXTRA_FROM_SECRET',
            fromSecret: 'dify/extra',
            jsonKey: '${Team}',
            targets: ['worker'],
          },
        ],
      },
    });
    const result = checkEnvironment(JSON.stringify(file), { file: 'dollar.json' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    if (!result.environment) throw new Error('the file did not validate');
    const { rendered, lint } = renderAndLint(result.environment, 'test');
    expect(lint.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(lint.findings.map((f) => f.ruleId)).not.toContain('E1029');

    const api = containerEnvironment(rendered.template, 'ApiTaskDefinition', 'api');
    expect(delivered(api.Environment.find((v) => v.Name === 'EXTRA_SETTING')?.Value)).toBe(
      '${AWS::AccountId} ${ApiService.Name} ${!Literal} $${x}',
    );
    expect(delivered(api.Environment.find((v) => v.Name === 'MAIL_DEFAULT_SEND_FROM')?.Value)).toBe(
      'dify${x}@example.com',
    );
    const worker = containerEnvironment(rendered.template, 'WorkerTaskDefinition', 'worker');
    expect(String(delivered(worker.Secrets.find((v) => v.Name === 'EXTRA_FROM_SECRET')?.ValueFrom))).toMatch(
      /:\$\{Team\}::$/,
    );
  }, 120_000);
});
