import { parseArgs } from 'node:util';
import {
  compareTemplates,
  DRIFT_TIMEOUT_MINUTES,
  type DriftReport,
  detectDrift,
  driftedCount,
  driftStatus,
  fetchDeployedTemplate,
  renderDriftReport,
  type TemplateDrift,
} from '../../aws/drift/index.js';
import { renderStack } from '../../render/render-stack.js';
import { printable, printableLines } from '../../text/printable.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli-io.js';
import { VERSION } from '../version.js';
import {
  checkedEnvironment,
  confirmedClients,
  regionOption,
  reportingAwsErrors,
  singleFile,
  timeoutMinutes,
} from './deploy.js';

const OPTIONS = {
  region: { type: 'string' },
  'timeout-minutes': { type: 'string' },
  debug: { type: 'boolean', default: false },
} as const;

/**
 * `dify-aws-kit drift FILE`: check the environment and render its template,
 * confirm the local AWS credentials are for its account, then run CloudFormation
 * drift detection on the stack and compare the deployed template with the one
 * rendered from FILE; print the report (Markdown) and one status line.
 * Exit 0 in sync; 1 drifted (resources or template), detection failed or timed
 * out, an invalid file or an AWS error; 2 a usage error.
 */
export async function driftCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseDriftArgs(args);
  const environment = await checkedEnvironment(options.file, io);
  if (environment === undefined) return EXIT_FINDINGS;
  // Compared with the deployed template, not deployed: the lint is deploy's and preflight's business.
  const rendered = renderStack(environment, VERSION);
  const region = options.region ?? environment.region;

  return reportingAwsErrors(io, options.debug, async () => {
    const clients = await confirmedClients(environment, region, io);
    io.stdout(`detecting drift on ${printable(environment.stackName)} (${printable(region)})\n`);
    const started = Date.now();
    const drift = await detectDrift({
      stackName: environment.stackName,
      cloudFormation: clients.cloudFormation,
      timeoutMs: options.timeoutMinutes * 60_000,
    });
    let templateDrift: TemplateDrift | undefined;
    if (drift.outcome === 'in-sync' || drift.outcome === 'drifted') {
      const deployed = await fetchDeployedTemplate(clients.cloudFormation, environment.stackName);
      templateDrift = compareTemplates(deployed, rendered.template);
    }
    const report: DriftReport = {
      environment: environment.name,
      stackName: environment.stackName,
      region,
      drift,
      templateDrift,
      checkedAt: new Date(started).toISOString(),
    };
    io.stdout(`${printableLines(renderDriftReport(report))}\n`);

    const status = driftStatus(report);
    const count = driftedCount(report);
    const stack = printable(environment.stackName);
    switch (status) {
      case 'in-sync':
        io.stdout(`${stack} is in sync\n`);
        return EXIT_OK;
      case 'drifted':
        io.stderr(
          `dify-aws-kit: ${stack} drifted: ${count} ${count === 1 ? 'resource differs' : 'resources differ'} (see the report above)\n`,
        );
        return EXIT_FINDINGS;
      case 'failed':
        io.stderr(
          drift.outcome === 'detection-failed'
            ? `dify-aws-kit: drift detection failed on ${stack}: ${printable(drift.reason)}. Whether the stack drifted is not known; run again, or look at it in the CloudFormation console (Stack actions, Detect drift)\n`
            : `dify-aws-kit: drift detection on ${stack} did not finish within ${options.timeoutMinutes} min; whether the stack drifted is not known. Raise --timeout-minutes or run again\n`,
        );
        return EXIT_FINDINGS;
    }
  });
}

interface DriftArgs {
  readonly file: string;
  readonly region: string | undefined;
  readonly timeoutMinutes: number;
  readonly debug: boolean;
}

function parseDriftArgs(args: string[]): DriftArgs {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true }>
  >;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`drift: ${(error as Error).message.split('\n')[0]}`);
  }
  const { values, positionals } = parsed;
  return {
    file: singleFile('drift', positionals),
    region: regionOption('drift', values.region),
    timeoutMinutes: timeoutMinutes('drift', values['timeout-minutes'], DRIFT_TIMEOUT_MINUTES),
    debug: values.debug,
  };
}
