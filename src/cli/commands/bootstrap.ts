import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { changeSetName, deployStack, protectiveStackPolicy } from '../../aws/deploy/index.js';
import { TEMPLATE_BODY_MAX_BYTES } from '../../aws/deploy/template-upload.js';
import { type BootstrapOptions, BootstrapOptionsError } from '../../bootstrap/bootstrap-options.js';
import { renderAndLintBootstrap } from '../../bootstrap/render-bootstrap.js';
import type { CloudFormationTemplate } from '../../render/cloudformation-template.js';
import { isStatefulResourceType } from '../../render/lint/rules/sec007-stateful-protection.js';
import { formatTemplateFindingLine } from '../../report/template-finding-line.js';
import { printable } from '../../text/printable.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli-io.js';
import { VERSION } from '../version.js';
import { regionOption, reportingAwsErrors } from './deploy.js';
import { checkOutputFolder } from './output-folder.js';

export const DEFAULT_BOOTSTRAP_OUT = 'out/bootstrap';

const OPTIONS = {
  'github-repo': { type: 'string' },
  environments: { type: 'string' },
  branches: { type: 'string' },
  'stack-prefix': { type: 'string' },
  out: { type: 'string' },
  deploy: { type: 'boolean', default: false },
  region: { type: 'string' },
  'stack-name': { type: 'string' },
  'existing-oidc-provider-arn': { type: 'string' },
  debug: { type: 'boolean', default: false },
} as const;

/** The bootstrap stack is small and quick; half an hour covers a slow IAM propagation. */
const BOOTSTRAP_TIMEOUT_MS = 30 * 60_000;

/**
 * `dify-aws-kit bootstrap --github-repo OWNER/REPO (--environments dev,prod |
 * --branches main) [--stack-prefix dify-] [--out DIR]`: renders the one-time
 * bootstrap template into DIR/bootstrap.yaml, only when it passes the lint with
 * no finding.
 */
export async function bootstrapCommand(args: string[], io: CliIo): Promise<number> {
  const { options, out, deploy } = parseBootstrapArgs(args);
  let linted: ReturnType<typeof renderAndLintBootstrap>;
  try {
    linted = renderAndLintBootstrap(options, VERSION);
  } catch (error) {
    if (error instanceof BootstrapOptionsError) throw new UsageError(`bootstrap: ${error.message}`);
    throw error;
  }
  const { rendered, lint } = linted;
  await checkOutputFolder('bootstrap', '--out', out);
  const file = join(out, 'bootstrap.yaml');
  for (const finding of lint.findings) io.stdout(`${formatTemplateFindingLine(finding, file)}\n`);
  if (lint.findings.length > 0) {
    io.stderr(
      `dify-aws-kit: the bootstrap template has ${lint.errors} lint error(s) and ${lint.warnings} warning(s); nothing was written\n`,
    );
    return EXIT_FINDINGS;
  }
  // The account has no bucket yet to upload a larger template to: refuse before writing or calling AWS.
  if (deploy && rendered.plan.templateBytes > TEMPLATE_BODY_MAX_BYTES) {
    throw new UsageError(
      `bootstrap: the template is ${rendered.plan.templateBytes} bytes, over the ${TEMPLATE_BODY_MAX_BYTES} CloudFormation takes inline, and --deploy has no bucket to upload it to; render it without --deploy and deploy it with aws cloudformation deploy --s3-bucket <a bucket of yours>`,
    );
  }

  await mkdir(out, { recursive: true });
  await writeFile(file, rendered.text);
  if (!deploy) {
    io.stdout(summary(file, rendered.plan));
    return EXIT_OK;
  }
  const stackName = rendered.plan.suggestedStackName;
  return reportingAwsErrors(io, deploy.debug, () =>
    deployBootstrap({ ...deploy, stackName, templateBody: rendered.text, template: rendered.template }, io),
  );
}

interface BootstrapDeploy {
  readonly region: string;
  readonly stackName?: string | undefined;
  readonly existingOidcProviderArn?: string | undefined;
  readonly debug: boolean;
}

/**
 * `--deploy`: the same engine as a Dify deploy, with the credentials of the
 * local profile (an administrator's: the bootstrap creates IAM roles). There is
 * no environment file to name the account, so the account is shown first.
 */
async function deployBootstrap(
  options: BootstrapDeploy & { stackName: string; templateBody: string; template: CloudFormationTemplate },
  io: CliIo,
): Promise<number> {
  const { region, stackName } = options;
  const identity = await new STSClient({ region }).send(new GetCallerIdentityCommand({}));
  io.stdout(
    `deploying ${printable(stackName)} to AWS account ${printable(identity.Account ?? '(unknown)')} in ${printable(region)} as ${printable(identity.Arn ?? '(unknown)')}\n`,
  );
  const statefulIds = Object.entries(options.template.Resources)
    .filter(([, resource]) => isStatefulResourceType(resource.Type))
    .map(([id]) => id);
  const outcome = await deployStack({
    stackName,
    region,
    templateBody: options.templateBody,
    tags: [{ Key: 'ManagedBy', Value: 'dify-aws-kit' }],
    changeSetName: changeSetName('bootstrap', `local-${Date.now()}`),
    execute: true,
    allowReplacement: [],
    recreateFailedStack: false,
    waitForInProgress: true,
    continueUpdateRollback: false,
    terminationProtection: true,
    stackPolicy: protectiveStackPolicy(statefulIds),
    ...(options.existingOidcProviderArn
      ? {
          parameters: [
            { ParameterKey: 'ExistingOidcProviderArn', ParameterValue: options.existingOidcProviderArn },
          ],
        }
      : {}),
    clients: { cloudFormation: new CloudFormationClient({ region }), s3: new S3Client({ region }) },
    log: (line) => io.stdout(`${printable(line)}\n`),
    timeoutMs: BOOTSTRAP_TIMEOUT_MS,
  });
  io.stdout(`${outcome.status}: ${printable(outcome.message)}\n`);
  for (const [key, value] of Object.entries(outcome.outputs).sort(([a], [b]) => a.localeCompare(b))) {
    io.stdout(`  ${printable(key)}: ${printable(value)}\n`);
  }
  return outcome.status === 'deployed' || outcome.status === 'unchanged' ? EXIT_OK : EXIT_FINDINGS;
}

function parseBootstrapArgs(args: string[]): {
  options: BootstrapOptions;
  out: string;
  deploy: BootstrapDeploy | undefined;
} {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`bootstrap: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    throw new UsageError(
      `bootstrap: takes no file (got ${JSON.stringify(positionals[0])}); use --github-repo`,
    );
  }
  const githubRepo = values['github-repo'];
  if (githubRepo === undefined) throw new UsageError('bootstrap: --github-repo OWNER/REPO is required');
  if (values.out === '') throw new UsageError('bootstrap: --out needs a directory');
  const list = (value: string | undefined) =>
    value === undefined ? [] : value.split(',').map((name) => name.trim());
  for (const option of ['region', 'stack-name', 'existing-oidc-provider-arn'] as const) {
    if (values[option] !== undefined && !values.deploy)
      throw new UsageError(`bootstrap: --${option} goes with --deploy`);
  }
  const region =
    regionOption('bootstrap', values.region) ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  if (values.deploy && !region) throw new UsageError('bootstrap: --deploy needs --region (or AWS_REGION)');
  const oidcArn = values['existing-oidc-provider-arn'];
  if (
    oidcArn !== undefined &&
    !/^arn:aws[\w-]*:iam::\d{12}:oidc-provider\/token\.actions\.githubusercontent\.com$/.test(oidcArn)
  ) {
    throw new UsageError(
      'bootstrap: --existing-oidc-provider-arn must be the ARN of the GitHub OIDC provider (…:oidc-provider/token.actions.githubusercontent.com)',
    );
  }
  return {
    deploy:
      values.deploy && region
        ? { region, stackName: values['stack-name'], existingOidcProviderArn: oidcArn, debug: values.debug }
        : undefined,
    options: {
      githubRepo,
      environments: list(values.environments),
      branches: list(values.branches),
      ...(values['stack-prefix'] !== undefined ? { stackPrefix: values['stack-prefix'] } : {}),
      ...(values['stack-name'] !== undefined ? { stackName: values['stack-name'] } : {}),
    },
    out: values.out ?? DEFAULT_BOOTSTRAP_OUT,
  };
}

function summary(file: string, plan: ReturnType<typeof renderAndLintBootstrap>['rendered']['plan']): string {
  const lines = [
    `${file}: bootstrap for github.com/${plan.repository}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes`,
    ...plan.deployRoles.flatMap((role) => [
      `  deploy role ${role.output}: trusts ${role.subjects.join(', ')}; may touch the stacks ${role.stacks}`,
    ]),
    `  drift role DriftRoleArn: trusts ${plan.readOnlySubjects.join(', ')}; reads the stacks ${plan.stackPrefix}*, never changes one`,
    `  every role of the Dify stacks carries the permissions boundary ${plan.permissionsBoundary}`,
  ];
  if (plan.branches.length > 0) {
    lines.push(
      '',
      `note: one deploy role and one execution role serve every environment: a workflow on ${plan.branches.join(', ')} may deploy any ${plan.stackPrefix}* stack.`,
      '  Per-environment roles, each trusted by one GitHub environment and kept to its resources, are recommended: --environments dev,prod.',
    );
  }
  lines.push(
    '',
    `The drift role's branch runs must spell the repository as github.com shows it (${plan.repository}): IAM compares that subject case-sensitively.`,
    'Deploy it once per account, with administrator credentials, as a stack whose name the prefix does not cover:',
    `  aws cloudformation deploy --template-file ${file} --stack-name ${plan.suggestedStackName} --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM${plan.templateBytes > TEMPLATE_BODY_MAX_BYTES ? ' --s3-bucket <a bucket of yours>' : ''}`,
    '  (add --parameter-overrides ExistingOidcProviderArn=<arn> when the account already has the GitHub OIDC provider)',
    ...(plan.templateBytes > TEMPLATE_BODY_MAX_BYTES
      ? [
          `  (the template is over ${TEMPLATE_BODY_MAX_BYTES} bytes, which CloudFormation takes only from S3: hence --s3-bucket)`,
        ]
      : []),
    "Then put the stack's outputs (each environment's DeployRoleArn… and CloudFormationExecutionRoleArn…, DriftRoleArn, ArtifactBucketName) into the workflows' variables.",
  );
  // The directory is the user's text: no control or bidirectional character reaches the terminal raw.
  return `${lines.map((line) => printable(line)).join('\n')}\n`;
}
