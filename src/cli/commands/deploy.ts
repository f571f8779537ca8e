import { parseArgs } from 'node:util';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { S3Client } from '@aws-sdk/client-s3';
import { STSClient } from '@aws-sdk/client-sts';
import { CredentialError, verifyAccount } from '../../aws/credentials/index.js';
import {
  changeSetName,
  DEPLOY_TIMEOUT_MINUTES,
  DeployError,
  type DeployOutcome,
  deployStack,
  protectiveStackPolicy,
  statefulLogicalIds,
  templateResourceTypes,
} from '../../aws/deploy/index.js';
import { DriftError } from '../../aws/drift/index.js';
import { checkRegion } from '../../aws/region.js';
import { countBySeverity } from '../../environment/diagnostic.js';
import { loadEnvironment } from '../../environment/load-environment.js';
import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { renderAndLint } from '../../render/render-and-lint.js';
import { formatDiagnosticLine } from '../../report/diagnostic-line.js';
import { formatTemplateFindingLine } from '../../report/template-finding-line.js';
import { printable } from '../../text/printable.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli-io.js';
import { VERSION } from '../version.js';

const OPTIONS = {
  region: { type: 'string' },
  'no-execute': { type: 'boolean', default: false },
  'allow-replacement': { type: 'string', multiple: true },
  'recreate-failed-stack': { type: 'boolean', default: false },
  'continue-update-rollback': { type: 'boolean', default: false },
  'no-wait': { type: 'boolean', default: false },
  'artifact-bucket': { type: 'string' },
  'cloudformation-role-arn': { type: 'string' },
  'timeout-minutes': { type: 'string' },
  debug: { type: 'boolean', default: false },
} as const;

const FAILED = new Set<DeployOutcome['status']>(['refused', 'failed', 'timed-out']);

/**
 * `dify-aws-kit deploy FILE`: check and render the environment as preflight does,
 * confirm that the local AWS credentials (the SDK's default chain) are for its
 * account, then deploy through a change set with the same engine as the deploy
 * action, printing the stack events as they come, the change table and the outcome.
 * Exit 0 deployed, unchanged or previewed; 1 an invalid file, a refused, failed or
 * timed-out deploy, or an AWS error; 2 a usage error.
 */
export async function deployCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseDeployArgs(args);
  const environment = await checkedEnvironment(options.file, io);
  if (environment === undefined) return EXIT_FINDINGS;

  const { rendered, lint } = renderAndLint(environment, VERSION);
  for (const finding of lint.findings) io.stdout(`${formatTemplateFindingLine(finding)}\n`);
  if (lint.errors > 0) {
    io.stderr(
      `dify-aws-kit: the template rendered from ${printable(options.file)} has ${lint.errors} lint error(s): nothing was sent to AWS\n`,
    );
    return EXIT_FINDINGS;
  }

  const region = options.region ?? environment.region;
  // Ctrl-C stops the deploy, not the process: the protective stack policy is set again first.
  const cancel = new AbortController();
  const onSignal = () => {
    io.stderr('dify-aws-kit: cancelling (the protective stack policy is set again before stopping)\n');
    cancel.abort(new Error('cancelled'));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return reportingAwsErrors(io, options.debug, async () => {
    const clients = await confirmedClients(environment, region, io);
    const log = (line: string) => io.stdout(`${printable(line)}\n`);
    const outcome = await deployStack({
      stackName: environment.stackName,
      region,
      templateBody: rendered.text,
      tags: Object.entries(environment.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      changeSetName: changeSetName(environment.name, localRunId(new Date())),
      execute: options.execute,
      allowReplacement: options.allowReplacement,
      recreateFailedStack: options.recreateFailedStack,
      waitForInProgress: options.waitForInProgress,
      continueUpdateRollback: options.continueUpdateRollback,
      terminationProtection: true,
      stackPolicy: protectiveStackPolicy(statefulLogicalIds(templateResourceTypes(rendered.text))),
      ...(options.artifactBucket === undefined ? {} : { artifactBucket: options.artifactBucket }),
      ...(options.cloudFormationRoleArn === undefined
        ? {}
        : { cloudFormationRoleArn: options.cloudFormationRoleArn }),
      clients: { cloudFormation: clients.cloudFormation, s3: clients.s3 },
      log,
      timeoutMs: options.timeoutMinutes * 60_000,
      signal: cancel.signal,
    });
    return reportOutcome(outcome, io);
  }).finally(() => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });
}

function reportOutcome(outcome: DeployOutcome, io: CliIo): number {
  if (FAILED.has(outcome.status)) {
    io.stderr(`dify-aws-kit: deploy ${outcome.status}: ${printable(outcome.message)}\n`);
    return EXIT_FINDINGS;
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const { changeSetMs, executeMs } = outcome.durations;
  io.stdout(
    `${outcome.status}: ${printable(outcome.message)} (changed: ${outcome.changed}; change set ${seconds(changeSetMs)}, execution ${seconds(executeMs)})\n`,
  );
  for (const [key, value] of Object.entries(outcome.outputs))
    io.stdout(`  output ${printable(key)} = ${printable(value)}\n`);
  const difyUrl = outcome.outputs.DifyUrl;
  if (difyUrl !== undefined) io.stdout(`Dify is at ${printable(difyUrl)}\n`);
  return EXIT_OK;
}

interface DeployArgs {
  readonly file: string;
  readonly region: string | undefined;
  readonly execute: boolean;
  readonly allowReplacement: readonly string[];
  readonly recreateFailedStack: boolean;
  readonly continueUpdateRollback: boolean;
  readonly waitForInProgress: boolean;
  readonly artifactBucket: string | undefined;
  readonly cloudFormationRoleArn: string | undefined;
  readonly timeoutMinutes: number;
  readonly debug: boolean;
}

function parseDeployArgs(args: string[]): DeployArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`deploy: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  const allowReplacement = (values['allow-replacement'] ?? [])
    .flatMap((list) => list.split(','))
    .map((id) => id.trim())
    .filter((id) => id !== '');
  for (const id of allowReplacement) {
    if (!/^[A-Za-z0-9]+$/.test(id))
      throw new UsageError(
        `deploy: --allow-replacement ${JSON.stringify(id)} is not a logical id (letters and digits)`,
      );
  }
  return {
    file: singleFile('deploy', positionals),
    region: regionOption('deploy', values.region),
    execute: !values['no-execute'],
    allowReplacement,
    recreateFailedStack: values['recreate-failed-stack'],
    continueUpdateRollback: values['continue-update-rollback'],
    waitForInProgress: !values['no-wait'],
    artifactBucket: nonEmpty('deploy', 'artifact-bucket', values['artifact-bucket']),
    cloudFormationRoleArn: nonEmpty('deploy', 'cloudformation-role-arn', values['cloudformation-role-arn']),
    timeoutMinutes: timeoutMinutes('deploy', values['timeout-minutes'], DEPLOY_TIMEOUT_MINUTES),
    debug: values.debug,
  };
}

/* Shared with the drift command (drift.ts), which takes the same steps before its own. */

export function singleFile(command: string, positionals: readonly string[]): string {
  const [file] = positionals;
  if (file === undefined || positionals.length !== 1)
    throw new UsageError(`${command}: name exactly one environment file`);
  return file;
}

export function nonEmpty(command: string, option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === '') throw new UsageError(`${command}: --${option} needs a value`);
  return value.trim();
}

/** --region: a region the kit knows, checked before anything is read or sent; undefined when not given. */
export function regionOption(command: string, value: string | undefined): string | undefined {
  const region = nonEmpty(command, 'region', value);
  if (region === undefined) return undefined;
  const problem = checkRegion(region);
  if (problem !== undefined)
    throw new UsageError(
      `${command}: --region ${JSON.stringify(region)} is ${problem.message}. ${problem.hint}`,
    );
  return region;
}

/** --timeout-minutes: a whole number from 1 to 360 (six hours); the default otherwise. */
export function timeoutMinutes(command: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const minutes = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(minutes >= 1 && minutes <= 360))
    throw new UsageError(
      `${command}: --timeout-minutes ${JSON.stringify(value)}: give a whole number from 1 to 360`,
    );
  return minutes;
}

/** Loads and checks the file, printing every diagnostic; undefined (exit 1, nothing sent to AWS) on an error. */
export async function checkedEnvironment(file: string, io: CliIo): Promise<ResolvedEnvironment | undefined> {
  const result = await loadEnvironment(file);
  for (const diagnostic of result.diagnostics) io.stdout(`${formatDiagnosticLine(diagnostic)}\n`);
  const { errors } = countBySeverity(result.diagnostics);
  if (errors > 0 || result.environment === undefined) {
    io.stderr(
      `dify-aws-kit: ${printable(file)} has ${errors} error(s): fix them and run again; nothing was sent to AWS\n`,
    );
    return undefined;
  }
  return result.environment;
}

export interface CliAwsClients {
  readonly sts: STSClient;
  readonly cloudFormation: CloudFormationClient;
  readonly s3: S3Client;
}

/**
 * The SDK clients on the default credential chain (environment variables,
 * AWS_PROFILE, SSO, instance roles…), proven by GetCallerIdentity to be in the
 * environment's account before any other call: a wrong account stops here.
 */
export async function confirmedClients(
  environment: ResolvedEnvironment,
  region: string,
  io: CliIo,
): Promise<CliAwsClients> {
  const clients: CliAwsClients = {
    sts: new STSClient({ region }),
    cloudFormation: new CloudFormationClient({ region }),
    s3: new S3Client({ region }),
  };
  const identity = await verifyAccount(clients.sts, environment.accountId);
  io.stdout(`AWS account ${identity.accountId} confirmed (${printable(identity.arn)}), region ${region}\n`);
  return clients;
}

/**
 * Runs the AWS part of a command: the kit's own errors (credentials, deploy,
 * drift) become one line, `dify-aws-kit: what happened. What to do.`, and exit 1;
 * the stack trace only with --debug. Anything else is left to main's handler.
 */
export async function reportingAwsErrors(
  io: CliIo,
  debug: boolean,
  work: () => Promise<number>,
): Promise<number> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof CredentialError || error instanceof DeployError || error instanceof DriftError))
      throw error;
    const prefix = error instanceof CredentialError ? 'could not use the AWS credentials: ' : '';
    const trace = debug ? `\n${error.stack ?? ''}` : '';
    const message = error.message.trimEnd().replace(/\.$/, '');
    io.stderr(`dify-aws-kit: ${prefix}${printable(`${message}. ${error.hint}`)}${trace}\n`);
    return EXIT_FINDINGS;
  }
}

/** `local-20260501T100000Z`: names the change set of a run from this machine. */
function localRunId(now: Date): string {
  return `local-${now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')}`;
}
