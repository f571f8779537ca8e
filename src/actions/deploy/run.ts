import * as core from '@actions/core';
import {
  type Clock,
  changeSetName,
  type DeployOutcome,
  deployStack,
  protectiveStackPolicy,
  statefulLogicalIds,
  systemClock,
  templateResourceTypes,
} from '../../aws/deploy/index.js';
import { VERSION } from '../../cli/version.js';
import { renderAndLint } from '../../render/render-and-lint.js';
import { formatTemplateFindingLine } from '../../report/template-finding-line.js';
import { abortOnSignals } from '../shared/abort-on-signals.js';
import { authenticate } from '../shared/action-credentials.js';
import { checkedEnvironment } from '../shared/checked-environment.js';
import { failStep, StepFailure } from '../shared/failure.js';
import * as log from '../shared/log.js';
import { readDeployInputs } from './deploy-inputs.js';
import { DEPLOY_OUTPUTS } from './deploy-outputs.js';
import { renderDeploySummary } from './deploy-summary.js';

export interface RunOptions {
  /** The system clock unless a test injects one. */
  readonly clock?: Clock;
  /** In [0, 1): polling jitter; Math.random unless a test fixes it. */
  readonly random?: () => number;
  /** Cancels the deploy; by default SIGINT and SIGTERM, which GitHub sends on cancel. */
  readonly signal?: AbortSignal;
}

const FAILED = new Set<DeployOutcome['status']>(['refused', 'failed', 'timed-out']);

/**
 * The deploy action: read the inputs, check and render the environment, get
 * credentials for its account, deploy through a change set, then set the
 * outputs and the job summary. Any failure ends the step with one message.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const cancellation =
    options.signal === undefined
      ? abortOnSignals('setting the protective stack policy again before stopping')
      : undefined;
  const signal = options.signal ?? cancellation?.signal;
  try {
    const inputs = readDeployInputs();
    const environment = await checkedEnvironment(inputs.environmentFile);
    const { rendered, lint } = renderAndLint(environment, VERSION);
    for (const finding of lint.findings) {
      const line = formatTemplateFindingLine(finding);
      if (finding.severity === 'error') log.error(line);
      else log.warning(line);
    }
    if (lint.errors > 0) {
      throw new StepFailure(
        `the template rendered from ${inputs.environmentFile} has ${lint.errors} lint ${lint.errors === 1 ? 'error' : 'errors'} (listed above): nothing was sent to AWS. Run \`dify-aws-kit preflight ${inputs.environmentFile}\` locally to see them.`,
      );
    }

    const region = inputs.awsRegion ?? environment.region;
    const { clients } = await authenticate(inputs, region, environment.accountId, clock);
    const stackPolicy = protectiveStackPolicy(statefulLogicalIds(templateResourceTypes(rendered.text)));
    const outcome = await deployStack({
      stackName: environment.stackName,
      region,
      templateBody: rendered.text,
      tags: Object.entries(environment.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
      changeSetName: changeSetName(environment.name, process.env.GITHUB_RUN_ID ?? String(clock.now())),
      execute: inputs.execute,
      allowReplacement: inputs.allowReplacement,
      recreateFailedStack: inputs.recreateFailedStack,
      waitForInProgress: inputs.waitForInProgress,
      continueUpdateRollback: inputs.continueUpdateRollback,
      terminationProtection: inputs.terminationProtection,
      stackPolicy,
      ...(inputs.artifactBucket === undefined ? {} : { artifactBucket: inputs.artifactBucket }),
      ...(inputs.cloudFormationRoleArn === undefined
        ? {}
        : { cloudFormationRoleArn: inputs.cloudFormationRoleArn }),
      clients: { cloudFormation: clients.cloudFormation, s3: clients.s3 },
      clock,
      ...(options.random === undefined ? {} : { random: options.random }),
      log: (line) => log.info(line),
      timeoutMs: inputs.timeoutMinutes * 60_000,
      ...(signal === undefined ? {} : { signal }),
    });

    const difyUrl = outcome.outputs.DifyUrl;
    setDeployOutputs(outcome, difyUrl);
    await core.summary
      .addRaw(
        renderDeploySummary({
          environment: environment.name,
          stackName: environment.stackName,
          region,
          outcome,
          difyUrl,
        }),
      )
      .write();
    if (FAILED.has(outcome.status)) throw new StepFailure(outcome.message);
    log.info(outcome.message);
  } catch (error) {
    failStep(error);
  } finally {
    cancellation?.dispose();
  }
}

function setDeployOutputs(outcome: DeployOutcome, difyUrl: string | undefined): void {
  DEPLOY_OUTPUTS.setAll({
    'stack-id': outcome.stackId ?? '',
    'stack-status': outcome.stackStatus ?? '',
    changed: String(outcome.changed),
    'dify-url': difyUrl ?? '',
    outputs: JSON.stringify(outcome.outputs),
    'change-set-name': outcome.changeSetName,
  });
}
