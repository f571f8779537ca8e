import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  ExecuteChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../../../test/support/run-cli.js';
import { FakeCloudFormation } from '../../aws/deploy/deploy-test-fixtures.js';
import { systemClock } from '../../aws/deploy/index.js';

const stsMock = mockClient(STSClient);
const cfMock = mockClient(CloudFormationClient);
const s3Mock = mockClient(S3Client);
const PROVIDER = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const scratch = () => mkdtempSync(join(tmpdir(), 'dify-aws-kit-bootstrap-deploy-'));

describe('dify-aws-kit bootstrap --deploy', () => {
  beforeEach(() => {
    stsMock.reset();
    cfMock.reset();
    s3Mock.reset();
  });

  it('deploys the template it wrote through a change set, reusing an existing OIDC provider', async () => {
    stsMock
      .on(GetCallerIdentityCommand)
      .resolves({ Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/admin' });
    new FakeCloudFormation(systemClock, {
      changeSets: [{ status: 'CREATE_COMPLETE', changes: [], readyAfterMs: 0 }],
      onExecute: [
        { afterMs: 0, status: 'CREATE_IN_PROGRESS', statusReason: 'User Initiated' },
        { afterMs: 0, status: 'CREATE_COMPLETE' },
      ],
      outputs: { DeployRoleArn: 'arn:aws:iam::123456789012:role/github-actions/deploy' },
    }).install(cfMock);
    const out = scratch();
    const outcome = await runInProcess([
      'bootstrap',
      '--github-repo',
      'octo-org/dify-infra',
      '--environments',
      'dev,prod',
      '--out',
      out,
      '--deploy',
      '--region',
      'ap-northeast-1',
      '--existing-oidc-provider-arn',
      PROVIDER,
    ]);
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('to AWS account 123456789012 in ap-northeast-1');
    expect(outcome.stdout).toContain('DeployRoleArn: arn:aws:iam::123456789012:role/github-actions/deploy');
    const create = cfMock.commandCalls(CreateChangeSetCommand)[0]?.args[0].input;
    expect(create?.TemplateBody).toBe(readFileSync(join(out, 'bootstrap.yaml'), 'utf8'));
    expect(create?.Parameters).toEqual([
      { ParameterKey: 'ExistingOidcProviderArn', ParameterValue: PROVIDER },
    ]);
    expect(cfMock.commandCalls(ExecuteChangeSetCommand)).toHaveLength(1);
    expect(s3Mock.calls()).toHaveLength(0);
  });

  it.each([
    [['--deploy'], '--deploy needs --region'],
    [['--region', 'ap-northeast-1'], '--region goes with --deploy'],
    [
      ['--deploy', '--region', 'ap-northeast-9'],
      '--region "ap-northeast-9" is not an AWS region the kit knows',
    ],
    [
      ['--deploy', '--region', 'ap-northeast-1', '--existing-oidc-provider-arn', 'arn:aws:iam::1:role/x'],
      'must be the ARN of the GitHub OIDC provider',
    ],
  ])('refuses %j before any AWS call', async (extra, message) => {
    const previous = { region: process.env.AWS_REGION, defaultRegion: process.env.AWS_DEFAULT_REGION };
    delete process.env.AWS_REGION;
    delete process.env.AWS_DEFAULT_REGION;
    try {
      const outcome = await runInProcess([
        'bootstrap',
        '--github-repo',
        'octo-org/dify-infra',
        '--out',
        scratch(),
        ...extra,
      ]);
      expect(outcome.code).toBe(2);
      expect(outcome.stderr).toContain(message);
      expect(stsMock.calls()).toHaveLength(0);
      expect(cfMock.calls()).toHaveLength(0);
    } finally {
      if (previous.region !== undefined) process.env.AWS_REGION = previous.region;
      if (previous.defaultRegion !== undefined) process.env.AWS_DEFAULT_REGION = previous.defaultRegion;
    }
  });
});
