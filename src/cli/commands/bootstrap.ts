import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type BootstrapOptions, BootstrapOptionsError } from '../../bootstrap/bootstrap-model.js';
import { renderAndLintBootstrap } from '../../bootstrap/render-bootstrap.js';
import { escapeUnsafe } from '../../environment/unsafe-characters.js';
import { formatTemplateFindingLine } from '../../report/template-finding-line.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli-io.js';
import { VERSION } from '../version.js';

export const DEFAULT_BOOTSTRAP_OUT = 'out/bootstrap';

const OPTIONS = {
  'github-repo': { type: 'string' },
  environments: { type: 'string' },
  'stack-prefix': { type: 'string' },
  out: { type: 'string' },
  debug: { type: 'boolean', default: false },
} as const;

/**
 * `dify-aws-kit bootstrap --github-repo OWNER/REPO [--environments dev,prod]
 * [--stack-prefix dify-] [--out DIR]`: renders the one-time bootstrap template
 * into DIR/bootstrap.yaml, only when it passes the lint with no finding.
 */
export async function bootstrapCommand(args: string[], io: CliIo): Promise<number> {
  const { options, out } = parseBootstrapArgs(args);
  let linted: ReturnType<typeof renderAndLintBootstrap>;
  try {
    linted = renderAndLintBootstrap(options, VERSION);
  } catch (error) {
    if (error instanceof BootstrapOptionsError) throw new UsageError(`bootstrap: ${error.message}`);
    throw error;
  }
  const { rendered, lint } = linted;
  const file = join(out, 'bootstrap.yaml');
  for (const finding of lint.findings) io.stdout(`${formatTemplateFindingLine(finding, file)}\n`);
  if (lint.findings.length > 0) {
    io.stderr(
      `dify-aws-kit: the bootstrap template has ${lint.errors} lint error(s) and ${lint.warnings} warning(s); nothing was written\n`,
    );
    return EXIT_FINDINGS;
  }

  await mkdir(out, { recursive: true });
  await writeFile(file, rendered.text);
  io.stdout(summary(file, rendered.plan));
  return EXIT_OK;
}

function parseBootstrapArgs(args: string[]): { options: BootstrapOptions; out: string } {
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
  const environments =
    values.environments === undefined ? [] : values.environments.split(',').map((name) => name.trim());
  return {
    options: {
      githubRepo,
      environments,
      ...(values['stack-prefix'] !== undefined ? { stackPrefix: values['stack-prefix'] } : {}),
    },
    out: values.out ?? DEFAULT_BOOTSTRAP_OUT,
  };
}

function summary(file: string, plan: ReturnType<typeof renderAndLintBootstrap>['rendered']['plan']): string {
  const lines = [
    `${file}: bootstrap for github.com/${plan.repository}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes`,
    `  deploy role trusts: ${plan.deploySubjects.join(', ')}`,
    `  drift role trusts:  ${plan.driftSubjects.join(', ')}`,
    `  stacks they may touch: ${plan.stackPrefix}*`,
  ];
  if (plan.repositoryWide) {
    lines.push(
      '',
      `warning: no --environments given, so every workflow of ${plan.repository} (any branch, any event) may assume the deploy role.`,
      '  Restricting it per GitHub environment is recommended: --environments dev,prod, with required reviewers on prod.',
    );
  }
  lines.push(
    '',
    'Deploy it once per account, with administrator credentials, as a stack whose name the prefix does not cover:',
    `  aws cloudformation deploy --template-file ${file} --stack-name ${plan.suggestedStackName} --capabilities CAPABILITY_IAM`,
    '  (add --parameter-overrides ExistingOidcProviderArn=<arn> when the account already has the GitHub OIDC provider)',
    `Then put the stack's outputs (DeployRoleArn, DriftRoleArn, CloudFormationExecutionRoleArn, ArtifactBucketName) into the workflows.`,
  );
  // The directory is the user's text: no control or bidirectional character reaches the terminal raw.
  return `${lines.map(escapeUnsafe).join('\n')}\n`;
}
