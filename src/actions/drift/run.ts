import * as core from '@actions/core';
import * as github from '@actions/github';
import { type Clock, systemClock } from '../../aws/deploy/index.js';
import {
  compareTemplates,
  type DriftReport,
  detectDrift,
  driftedCount,
  driftStatus,
  fetchDeployedTemplate,
  renderDriftReport,
  syncDriftIssue,
  type TemplateDrift,
} from '../../aws/drift/index.js';
import { VERSION } from '../../cli/version.js';
import { renderStack } from '../../render/render-stack.js';
import { authenticate } from '../shared/action-credentials.js';
import { checkedEnvironment } from '../shared/checked-environment.js';
import { failStep, StepFailure } from '../shared/failure.js';
import * as log from '../shared/log.js';
import { runUrl } from '../shared/run-url.js';
import { readDriftInputs } from './drift-inputs.js';
import { DRIFT_OUTPUTS } from './drift-outputs.js';
import { octokitDriftIssueClient } from './octokit-drift-issue-client.js';

export interface RunOptions {
  /** The system clock unless a test injects one. */
  readonly clock?: Clock;
  /** In [0, 1): polling jitter; Math.random unless a test fixes it. */
  readonly random?: () => number;
}

/** The login GITHUB_TOKEN writes as: only its issues are the kit's. */
export const BOT_LOGIN = 'github-actions[bot]';

/**
 * The drift action: check and render the environment, get credentials for its
 * account, detect drift on the stack and compare the deployed template with the
 * repository's, then report it (summary, outputs, the environment's issue).
 * A detection that failed or timed out fails the step; drift itself does not.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  try {
    const inputs = readDriftInputs();
    const environment = await checkedEnvironment(inputs.environmentFile);
    const rendered = renderStack(environment, VERSION);
    const region = inputs.awsRegion ?? environment.region;
    const { clients } = await authenticate(
      { ...inputs, roleDurationSeconds: undefined, exportCredentials: false },
      region,
      environment.accountId,
      clock,
    );

    log.info(`detecting drift on ${environment.stackName} (${region})`);
    const drift = await detectDrift({
      stackName: environment.stackName,
      cloudFormation: clients.cloudFormation,
      clock,
      timeoutMs: inputs.timeoutMinutes * 60_000,
      ...(options.random === undefined ? {} : { random: options.random }),
    });
    let templateDrift: TemplateDrift | undefined;
    if (drift.outcome === 'in-sync' || drift.outcome === 'drifted') {
      const deployed = await fetchDeployedTemplate(clients.cloudFormation, environment.stackName, {
        sleep: (ms) => clock.sleep(ms),
      });
      templateDrift = compareTemplates(deployed, rendered.template);
    }

    const report: DriftReport = {
      environment: environment.name,
      stackName: environment.stackName,
      region,
      drift,
      templateDrift,
      checkedAt: new Date(clock.now()).toISOString(),
      ...runUrlField(),
    };
    const markdown = renderDriftReport(report);
    const status = driftStatus(report);
    const count = driftedCount(report);
    DRIFT_OUTPUTS.setAll({
      drifted: String(status === 'drifted'),
      'drifted-count': String(count),
      report: markdown,
    });
    await core.summary.addRaw(markdown).write();
    log.info(
      status === 'in-sync'
        ? `${environment.stackName} is in sync`
        : status === 'drifted'
          ? `${environment.stackName} drifted: ${count} ${count === 1 ? 'resource' : 'resources'} (see the job summary)`
          : `drift detection on ${environment.stackName} did not finish (${drift.outcome})`,
    );

    const repository = process.env.GITHUB_REPOSITORY;
    if (inputs.openIssue && repository?.includes('/')) {
      await syncIssue(inputs.githubToken, repository, environment.name, status, markdown);
    }

    if (status === 'failed') {
      throw new StepFailure(
        drift.outcome === 'detection-failed'
          ? `drift detection failed on ${environment.stackName}: ${drift.reason}. Whether the stack drifted is not known; look at it in the CloudFormation console (Stack actions → Detect drift) and run again.`
          : `drift detection on ${environment.stackName} did not finish within ${inputs.timeoutMinutes} min; whether the stack drifted is not known. It may still be running in CloudFormation (see the job summary); raise timeout-minutes or run again.`,
      );
    }
  } catch (error) {
    failStep(error);
  }
}

async function syncIssue(
  token: string | undefined,
  repository: string,
  environment: string,
  status: ReturnType<typeof driftStatus>,
  body: string,
): Promise<void> {
  if (token === undefined) {
    throw new StepFailure(
      'github-token is empty, so the drift issue cannot be opened or closed: pass github-token (the default is the job token, which needs `permissions: issues: write`), or set open-issue: false.',
    );
  }
  const [owner = '', repo = ''] = repository.split('/');
  const client = octokitDriftIssueClient(github.getOctokit(token), { owner, repo });
  let result: Awaited<ReturnType<typeof syncDriftIssue>>;
  try {
    result = await syncDriftIssue(client, { environment, status, body, botLogin: BOT_LOGIN });
  } catch (error) {
    throw new StepFailure(
      `could not open, update or close the drift issue in ${repository}: ${(error as Error).message}. The job needs \`permissions: issues: write\` (or set open-issue: false); the report is in the job summary.`,
    );
  }
  switch (result.action) {
    case 'opened':
      log.info(`opened drift issue #${result.number}`);
      break;
    case 'updated':
      log.info(`updated drift issue #${result.number}`);
      break;
    case 'unchanged':
      log.info(`drift issue #${result.number} already says this`);
      break;
    case 'closed':
      log.info(`closed drift ${result.numbers.map((n) => `#${n}`).join(', ')}: back in sync`);
      break;
    case 'none':
      break;
  }
}

function runUrlField(): { runUrl?: string } {
  const url = runUrl();
  return url === undefined ? {} : { runUrl: url };
}
