import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { secretInSandbox } from './sbx002-secret-in-sandbox.js';

const withVariable = (variable: Record<string, unknown>) =>
  contextFor({ dify: { environment: [{ name: 'X', targets: ['api', 'sandbox'], ...variable }] } });

describe('SBX002 secrets in the sandbox', () => {
  it('accepts secrets for other containers, and plain settings for the sandbox', () => {
    expect(secretInSandbox.check(contextFor())).toEqual([]);
    expect(
      secretInSandbox.check(
        contextFor({
          dify: {
            environment: [
              { name: 'SMTP_PASSWORD', fromSecret: 'dify/prod/smtp', targets: ['api', 'worker'] },
              { name: 'WORKER_TIMEOUT', value: '30', targets: ['sandbox'] },
              { name: 'PIP_INDEX_LABEL', fromSsmParameter: '/dify/prod/pip-label', targets: ['sandbox'] },
            ],
          },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a Secrets Manager secret', { fromSecret: 'dify/prod/pip' }],
    ['one key of a secret', { fromSecret: 'dify/prod/pip', jsonKey: 'token' }],
    ['an SSM parameter whose name says secret', { fromSsmParameter: '/dify/prod/pip-password' }],
    [
      'an SSM parameter under a secret-looking variable',
      { name: 'PIP_TOKEN', fromSsmParameter: '/dify/prod/pip' },
    ],
    [
      'an SSM parameter by its ARN',
      { fromSsmParameter: 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/dify/api-key' },
    ],
  ])('refuses %s at the sandbox target', (_what, variable) => {
    expect(secretInSandbox.check(withVariable(variable))).toEqual([
      {
        pointer: '/dify/environment/0/targets/1',
        message: `the secret ${JSON.stringify((variable as { name?: string }).name ?? 'X')} goes to the sandbox, where any code node a Dify user writes can read it`,
        hint: 'Remove "sandbox" from its targets. If every user who can edit a workflow may read the secret, say so with "exposeToSandboxCode": true.',
      },
    ]);
  });

  it('accepts a secret the file says sandboxed code may read', () => {
    expect(
      secretInSandbox.check(withVariable({ fromSecret: 'dify/prod/pip', exposeToSandboxCode: true })),
    ).toEqual([]);
  });

  it('warns about an acknowledgement with nothing to allow', () => {
    const noSandbox = contextFor({
      dify: {
        environment: [{ name: 'X', fromSecret: 'dify/x', targets: ['api'], exposeToSandboxCode: true }],
      },
    });
    expect(secretInSandbox.check(noSandbox)).toEqual([
      expect.objectContaining({ pointer: '/dify/environment/0/exposeToSandboxCode', severity: 'warning' }),
    ]);
    expect(secretInSandbox.check(withVariable({ value: 'INFO', exposeToSandboxCode: true }))).toEqual([
      expect.objectContaining({
        pointer: '/dify/environment/0/exposeToSandboxCode',
        severity: 'warning',
        message: '"X" carries no secret: exposeToSandboxCode has nothing to allow',
      }),
    ]);
  });
});
