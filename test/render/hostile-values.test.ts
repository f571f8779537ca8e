import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderStack } from '../../src/render/render-stack.js';
import { contextFor } from '../support/environment-fixtures.js';

/** Strings that break YAML, templates, CloudFormation substitutions and terminals. */
const hostile = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength }),
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
          const env = contextFor({
            description,
            tags: { [key]: tagValue },
            dify: {
              environment: [
                { name: 'EXTRA_SETTING', value, targets: ['api'] },
                { name: 'EXTRA_FROM_SECRET', fromSecret: 'dify/extra', jsonKey, targets: ['worker'] },
              ],
            },
          }).environment;
          const { template } = renderStack(env, 'test');

          expect(template.Metadata).toMatchObject({ DifyAwsKit: { description } });
          expect(template.Resources.Vpc?.Properties?.Tags).toContainEqual({ Key: key, Value: tagValue });
          expect(container(template, 'ApiTaskDefinition', 'api').Environment).toContainEqual({
            Name: 'EXTRA_SETTING',
            Value: value,
          });
          const secret = container(template, 'WorkerTaskDefinition', 'worker').Secrets?.find(
            (s) => s.Name === 'EXTRA_FROM_SECRET',
          );
          expect(JSON.stringify(secret?.ValueFrom)).toContain(JSON.stringify(`:${jsonKey}::`).slice(1, -1));
        },
      ),
      // A fixed seed keeps the suite deterministic; HOSTILE_SEED and HOSTILE_RUNS explore further.
      { numRuns: Number(process.env.HOSTILE_RUNS ?? 60), seed: Number(process.env.HOSTILE_SEED ?? 20261122) },
    );
  }, 120_000);
});
