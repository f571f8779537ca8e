import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dataArea, emailArea, secretsArea } from '../../../test/support/area-fixtures.js';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { bedrockModelTable } from '../../data/bedrock-models.js';
import type { CloudFormationResource } from '../cloudformation-template.js';
import { renderEnvironment } from '../nunjucks-environment.js';
import type { IamStatement, SecretsModel } from './area-contracts.js';
import {
  bedrockResources,
  buildIamModel,
  destinationRegions,
  type IamModel,
  ROLE_INLINE_POLICY_LIMIT,
  type RoleModel,
} from './iam-model.js';

type Overrides = Parameters<typeof contextFor>[0];

function modelFor(
  overrides: Overrides = {},
  options: { secrets?: SecretsModel; withEmail?: boolean } = {},
): IamModel {
  const env = contextFor(overrides).environment;
  return buildIamModel(
    env,
    options.secrets ?? secretsArea,
    dataArea,
    options.withEmail ? emailArea() : undefined,
  );
}

function role(model: IamModel, logicalId: string): RoleModel {
  const found = model.roles.find((r) => r.logicalId === logicalId);
  if (!found) throw new Error(`no role ${logicalId}`);
  return found;
}

function statements(model: IamModel, logicalId: string): IamStatement[] {
  return role(model, logicalId).policies.flatMap((p) => [...p.statements]);
}

function statement(model: IamModel, logicalId: string, sid: string): IamStatement | undefined {
  return statements(model, logicalId).find((s) => s.Sid === sid);
}

const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
const ACCOUNT = '123456789012';

describe('buildIamModel', () => {
  describe('the minimal environment', () => {
    const model = modelFor();

    it('has the execution role, the task role, the exec-only task role and the bootstrap role, trusted by their services', () => {
      expect(model.roles.map((r) => [r.logicalId, r.trustedService])).toEqual([
        ['TaskExecutionRole', 'ecs-tasks.amazonaws.com'],
        ['TaskRole', 'ecs-tasks.amazonaws.com'],
        ['ExecOnlyTaskRole', 'ecs-tasks.amazonaws.com'],
        ['BootstrapFunctionRole', 'lambda.amazonaws.com'],
      ]);
      expect(model.execOnlyTaskRoleArn).toEqual({ 'Fn::GetAtt': ['ExecOnlyTaskRole', 'Arn'] });
      expect(model.executionRoleArn).toEqual({ 'Fn::GetAtt': ['TaskExecutionRole', 'Arn'] });
      expect(model.taskRoleArn).toEqual({ 'Fn::GetAtt': ['TaskRole', 'Arn'] });
    });

    it('lets the execution role write exactly the stack’s container log groups and read exactly the listed secrets', () => {
      expect(statement(model, 'TaskExecutionRole', 'WriteContainerLogs')).toEqual({
        Sid: 'WriteContainerLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: ['Api', 'Worker', 'Beat', 'Web', 'PluginDaemon', 'Sandbox', 'SsrfProxy'].map((c) => ({
          'Fn::GetAtt': [`${c}LogGroup`, 'Arn'],
        })),
      });
      expect(statement(model, 'TaskExecutionRole', 'ReadSecrets')).toEqual({
        Sid: 'ReadSecrets',
        Effect: 'Allow',
        Action: ['secretsmanager:GetSecretValue'],
        Resource: secretsArea.readableSecretArns,
      });
    });

    it('gives the execution role no ECR access for Docker Hub images and no SSM access without parameters', () => {
      const sids = statements(model, 'TaskExecutionRole').map((s) => s.Sid);
      expect(sids).toEqual(['WriteContainerLogs', 'ReadSecrets']);
    });

    it('lets the task role invoke the configured base model in the Bedrock region only', () => {
      expect(statement(model, 'TaskRole', 'InvokeFoundationModels')).toEqual({
        Sid: 'InvokeFoundationModels',
        Effect: 'Allow',
        Action: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
        Resource: ['arn:aws:bedrock:ap-northeast-1::foundation-model/amazon.nova-lite-v1:0'],
      });
      expect(statement(model, 'TaskRole', 'UseInferenceProfiles')).toBeUndefined();
      expect(statement(model, 'TaskRole', 'InvokeModelsThroughProfiles')).toBeUndefined();
    });

    it('lets the task role list the bucket and read, write and delete its objects, never create a bucket', () => {
      expect(statement(model, 'TaskRole', 'ListBucket')).toMatchObject({
        Action: ['s3:ListBucket'],
        Resource: [dataArea.bucket.arn],
      });
      expect(statement(model, 'TaskRole', 'ReadWriteObjects')).toMatchObject({
        Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
        Resource: [{ 'Fn::Join': ['', [dataArea.bucket.arn, '/*']] }],
      });
      const actions = model.roles.flatMap((r) =>
        r.policies.flatMap((p) => p.statements.flatMap((s) => s.Action)),
      );
      expect(actions).not.toContain('s3:CreateBucket');
    });

    it('lets the task role open ECS Exec channels, and decrypt no session key unless one is set', () => {
      expect(statement(model, 'TaskRole', 'EcsExec')).toEqual({
        Sid: 'EcsExec',
        Effect: 'Allow',
        Action: [
          'ssmmessages:CreateControlChannel',
          'ssmmessages:CreateDataChannel',
          'ssmmessages:OpenControlChannel',
          'ssmmessages:OpenDataChannel',
        ],
        Resource: '*',
      });
      expect(statement(model, 'TaskRole', 'EcsExecSessionKey')).toBeUndefined();
    });

    it("gives the bootstrap role the data area's statements and its own log group", () => {
      expect(statements(model, 'BootstrapFunctionRole')).toEqual([
        ...dataArea.bootstrapPolicyStatements,
        {
          Sid: 'WriteLogs',
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: [dataArea.bootstrapLogGroupArn],
        },
      ]);
    });
  });

  it('pulls from the ECR repositories under the prefix, with the token on "*" as ECR requires', () => {
    const model = modelFor({ dify: { images: { source: 'ecr', ecrRepositoryPrefix: 'mirror/dify' } } });
    expect(statement(model, 'TaskExecutionRole', 'EcrAuthorization')).toEqual({
      Sid: 'EcrAuthorization',
      Effect: 'Allow',
      Action: ['ecr:GetAuthorizationToken'],
      Resource: '*',
    });
    expect(statement(model, 'TaskExecutionRole', 'EcrPull')).toEqual({
      Sid: 'EcrPull',
      Effect: 'Allow',
      Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
      Resource: [`arn:aws:ecr:ap-northeast-1:${ACCOUNT}:repository/mirror/dify/*`],
    });
  });

  it('reads exactly the SSM parameters and the mail secrets it is given', () => {
    const parameter = `arn:aws:ssm:ap-northeast-1:${ACCOUNT}:parameter/dify/prod/sentry-dsn`;
    const model = modelFor(
      {},
      { secrets: { ...secretsArea, readableParameterArns: [parameter, parameter] }, withEmail: true },
    );
    expect(statement(model, 'TaskExecutionRole', 'ReadParameters')).toEqual({
      Sid: 'ReadParameters',
      Effect: 'Allow',
      Action: ['ssm:GetParameters'],
      Resource: [parameter],
    });
    expect(statement(model, 'TaskExecutionRole', 'ReadSecrets')?.Resource).toEqual([
      ...secretsArea.readableSecretArns,
      { Ref: 'SmtpCredentialsSecret' },
    ]);
  });

  describe('a jp. inference profile', () => {
    const model = modelFor({
      bedrock: {
        crossRegionInference: true,
        dataResidency: 'jp',
        models: { chat: [`jp.${SONNET}`], embedding: ['amazon.titan-embed-text-v2:0'] },
      },
    });
    const profile = `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:inference-profile/jp.${SONNET}`;

    it('invokes the profile, and the model behind it in each destination region only through a profile', () => {
      expect(statement(model, 'TaskRole', 'UseInferenceProfiles')).toEqual({
        Sid: 'UseInferenceProfiles',
        Effect: 'Allow',
        Action: [
          'bedrock:GetInferenceProfile',
          'bedrock:InvokeModel',
          'bedrock:InvokeModelWithResponseStream',
        ],
        Resource: [profile],
      });
      expect(statement(model, 'TaskRole', 'InvokeModelsThroughProfiles')).toEqual({
        Sid: 'InvokeModelsThroughProfiles',
        Effect: 'Allow',
        Action: ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'],
        Resource: [
          `arn:aws:bedrock:ap-northeast-1::foundation-model/${SONNET}`,
          `arn:aws:bedrock:ap-northeast-3::foundation-model/${SONNET}`,
        ],
        Condition: {
          StringLike: {
            'bedrock:InferenceProfileArn': `arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:inference-profile/*`,
          },
        },
      });
    });

    it('still invokes the base embedding model in the region', () => {
      expect(statement(model, 'TaskRole', 'InvokeFoundationModels')?.Resource).toEqual([
        'arn:aws:bedrock:ap-northeast-1::foundation-model/amazon.titan-embed-text-v2:0',
      ]);
    });
  });

  it('lets a global. profile reach its model in any region and region-less, only through the profile', () => {
    const env = contextFor({
      bedrock: { crossRegionInference: true, models: { chat: [`global.${SONNET}`] } },
    }).environment;
    expect(bedrockResources(env)).toEqual({
      foundationModels: [],
      profiles: [`arn:aws:bedrock:ap-northeast-1:${ACCOUNT}:inference-profile/global.${SONNET}`],
      // `*` matches the region-less `arn:aws:bedrock:::foundation-model/…` too.
      profileModels: [`arn:aws:bedrock:*::foundation-model/${SONNET}`],
    });
  });

  it('falls back to the region wildcard behind the profiles when the listed regions would not fit IAM', () => {
    const many = bedrockModelTable.models.flatMap((m) =>
      (['apac', 'eu', 'us'] as const).filter((p) => m.profiles[p] !== undefined).map((p) => `${p}.${m.id}`),
    );
    expect(many.length).toBeGreaterThan(12);
    const env = contextFor({
      bedrock: { crossRegionInference: true, models: { chat: many.slice(0, 30) } },
    }).environment;
    const { profileModels } = bedrockResources(env);
    expect(profileModels.every((arn) => arn.startsWith('arn:aws:bedrock:*::foundation-model/'))).toBe(true);
  });

  it('keeps the task role within IAM’s inline policy limit with thirty profiles and twenty more models', () => {
    const profiles = bedrockModelTable.models.flatMap((m) =>
      (['global', 'apac', 'eu', 'us', 'jp'] as const)
        .filter((p) => m.profiles[p] !== undefined)
        .map((p) => `${p}.${m.id}`),
    );
    const model = modelFor({
      bedrock: {
        crossRegionInference: true,
        models: {
          chat: profiles.slice(0, 30),
          embedding: bedrockModelTable.models
            .filter((m) => (m.roles as readonly string[]).includes('embedding'))
            .map((m) => m.id)
            .slice(0, 10),
          rerank: bedrockModelTable.models
            .filter((m) => (m.roles as readonly string[]).includes('rerank'))
            .map((m) => m.id)
            .slice(0, 10),
        },
      },
      operations: {
        execSessionKmsKeyArn: `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
      },
    });
    const size = JSON.stringify(
      role(model, 'TaskRole').policies.map((p) => ({ Version: '2012-10-17', Statement: p.statements })),
    );
    expect(size.length).toBeLessThanOrEqual(ROLE_INLINE_POLICY_LIMIT);
  });

  it('uses the source regions of a profile whose destinations the table does not list', () => {
    expect(destinationRegions({ profiles: { apac: ['ap-northeast-1', 'ap-southeast-1'] } }, 'apac')).toEqual([
      'ap-northeast-1',
      'ap-southeast-1',
    ]);
    expect(
      destinationRegions(
        {
          profiles: { jp: ['ap-northeast-1'] },
          profileDestinations: { jp: ['ap-northeast-1', 'ap-northeast-3'] },
        },
        'jp',
      ),
    ).toEqual(['ap-northeast-1', 'ap-northeast-3']);
    expect(destinationRegions({ profiles: {} }, 'us-gov')).toEqual([]);
  });

  it('lets a profile of a model the table does not know reach its model in any region, only through the profile', () => {
    const env = contextFor({
      bedrock: { crossRegionInference: true, models: { chat: ['us.example.unknown-model-v1:0'] } },
    }).environment;
    expect(bedrockResources(env).profileModels).toEqual([
      'arn:aws:bedrock:*::foundation-model/example.unknown-model-v1:0',
    ]);
  });

  it('decrypts with the ECS Exec session key when one is set', () => {
    const key = `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
    expect(
      statement(modelFor({ operations: { execSessionKmsKeyArn: key } }), 'TaskRole', 'EcsExecSessionKey'),
    ).toEqual({
      Sid: 'EcsExecSessionKey',
      Effect: 'Allow',
      Action: ['kms:Decrypt'],
      Resource: [key],
    });
  });

  it('names every action: no "*", no service:*, no wildcard inside a name', () => {
    const model = modelFor(
      {
        dify: { images: { source: 'ecr' } },
        bedrock: {
          crossRegionInference: true,
          models: { chat: [`jp.${SONNET}`, `global.${SONNET}`, 'amazon.nova-lite-v1:0'] },
        },
        operations: {
          execSessionKmsKeyArn: `arn:aws:kms:ap-northeast-1:${ACCOUNT}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`,
        },
      },
      { withEmail: true },
    );
    for (const r of model.roles) {
      for (const policy of r.policies) {
        expect(policy.statements.length).toBeGreaterThan(0);
        for (const s of policy.statements) {
          expect(s.Sid).toMatch(/^[A-Za-z0-9]+$/);
          for (const action of s.Action) expect(action).toMatch(/^[a-z0-9-]+:[A-Za-z]+$/);
        }
      }
    }
    const sids = statements(model, 'TaskRole').map((s) => s.Sid);
    expect(new Set(sids).size).toBe(sids.length);
  });

  it('orders Bedrock resources by ARN, so reordering bedrock.models changes nothing', () => {
    const chat = [`jp.${SONNET}`, 'amazon.nova-lite-v1:0', `global.${SONNET}`];
    const a = modelFor({ bedrock: { crossRegionInference: true, models: { chat } } });
    const b = modelFor({ bedrock: { crossRegionInference: true, models: { chat: [...chat].reverse() } } });
    expect(a).toEqual(b);
  });
});

describe('partials/iam.yaml.njk', () => {
  const model = modelFor({ dify: { images: { source: 'ecr' } } }, { withEmail: true });
  const text = renderEnvironment().render('partials/iam.yaml.njk', { iam: model });
  const resources = (parse(`Resources:\n${text}`) as { Resources: Record<string, CloudFormationResource> })
    .Resources;

  it('renders each role with its trust policy and inline policies', () => {
    expect(Object.keys(resources)).toEqual([
      'TaskExecutionRole',
      'TaskRole',
      'ExecOnlyTaskRole',
      'BootstrapFunctionRole',
    ]);
    expect(resources.TaskRole).toMatchObject({
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        },
        Policies: [
          {
            PolicyName: 'dify',
            PolicyDocument: { Version: '2012-10-17', Statement: statements(model, 'TaskRole') },
          },
        ],
      },
    });
    expect(resources.BootstrapFunctionRole?.Properties?.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Principal: { Service: 'lambda.amazonaws.com' } }],
    });
  });

  it('renders the same text for the same input', () => {
    expect(
      renderEnvironment().render('partials/iam.yaml.njk', {
        iam: modelFor({ dify: { images: { source: 'ecr' } } }, { withEmail: true }),
      }),
    ).toBe(text);
  });
});
