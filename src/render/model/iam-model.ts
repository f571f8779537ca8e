import { identityPath, permissionsBoundaryArn } from '../../bootstrap/identity-names.js';
import type { BedrockModel } from '../../data/bedrock-models.js';
import { configuredModels, type ProfilePrefix } from '../../environment/bedrock-model-ids.js';
import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { getAtt, type Intrinsic, tagList, uniqueValues } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import type { DataModel, EmailModel, IamStatement, SecretsModel } from './area-contracts.js';
import { CONTAINER_NAMES, logGroupLogicalId } from './services-model.js';

type Tags = { Key: string; Value: string }[];

export interface PolicyModel {
  readonly name: string;
  readonly statements: readonly IamStatement[];
}

export interface RoleModel {
  readonly logicalId: string;
  readonly description: string;
  /** The service principal that assumes the role. */
  readonly trustedService: 'ecs-tasks.amazonaws.com' | 'lambda.amazonaws.com';
  /** Inline policies, each with at least one statement. */
  readonly policies: readonly PolicyModel[];
  readonly tags: Tags;
}

export interface IamModel {
  readonly roles: readonly RoleModel[];
  /** The IAM path of every role and user of the stack: `/<stackPrefix><name>/`, the only one its execution role may manage. */
  readonly path: string;
  /** The bootstrap's permissions boundary, which every role and user of the stack carries (lint rule SEC009). */
  readonly permissionsBoundaryArn: Intrinsic;
  readonly executionRoleArn: Intrinsic;
  /** What Dify's code may do: api (with the plugin daemon's Bedrock calls) and worker. */
  readonly taskRoleArn: Intrinsic;
  /** Web and beat call no AWS API: ECS Exec only. */
  readonly execOnlyTaskRoleArn: Intrinsic;
  readonly bootstrapRoleArn: Intrinsic;
}

/** The actions Dify's Bedrock plugin uses to run a model: Converse and InvokeModel, streaming or not (reference §4.4). */
export const BEDROCK_INVOKE_ACTIONS = [
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
] as const;

/** The Session Manager channels ECS Exec opens from the task; these actions take no resource but "*". */
export const ECS_EXEC_ACTIONS = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
] as const;

/**
 * Four roles, least privilege, every action named: the execution role (what ECS does to start a task), the
 * task role (what Dify's code does), an ECS-Exec-only role for the tasks that call no AWS API (web, beat),
 * and the bootstrap function's role (what the data area asks for).
 */
export function buildIamModel(
  env: ResolvedEnvironment,
  secrets: SecretsModel,
  data: DataModel,
  email: EmailModel | undefined,
): IamModel {
  const tags = (suffix: string) => tagList(`${env.stackName}-${suffix}`, env.tags);
  const roles: RoleModel[] = [
    {
      logicalId: LogicalIds.executionRole,
      description: `ECS task execution role of ${env.stackName}: pulls images, writes container logs, reads the containers' secrets`,
      trustedService: 'ecs-tasks.amazonaws.com',
      policies: [{ name: 'task-execution', statements: executionStatements(env, secrets, email) }],
      tags: tags('execution-role'),
    },
    {
      logicalId: LogicalIds.taskRole,
      description: `ECS task role of ${env.stackName}: Dify's Bedrock models, its bucket and ECS Exec`,
      trustedService: 'ecs-tasks.amazonaws.com',
      policies: [{ name: 'dify', statements: taskStatements(env, data) }],
      tags: tags('task-role'),
    },
    {
      logicalId: LogicalIds.execOnlyTaskRole,
      description: `ECS task role of ${env.stackName}'s web and beat tasks: ECS Exec only, they call no AWS API`,
      trustedService: 'ecs-tasks.amazonaws.com',
      policies: [{ name: 'ecs-exec', statements: execStatements(env) }],
      tags: tags('exec-only-task-role'),
    },
    {
      logicalId: LogicalIds.bootstrapRole,
      description: `Role of the ${env.stackName} bootstrap function: prepares the databases and the plugin storage`,
      trustedService: 'lambda.amazonaws.com',
      policies: [
        {
          name: 'bootstrap',
          statements: [
            ...data.bootstrapPolicyStatements,
            {
              Sid: 'WriteLogs',
              Effect: 'Allow',
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: [data.bootstrapLogGroupArn],
            },
          ],
        },
      ],
      tags: tags('bootstrap-role'),
    },
  ];
  return {
    roles,
    path: identityPath(env.stackPrefix, env.name),
    permissionsBoundaryArn: permissionsBoundaryArn(env.stackPrefix),
    executionRoleArn: getAtt(LogicalIds.executionRole, 'Arn'),
    taskRoleArn: getAtt(LogicalIds.taskRole, 'Arn'),
    execOnlyTaskRoleArn: getAtt(LogicalIds.execOnlyTaskRole, 'Arn'),
    bootstrapRoleArn: getAtt(LogicalIds.bootstrapRole, 'Arn'),
  };
}

function executionStatements(
  env: ResolvedEnvironment,
  secrets: SecretsModel,
  email: EmailModel | undefined,
): IamStatement[] {
  const statements: IamStatement[] = [];
  if (env.dify.images.source === 'ecr') {
    statements.push(
      // GetAuthorizationToken is account-wide: IAM accepts no other resource for it.
      { Sid: 'EcrAuthorization', Effect: 'Allow', Action: ['ecr:GetAuthorizationToken'], Resource: '*' },
      {
        Sid: 'EcrPull',
        Effect: 'Allow',
        Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        Resource: [
          `arn:aws:ecr:${env.region}:${env.accountId}:repository/${env.dify.images.ecrRepositoryPrefix}/*`,
        ],
      },
    );
  }
  statements.push({
    Sid: 'WriteContainerLogs',
    Effect: 'Allow',
    Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
    // A log group's Arn attribute ends in `:*`: it covers the group's streams and nothing else.
    Resource: CONTAINER_NAMES.map((container) => getAtt(logGroupLogicalId(container), 'Arn')),
  });
  const secretArns = uniqueValues([...secrets.readableSecretArns, ...(email?.readableSecretArns ?? [])]);
  if (secretArns.length > 0) {
    statements.push({
      Sid: 'ReadSecrets',
      Effect: 'Allow',
      Action: ['secretsmanager:GetSecretValue'],
      Resource: secretArns,
    });
  }
  if (secrets.readableParameterArns.length > 0) {
    statements.push({
      Sid: 'ReadParameters',
      Effect: 'Allow',
      Action: ['ssm:GetParameters'],
      Resource: uniqueValues(secrets.readableParameterArns),
    });
  }
  return statements;
}

function taskStatements(env: ResolvedEnvironment, data: DataModel): IamStatement[] {
  const bedrock = bedrockResources(env);
  const statements: IamStatement[] = [];
  if (bedrock.foundationModels.length > 0) {
    statements.push({
      Sid: 'InvokeFoundationModels',
      Effect: 'Allow',
      Action: [...BEDROCK_INVOKE_ACTIONS],
      Resource: bedrock.foundationModels,
    });
  }
  if (bedrock.profiles.length > 0) {
    statements.push(
      {
        Sid: 'UseInferenceProfiles',
        Effect: 'Allow',
        Action: ['bedrock:GetInferenceProfile', ...BEDROCK_INVOKE_ACTIONS],
        Resource: bedrock.profiles,
      },
      {
        // The models behind the profiles, in the regions they route to, and only through a profile: the
        // profiles the caller may invoke are exactly those of the statement above, so the pattern adds none.
        Sid: 'InvokeModelsThroughProfiles',
        Effect: 'Allow',
        Action: [...BEDROCK_INVOKE_ACTIONS],
        Resource: bedrock.profileModels,
        Condition: {
          StringLike: {
            'bedrock:InferenceProfileArn': `arn:aws:bedrock:${env.bedrock.region}:${env.accountId}:inference-profile/*`,
          },
        },
      },
    );
  }
  statements.push(
    // ListBucket lets Dify's startup HeadBucket tell a missing bucket from a forbidden one; it never creates one.
    { Sid: 'ListBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: [data.bucket.arn] },
    {
      Sid: 'ReadWriteObjects',
      Effect: 'Allow',
      Action: ['s3:DeleteObject', 's3:GetObject', 's3:PutObject'],
      Resource: [{ 'Fn::Join': ['', [data.bucket.arn, '/*']] }],
    },
    ...execStatements(env),
  );
  return statements;
}

/** ECS Exec into a task: the Session Manager channels (which take no resource but "*"), and the session key. */
function execStatements(env: ResolvedEnvironment): IamStatement[] {
  const execKey = env.operations.execSessionKmsKeyArn;
  return [
    { Sid: 'EcsExec', Effect: 'Allow', Action: [...ECS_EXEC_ACTIONS], Resource: '*' },
    ...(execKey
      ? [{ Sid: 'EcsExecSessionKey', Effect: 'Allow' as const, Action: ['kms:Decrypt'], Resource: [execKey] }]
      : []),
  ];
}

export interface BedrockResources {
  /** Foundation models invoked by their base ID, in the Bedrock region. */
  readonly foundationModels: readonly string[];
  /** Inference profiles (`<prefix>.<id>`) in the Bedrock region. */
  readonly profiles: readonly string[];
  /** The foundation models behind the profiles, in each region a profile routes to. */
  readonly profileModels: readonly string[];
}

/** IAM's limit on the inline policies of one role, in characters without whitespace. */
export const ROLE_INLINE_POLICY_LIMIT = 10_240;
/** What the Bedrock statements may take of it, leaving room for the rest of the task role's policy. */
export const BEDROCK_POLICY_BUDGET = 8_000;

/**
 * The ARNs of the configured Bedrock models (reference §4.4, "least privilege"). A base model: its
 * foundation-model ARN in the Bedrock region. A geographic profile `<prefix>.<id>`: the profile ARN, plus the
 * foundation model in the Bedrock region and in every destination region of the profile (the table's
 * profileDestinations, else its source regions). The statement that grants those carries the condition
 * `bedrock:InferenceProfileArn`, so they are usable only through the profiles the role may invoke (the listed
 * ones); that is what makes a region wildcard safe where a list cannot work:
 *  - a `global.` profile may route to any commercial region (AWS), and IAM checks it against the region-less
 *    ARN `arn:aws:bedrock:::foundation-model/<id>`: `arn:aws:bedrock:*::foundation-model/<id>` covers both
 *    the region-less ARN and every region, in one ARN instead of thirty;
 *  - a model the table does not know (BDR001 warns) has no known destinations;
 *  - when the listed regions would not fit the role's inline-policy limit (a dozen apac. models), every
 *    profile's model gets the region wildcard.
 * Sorted and without repeats, so reordering bedrock.models changes nothing.
 */
export function bedrockResources(env: ResolvedEnvironment): BedrockResources {
  const listed = bedrockArns(env, false);
  return policySize(listed) <= BEDROCK_POLICY_BUDGET ? listed : bedrockArns(env, true);
}

function bedrockArns(env: ResolvedEnvironment, anyRegion: boolean): BedrockResources {
  const region = env.bedrock.region;
  const foundationModel = (where: string, id: string) => `arn:aws:bedrock:${where}::foundation-model/${id}`;
  const foundationModels: string[] = [];
  const profiles: string[] = [];
  const profileModels: string[] = [];
  for (const model of configuredModels(env.bedrock.models)) {
    if (model.profile === undefined) {
      foundationModels.push(foundationModel(region, model.baseId));
      continue;
    }
    profiles.push(`arn:aws:bedrock:${region}:${env.accountId}:inference-profile/${model.id}`);
    if (anyRegion || model.profile === 'global' || model.model === undefined) {
      profileModels.push(foundationModel('*', model.baseId));
      continue;
    }
    for (const where of [...destinationRegions(model.model, model.profile), region]) {
      profileModels.push(foundationModel(where, model.baseId));
    }
  }
  return {
    foundationModels: sortedUnique(foundationModels),
    profiles: sortedUnique(profiles),
    profileModels: sortedUnique(profileModels),
  };
}

/** Characters the Bedrock statements take in the policy (IAM does not count whitespace), with their framing. */
function policySize({ foundationModels, profiles, profileModels }: BedrockResources): number {
  return [foundationModels, profiles, profileModels].reduce(
    (total, arns) => total + 250 + JSON.stringify(arns).length,
    0,
  );
}

/** The regions a system-defined profile of the model routes to: the table's destinations, else its source regions. */
export function destinationRegions(
  model: Pick<BedrockModel, 'profiles' | 'profileDestinations'>,
  profile: ProfilePrefix,
): readonly string[] {
  if (profile === 'us-gov') return [];
  return model.profileDestinations?.[profile] ?? model.profiles[profile] ?? [];
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
