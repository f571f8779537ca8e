import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { countBySeverity } from '../../environment/diagnostic.js';
import { loadEnvironment } from '../../environment/load-environment.js';
import { renderAndLint } from '../../render/render-and-lint.js';
import { formatDiagnosticLine } from '../../report/diagnostic-line.js';
import { formatTemplateFindingLine } from '../../report/template-finding-line.js';
import { printable } from '../../text/printable.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, UsageError } from '../cli-io.js';
import { VERSION } from '../version.js';
import { checkOutputFolder } from './output-folder.js';
import { parseCommandOptions } from './parse-command-options.js';

/**
 * `dify-aws-kit render FILE --out DIR`: writes DIR/template.yaml,
 * DIR/parameters.json and DIR/plan.json, only when the file is valid and the
 * template passes the lint.
 */
export async function renderCommand(args: string[], io: CliIo): Promise<number> {
  const options = parseCommandOptions('render', args, ['out', 'strict']);
  if (options.files.length !== 1) throw new UsageError('render: name exactly one environment file');
  if (options.out === undefined) throw new UsageError('render: --out DIR is required');
  const [file] = options.files as [string];
  await checkOutputFolder('render', '--out', options.out);

  const result = await loadEnvironment(file);
  for (const diagnostic of result.diagnostics) io.stdout(`${formatDiagnosticLine(diagnostic)}\n`);
  const { errors, warnings } = countBySeverity(result.diagnostics);
  if (errors > 0 || !result.environment || (options.strict && warnings > 0)) return EXIT_FINDINGS;

  const { rendered, lint } = renderAndLint(result.environment, VERSION);
  for (const finding of lint.findings)
    io.stdout(`${formatTemplateFindingLine(finding, join(options.out, 'template.yaml'))}\n`);
  if (lint.errors > 0 || (options.strict && lint.warnings > 0)) {
    io.stderr(`dify-aws-kit: the rendered template has ${lint.errors} lint error(s); nothing was written\n`);
    return EXIT_FINDINGS;
  }

  await mkdir(options.out, { recursive: true });
  await writeFile(join(options.out, 'template.yaml'), rendered.text);
  await writeFile(join(options.out, 'parameters.json'), `${JSON.stringify(rendered.parameters, null, 2)}\n`);
  await writeFile(join(options.out, 'plan.json'), `${JSON.stringify(rendered.plan, null, 2)}\n`);
  const { plan } = rendered;
  io.stdout(
    `${printable(join(options.out, 'template.yaml'))}: stack ${printable(plan.stackName)} in ${plan.region}, ${plan.resourceCount} resources, ${plan.templateBytes} bytes${lint.warnings ? `, ${lint.warnings} lint warning(s)` : ''}\n`,
  );
  return EXIT_OK;
}
