import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResolvedEnvironment } from '../../src/environment/resolve-environment.js';
import { RenderError, renderStack } from '../../src/render/render-stack.js';
import { contextFor } from '../support/environment-fixtures.js';

/**
 * The renderer on its own, against strings validation would refuse: they are
 * put into an environment that passed validation, so that nothing but the
 * renderer stands between them and the template.
 */
function withHostileValues(values: {
  description: string;
  key: string;
  tagValue: string;
  value: string;
  jsonKey: string;
}): ResolvedEnvironment {
  const environment = contextFor().environment;
  return {
    ...environment,
    description: values.description,
    tags: { [values.key]: values.tagValue },
    dify: {
      ...environment.dify,
      environment: [
        { name: 'EXTRA_SETTING', value: values.value, targets: ['api'], exposeToSandboxCode: false },
        {
          name: 'EXTRA_FROM_SECRET',
          fromSecret: 'dify/extra',
          jsonKey: values.jsonKey,
          targets: ['worker'],
          exposeToSandboxCode: false,
        },
      ],
    },
  };
}

/** A value as CloudFormation delivers it: text holding `${` is written as a literal Fn::Sub. */
function delivered(value: unknown): unknown {
  if (value !== null && typeof value === 'object' && 'Fn::Sub' in value) {
    const text = (value as { 'Fn::Sub': string })['Fn::Sub'];
    return /\$\{(?!!)/.test(text) ? value : text.replaceAll('${!', '${');
  }
  return value;
}

/** Strings that break YAML, templates, CloudFormation substitutions and terminals. */
const hostile = (maxLength: number) =>
  fc.oneof(
    // Unpaired surrogates are not text: validation refuses them, and so does the renderer (below).
    fc.string({ unit: 'binary', minLength: 1, maxLength }).filter((text) => !/\p{Cs}/u.test(text)),
    fc.constantFrom(
      '"quoted" and \'single\'',
      'line\nbreak\r\nand\ttab',
      'key: value',
      '# not a comment',
      '!Ref AWS::StackName',
      '${AWS::Region}',
      '{{ secret }}',
      '{% include "x" %}',
      '{{resolve:ssm:/x}}',
      '- item',
      '[a, b]',
      '{a: b}',
      '&anchor *alias',
      '--- ...',
      '\u2028\u2029\u0085\ufeff',
      '東京リージョン 🚀',
      'x'.repeat(maxLength),
    ),
  );

/** Tag keys: the characters CloudFormation allows, arranged badly. */
const tagKey = fc
  .stringMatching(/^[a-zA-Z0-9 _.:/=+\-@東京]{1,40}$/)
  .filter((key) => !key.toLowerCase().startsWith('aws:'));

type Container = {
  Name: string;
  Environment?: { Name: string; Value: unknown }[];
  Secrets?: { Name: string; ValueFrom: unknown }[];
};

function container(
  template: ReturnType<typeof renderStack>['template'],
  logicalId: string,
  name: string,
): Container {
  const containers = template.Resources[logicalId]?.Properties?.ContainerDefinitions as Container[];
  const found = containers.find((c) => c.Name === name);
  if (!found) throw new Error(`no container ${name} in ${logicalId}`);
  return found;
}

describe('hostile strings in every free-text field', () => {
  it('render a template that parses and carries each value exactly', () => {
    fc.assert(
      fc.property(
        hostile(256),
        tagKey,
        hostile(256),
        hostile(4096),
        hostile(256),
        (description, key, tagValue, value, jsonKey) => {
          const env = withHostileValues({ description, key, tagValue, value, jsonKey });
          const { template } = renderStack(env, 'test');

          expect(template.Metadata).toMatchObject({ DifyAwsKit: { description } });
          expect(template.Resources.Vpc?.Properties?.Tags).toContainEqual({ Key: key, Value: tagValue });
          const setting = container(template, 'ApiTaskDefinition', 'api').Environment?.find(
            (v) => v.Name === 'EXTRA_SETTING',
          );
          expect(delivered(setting?.Value)).toBe(value);
          const secret = container(template, 'WorkerTaskDefinition', 'worker').Secrets?.find(
            (s) => s.Name === 'EXTRA_FROM_SECRET',
          );
          expect(String(delivered(secret?.ValueFrom)).endsWith(`:${jsonKey}::`)).toBe(true);
        },
      ),
      // A fixed seed keeps the suite deterministic; HOSTILE_SEED and HOSTILE_RUNS explore further.
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 60), seed: Number(process.env.HOSTILE_SEED ?? 20261122) },
    );
  }, 120_000);

  it('refuses a string that is not text rather than write a template nothing else can parse', () => {
    const env = withHostileValues({
      description: 'ok',
      key: 'k',
      tagValue: 'v',
      value: 'a\ud800b',
      jsonKey: 'x',
    });
    expect(() => renderStack(env, 'test')).toThrow(RenderError);
    expect(() => renderStack(env, 'test')).toThrow(/unpaired surrogate/);
  });
});
