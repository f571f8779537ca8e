import type { FormSchema } from '../form/form-schema.js';

/**
 * The template's own form pages: where the environment goes and the AWS roles its workflows use.
 * None of these fields is part of environment.json; their names must not collide with its
 * top-level properties (the template test checks).
 */

const PUBLISH_MODES = ['repository', 'pull-request'] as const;
export type PublishMode = (typeof PUBLISH_MODES)[number];

export const repositoryPage: FormSchema = {
  title: 'Repository',
  description: "Where the environment's file, workflows and catalog entry go.",
  type: 'object',
  required: ['publishMode', 'repoUrl', 'owner', 'kitRepository'],
  properties: {
    publishMode: {
      title: 'Publish as',
      type: 'string',
      enum: [...PUBLISH_MODES],
      enumNames: ['A new repository', 'A pull request to an existing repository'],
      default: 'repository',
      'ui:widget': 'radio',
      'ui:help':
        'A new private repository, registered in the catalog, with its first preflight run started; or a pull request that adds the environment to a repository created from this template before (its preflight runs on the pull request).',
    },
    repoUrl: {
      title: 'Repository',
      type: 'string',
      'ui:field': 'RepoUrlPicker',
      'ui:options': { allowedHosts: ['github.com'] },
      'ui:help':
        "The new repository's owner and name, or the existing repository to open the pull request on.",
    },
    owner: {
      title: 'Owner',
      type: 'string',
      'ui:field': 'OwnerPicker',
      'ui:options': { catalogFilter: [{ kind: ['Group', 'User'] }] },
      'ui:help': 'The team that owns the environment in the catalog.',
    },
    kitRepository: {
      title: 'dify-aws-kit repository',
      type: 'string',
      pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$',
      'ui:placeholder': 'your-org/dify-aws-kit',
      'ui:help':
        "The GitHub repository (owner/name) that holds your organisation's copy of dify-aws-kit: the workflows use its actions/<name> folders at the release this Backstage runs.",
    },
  },
};

const ROLE_ARN = '^arn:aws[a-z-]*:iam::\\d{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$';
const BUCKET_NAME = '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$';

export const awsRolesPage: FormSchema = {
  title: 'AWS roles',
  description:
    'The outputs of the bootstrap stack (`dify-aws-kit bootstrap --github-repo OWNER/REPO --environments NAME --deploy`), run once for this repository and environment. None of them is a secret: they become GitHub variables.',
  type: 'object',
  required: ['deployRoleArn', 'cloudFormationRoleArn', 'artifactBucket', 'driftRoleArn'],
  properties: {
    deployRoleArn: {
      title: 'Deploy role ARN',
      type: 'string',
      pattern: ROLE_ARN,
      'ui:placeholder': 'arn:aws:iam::123456789012:role/dify-deploy',
      'ui:help':
        'The DeployRoleArn output. It becomes DIFY_DEPLOY_ROLE_ARN of the GitHub environment the deploy job runs in.',
    },
    cloudFormationRoleArn: {
      title: 'CloudFormation execution role ARN',
      type: 'string',
      pattern: ROLE_ARN,
      'ui:help':
        'The CloudFormationExecutionRoleArn output. It becomes DIFY_CFN_EXECUTION_ROLE_ARN of the GitHub environment.',
    },
    artifactBucket: {
      title: 'Artifact bucket',
      type: 'string',
      pattern: BUCKET_NAME,
      'ui:help':
        'The ArtifactBucketName output. It becomes DIFY_ARTIFACT_BUCKET of the GitHub environment and, for a new repository, of the repository.',
    },
    driftRoleArn: {
      title: 'Drift role ARN',
      type: 'string',
      pattern: ROLE_ARN,
      'ui:help':
        'The DriftRoleArn output (read-only). For a new repository it becomes the repository variable DIFY_DRIFT_ROLE_ARN, which the drift and preflight workflows use; an existing repository keeps its own.',
    },
  },
};

/** The form fields of the template's own pages. */
export function templateOnlyFields(): string[] {
  return [repositoryPage, awsRolesPage].flatMap((page) => Object.keys(page.properties as object));
}
