import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allPolicyChecks } from '../../environment/checks/index.js';
import { countBySeverity } from '../../environment/diagnostic.js';
import {
  countPreflightFindings,
  type PreflightResult,
  preflightEnvironment,
} from '../../preflight/preflight-environment.js';
import { renderPreflightReport } from '../../report/preflight-report.js';
import { printableLines } from '../../text/printable.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK } from '../cli-io.js';
import { VERSION } from '../version.js';
import { checkOutputFolder } from './output-folder.js';
import { parseCommandOptions } from './parse-command-options.js';
import { loadOrExplain } from './validate.js';

/** `dify-aws-kit preflight FILE... [--out DIR]`: the offline preflight as a Markdown report. */
export async function preflightCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseCommandOptions('preflight', args, ['base', 'out', 'strict']);
  if (options.out !== undefined) await checkOutputFolder('preflight', '--out', options.out);
  const results: PreflightResult[] = [];
  for (const file of options.files) {
    results.push(preflightEnvironment(await loadOrExplain(file, { basePath: options.base }), VERSION));
  }

  const report = renderPreflightReport({ results, checks: allPolicyChecks });
  io.stdout(printableLines(report));
  if (options.out !== undefined) {
    await mkdir(options.out, { recursive: true });
    await writeFile(join(options.out, 'report.md'), report);
    await writeFile(join(options.out, 'report.json'), `${JSON.stringify(toJson(results), null, 2)}\n`);
  }
  const { errors, warnings } = countPreflightFindings(results);
  return errors > 0 || (options.strict && warnings > 0) ? EXIT_FINDINGS : EXIT_OK;
}

function toJson(results: readonly PreflightResult[]) {
  return results.map(({ check: r, stack, cost }) => ({
    file: r.file,
    valid: countBySeverity(r.diagnostics).errors === 0 && (stack?.lint.errors ?? 0) === 0,
    plan: stack?.plan ?? null,
    lint: stack?.lint.findings ?? [],
    cost: cost ?? null,
    diagnostics: r.diagnostics.map((d) => ({
      line: d.position.line,
      column: d.position.column,
      severity: d.severity,
      pointer: d.pointer,
      message: d.message,
      hint: d.hint ?? null,
      rule: d.ruleId,
    })),
  }));
}
