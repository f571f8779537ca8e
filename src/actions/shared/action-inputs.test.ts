import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeCore, resetFakeCore, serveInputs } from '../test-support/fake-core.js';
import {
  booleanInput,
  InputError,
  integerInput,
  listInput,
  optionalText,
  readInputs,
  regionInput,
  requiredText,
  textWithDefault,
} from './action-inputs.js';

vi.mock('@actions/core', async () => (await import('../test-support/fake-core.js')).fakeCore);

beforeEach(() => {
  resetFakeCore();
});

describe('action inputs', () => {
  it('apply the declared default to an empty input, and state it as action.yml writes it', () => {
    const specs = {
      execute: booleanInput('execute', true),
      timeout: integerInput('timeout-minutes', { min: 1, max: 360, default: 60 }),
      files: listInput('environment-files', { default: 'environments/*.json' }),
      audience: textWithDefault('audience', 'sts.amazonaws.com'),
      token: optionalText('github-token', '${{ github.token }}'),
    };
    serveInputs({ execute: ' ', 'timeout-minutes': '', 'environment-files': ',' });
    expect(readInputs(specs)).toEqual({
      execute: true,
      timeout: 60,
      files: ['environments/*.json'],
      audience: 'sts.amazonaws.com',
      token: undefined,
    });
    expect(Object.values(specs).map((spec) => spec.default)).toEqual([
      'true',
      '60',
      'environments/*.json',
      'sts.amazonaws.com',
      '${{ github.token }}',
    ]);
    expect(specs.token.defaultIsExpression).toBe(true);
  });

  it('trims values and keeps each list item once', () => {
    serveInputs({ 'allow-replacement': ' DatabaseCluster,\nStorageBucket , DatabaseCluster ' });
    expect(listInput('allow-replacement').read()).toEqual(['DatabaseCluster', 'StorageBucket']);
  });

  it.each([
    [requiredText('environment-file'), '', 'input environment-file is required and was not given'],
    [booleanInput('execute', true), 'True', 'input execute is "True": give true or false'],
    [
      integerInput('timeout-minutes', { min: 1, max: 360 }),
      '1e3',
      'input timeout-minutes is "1e3": give a whole number from 1 to 360',
    ],
    [
      listInput('environment-files', {
        check: (item) => (item.includes('..') ? 'stay inside the workspace' : undefined),
      }),
      'a/*.json,../b/*.json',
      'input environment-files has "../b/*.json": stay inside the workspace',
    ],
    [
      regionInput('aws-region'),
      'us-east-1\nx',
      'input aws-region is "us-east-1\\nx": not an AWS region code. Give a region code such as us-east-1',
    ],
    [
      regionInput('aws-region'),
      'us-gov-west-1',
      'input aws-region is "us-gov-west-1": a GovCloud or China region, which the kit does not support.',
    ],
    [
      regionInput('aws-region'),
      'ap-northeast-9',
      'input aws-region is "ap-northeast-9": not an AWS region the kit knows. Did you mean "ap-northeast-1"?',
    ],
  ])('refuse an unusable value, naming the input: %#', (spec, value, message) => {
    serveInputs({ [spec.name]: value });
    let thrown: unknown;
    try {
      spec.read();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).message.startsWith(message)).toBe(true);
  });

  it('accepts a region the kit knows', () => {
    serveInputs({ 'aws-region': 'eu-central-2' });
    expect(regionInput('aws-region').read()).toBe('eu-central-2');
    expect(fakeCore.getInput).toHaveBeenCalledWith('aws-region');
  });
});
