import { ENVIRONMENT_CREATE_ACTION_ID } from '../actions/environment-create.js';
import { ENVIRONMENT_PREFLIGHT_ACTION_ID } from '../actions/environment-preflight.js';
import { environmentPageSchemas } from '../form/form-schema.js';
import { ENVIRONMENT_PAGES } from '../form/pages.js';
import { awsRolesPage, type PublishMode, repositoryPage } from './repository-pages.js';

/**
 * scaffolder-templates/dify-environment/template.yaml as data: `npm run gen:backstage` writes it,
 * and a test fails when the committed file differs.
 */

const when = (mode: PublishMode) => `\${{ parameters.publishMode === '${mode}' }}`;
const parameter = (name: string) => `\${{ parameters.${name} }}`;
const environmentOutput = (name: string) => `\${{ steps.environment.output.${name} }}`;

/** The environment's fields, passed to dify:environment:create one by one, as the form named them. */
function environmentInput(): Record<string, string> {
  const names = ENVIRONMENT_PAGES.flatMap((page) => page.properties);
  return Object.fromEntries(names.map((name) => [name, parameter(name)]));
}

export function difyEnvironmentTemplate(): Record<string, unknown> {
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name: 'dify-environment',
      title: 'Create Dify environment',
      description:
        'A Dify environment on your AWS account: a checked environments/<name>.json, the preflight, deploy, drift and migrate-v1 workflows of dify-aws-kit, and a catalog entry, as a new repository or a pull request.',
      tags: ['dify', 'aws', 'llm'],
    },
    spec: {
      owner: 'platform-team',
      type: 'dify-environment',
      parameters: [...environmentPageSchemas(), repositoryPage, awsRolesPage],
      steps: [
        {
          id: 'environment',
          name: 'Check the environment and write its file',
          action: ENVIRONMENT_CREATE_ACTION_ID,
          input: { environment: environmentInput() },
        },
        {
          id: 'preflight',
          name: 'Render, lint and price the stack',
          action: ENVIRONMENT_PREFLIGHT_ACTION_ID,
          input: { filePath: environmentOutput('filePath') },
        },
        {
          id: 'skeleton',
          name: 'Add the workflows, README and catalog entry',
          action: 'fetch:template',
          input: {
            url: './skeleton',
            values: {
              name: environmentOutput('name'),
              filePath: environmentOutput('filePath'),
              driftCheckSchedule: environmentOutput('environment.operations.driftCheckSchedule'),
              owner: parameter('owner'),
              repository: '${{ parameters.repoUrl | parseRepoUrl }}',
              kitRepository: parameter('kitRepository'),
              kitRef: environmentOutput('kitRef'),
            },
          },
        },
        {
          id: 'publish',
          name: 'Create the repository',
          if: when('repository'),
          action: 'publish:github',
          input: {
            repoUrl: parameter('repoUrl'),
            description: 'Dify environments on AWS, managed with dify-aws-kit',
            repoVisibility: 'private',
            defaultBranch: 'main',
            protectDefaultBranch: true,
            requiredApprovingReviewCount: 1,
            deleteBranchOnMerge: true,
            gitCommitMessage: `Add the Dify environment ${environmentOutput('name')}`,
            repoVariables: {
              DIFY_DRIFT_ROLE_ARN: parameter('driftRoleArn'),
              DIFY_ARTIFACT_BUCKET: parameter('artifactBucket'),
            },
          },
        },
        {
          id: 'pullRequest',
          name: 'Open the pull request',
          if: when('pull-request'),
          action: 'publish:github:pull-request',
          input: {
            repoUrl: parameter('repoUrl'),
            branchName: `dify-environment-${environmentOutput('name')}`,
            title: `Add the Dify environment ${environmentOutput('name')}`,
            description: `Adds ${environmentOutput('filePath')}, created with the "Create Dify environment" template, and the dify-aws-kit workflows at ${environmentOutput('kitRef')}. The preflight check on this pull request shows what a deploy would create and what it costs.`,
          },
        },
        {
          id: 'githubEnvironment',
          name: 'Create the GitHub environment with the role variables',
          action: 'github:environment:create',
          input: {
            repoUrl: parameter('repoUrl'),
            name: environmentOutput('name'),
            deploymentBranchPolicy: { protected_branches: true, custom_branch_policies: false },
            environmentVariables: {
              DIFY_DEPLOY_ROLE_ARN: parameter('deployRoleArn'),
              DIFY_CFN_EXECUTION_ROLE_ARN: parameter('cloudFormationRoleArn'),
              DIFY_ARTIFACT_BUCKET: parameter('artifactBucket'),
            },
          },
        },
        {
          id: 'firstPreflight',
          name: 'Start the first preflight run',
          if: when('repository'),
          action: 'github:actions:dispatch',
          input: {
            repoUrl: parameter('repoUrl'),
            workflowId: 'preflight.yml',
            branchOrTagName: 'main',
            returnWorkflowRunDetails: true,
          },
        },
        {
          id: 'register',
          name: 'Register the repository in the catalog',
          if: when('repository'),
          action: 'catalog:register',
          input: {
            repoContentsUrl: '${{ steps.publish.output.repoContentsUrl }}',
            catalogInfoPath: '/catalog-info.yaml',
          },
        },
      ],
      output: {
        links: [
          { title: 'Repository', url: '${{ steps.publish.output.remoteUrl }}', if: when('repository') },
          {
            title: 'First preflight run',
            url: '${{ steps.firstPreflight.output.workflowRunHtmlUrl }}',
            if: when('repository'),
          },
          {
            title: 'Open in catalog',
            icon: 'catalog',
            entityRef: '${{ steps.register.output.entityRef }}',
            if: when('repository'),
          },
          {
            title: 'Pull request',
            url: '${{ steps.pullRequest.output.remoteUrl }}',
            if: when('pull-request'),
          },
          {
            title: 'Preflight run on the pull request',
            url: '${{ steps.pullRequest.output.remoteUrl }}/checks',
            if: when('pull-request'),
          },
        ],
        text: [
          {
            title: 'What the environment is and what it costs',
            content: '${{ steps.preflight.output.summary }}',
          },
        ],
      },
    },
  };
}
