import { readFile, stat } from 'node:fs/promises';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  checkEnvironment,
  escapeMarkdown,
  formatTemplateFindingLine,
  KIT_VERSION,
  markdownTable,
  type PreflightResult,
  preflightEnvironment,
  renderCostTable,
  summarizeEnvironment,
} from '../kit-core.js';
import { examples } from './environment-preflight.examples.js';
import { formProblemLine } from './problem-lines.js';

export const ENVIRONMENT_PREFLIGHT_ACTION_ID = 'dify:environment:preflight';

/** The same cap the preflight action puts on an environment file. */
const MAX_FILE_BYTES = 1024 * 1024;

/**
 * Creates the `dify:environment:preflight` scaffolder action: renders the environment's
 * CloudFormation stack and lints it, as the preflight workflow will, and outputs what the stack
 * holds and what it costs a month, for the template's last page. It reads one file and writes
 * nothing, so a dry run does exactly the same.
 */
export function createDifyEnvironmentPreflightAction() {
  return createTemplateAction({
    id: ENVIRONMENT_PREFLIGHT_ACTION_ID,
    description:
      'Renders and lints the CloudFormation stack of a Dify environment file in the workspace, and outputs its resources and monthly cost estimate.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        filePath: (z) =>
          z
            .string()
            .describe(
              'The environment file, relative to the workspace: the `filePath` output of dify:environment:create, such as environments/dev.json.',
            ),
      },
      output: {
        stackName: (z) => z.string().describe('The CloudFormation stack name.'),
        region: (z) => z.string().describe('The AWS region of the stack.'),
        resourceCount: (z) => z.number().describe('How many resources the stack has.'),
        resourcesByType: (z) =>
          z.record(z.number()).describe('Resource counts by CloudFormation type, sorted by type.'),
        resourceSummary: (z) =>
          z.string().describe('The resources in one line: "N resources: 2 AWS::EC2::Subnet, …".'),
        monthlyCostUsd: (z) =>
          z
            .number()
            .optional()
            .describe(
              "Estimated monthly cost in USD at on-demand prices; absent when the kit's price table does not cover the region.",
            ),
        lintWarnings: (z) => z.array(z.string()).describe('Template lint warnings (errors fail the step).'),
        summary: (z) =>
          z
            .string()
            .describe('Markdown for the template output: what the environment is, and the cost estimate.'),
      },
    },
    async handler(ctx) {
      const { filePath } = ctx.input;
      if (typeof filePath !== 'string' || filePath.trim() === '') {
        throw new InputError(
          'dify:environment:preflight needs `filePath`: the environment file in the workspace, usually `${{ steps.environment.output.filePath }}`.',
        );
      }
      const text = await readEnvironmentFile(ctx.workspacePath, filePath);

      const check = checkEnvironment(text, { file: filePath });
      const errors = check.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        throw new InputError(
          [
            `${filePath} does not pass the kit's checks:`,
            ...errors.map((d) => `- ${formProblemLine(d)}`),
          ].join('\n'),
        );
      }
      const result = preflightEnvironment(check, KIT_VERSION);
      const stack = result.stack;
      if (stack === undefined || result.check.environment === undefined) {
        throw new InputError(`${filePath} could not be rendered.`);
      }
      const lintErrors = stack.lint.findings.filter((f) => f.severity === 'error');
      if (lintErrors.length > 0) {
        throw new InputError(
          [
            `The stack rendered from ${filePath} does not pass the template lint, so the deploy workflow would refuse it:`,
            ...lintErrors.map((f) => `- ${formatTemplateFindingLine(f)}`),
          ].join('\n'),
        );
      }
      const lintWarnings = stack.lint.findings.map((f) => formatTemplateFindingLine(f));
      for (const warning of lintWarnings) ctx.logger.warn(warning);

      const { plan } = stack;
      const resourceSummary = `${plan.resourceCount} resources: ${Object.entries(plan.resourcesByType)
        .map(([type, count]) => `${count} ${type}`)
        .join(', ')}`;
      ctx.logger.info(
        `${filePath}: stack ${plan.stackName} in ${plan.region}, ${plan.resourceCount} resources${
          result.cost ? `, about ${result.cost.totalMonthlyUsd.toFixed(2)} USD a month` : ''
        }.`,
      );

      ctx.output('stackName', plan.stackName);
      ctx.output('region', plan.region);
      ctx.output('resourceCount', plan.resourceCount);
      ctx.output('resourcesByType', { ...plan.resourcesByType });
      ctx.output('resourceSummary', resourceSummary);
      if (result.cost) ctx.output('monthlyCostUsd', result.cost.totalMonthlyUsd);
      ctx.output('lintWarnings', lintWarnings);
      ctx.output('summary', summaryMarkdown(result, resourceSummary));
    },
  });
}

async function readEnvironmentFile(workspacePath: string, filePath: string): Promise<string> {
  let path: string;
  try {
    path = resolveSafeChildPath(workspacePath, filePath);
  } catch {
    throw new InputError(`filePath must stay inside the workspace; got ${JSON.stringify(filePath)}.`);
  }
  const stats = await stat(path).catch(() => undefined);
  if (stats === undefined || !stats.isFile()) {
    throw new InputError(
      `${JSON.stringify(filePath)} is not a file in the workspace: run dify:environment:create first and pass its filePath output.`,
    );
  }
  if (stats.size > MAX_FILE_BYTES) {
    throw new InputError(
      `${JSON.stringify(filePath)} is over 1 MiB; an environment file is a few kilobytes.`,
    );
  }
  return readFile(path, 'utf8');
}

function summaryMarkdown(result: PreflightResult, resourceSummary: string): string {
  const environment = result.check.environment;
  const rows = environment
    ? summarizeEnvironment(environment).map((row) => [escapeMarkdown(row.aspect), escapeMarkdown(row.value)])
    : [];
  const cost = result.cost
    ? `**About ${result.cost.totalMonthlyUsd.toFixed(2)} USD a month.**\n\n${renderCostTable(result.cost)}`
    : `No cost estimate: ${escapeMarkdown(result.costUnavailable ?? 'the region is not priced')}`;
  return [markdownTable(['Aspect', 'Value'], rows), '', escapeMarkdown(resourceSummary), '', cost].join('\n');
}
