import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { environmentFromForm } from '../form/form-values.js';
import { applySchemaDefaults, checkEnvironment } from '../kit-core.js';
import { KIT_RELEASE_TAG } from '../kit-release.js';
import { examples } from './environment-create.examples.js';
import { formProblemLine } from './problem-lines.js';

export const ENVIRONMENT_CREATE_ACTION_ID = 'dify:environment:create';

/** Where the kit's workflows look for environment files. */
export function environmentFilePath(name: string): string {
  return `environments/${name}.json`;
}

/**
 * Creates the `dify:environment:create` scaffolder action: the form's values become
 * environments/<name>.json in the task workspace, with the schema defaults written out, once the
 * kit's validator and policy checks pass. Errors name the form page and field, and the fix.
 *
 * The action's only effect is that file in the task workspace, written the same way on every run
 * (so a dry run shows it, and a recovered task writes it again rather than skipping it).
 */
export function createDifyEnvironmentCreateAction() {
  return createTemplateAction({
    id: ENVIRONMENT_CREATE_ACTION_ID,
    description:
      'Checks a Dify environment from the "Create Dify environment" form against the kit\'s schema and policy checks, and writes it to environments/<name>.json in the workspace.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        environment: (z) =>
          z
            .record(z.unknown())
            .describe(
              'The fields of environment.json from the form (name, accountId, region, network, domain, dify, database, cache, bedrock, email, operations). Empty fields and fields the form hid are left out, then the schema defaults are written out for everything not given.',
            ),
      },
      output: {
        name: (z) => z.string().describe('The environment name.'),
        filePath: (z) =>
          z.string().describe('The file written, relative to the workspace: environments/<name>.json.'),
        environment: (z) =>
          z.record(z.unknown()).describe('The environment as written, with the schema defaults filled in.'),
        kitRef: (z) =>
          z
            .string()
            .describe(
              "The kit release tag (v + the kit's version) whose actions the new repository's workflows use.",
            ),
        warnings: (z) =>
          z.array(z.string()).describe('Policy-check warnings: the file is written, but worth a look.'),
      },
    },
    async handler(ctx) {
      const values: unknown = ctx.input.environment;
      if (values === null || typeof values !== 'object' || Array.isArray(values)) {
        throw new InputError(
          "dify:environment:create needs `environment`: an object of the form's values, for example `environment: { name: ${{ parameters.name }}, … }`.",
        );
      }

      const { environment: fromForm, dropped } = environmentFromForm(values as Record<string, unknown>);
      for (const pointer of dropped) ctx.logger.info(`Left out ${pointer}: the form had hidden that field.`);
      const defaulted = applySchemaDefaults(fromForm);
      const environment = (defaulted.valid ? defaulted.withDefaults : fromForm) as Record<string, unknown>;
      const text = `${JSON.stringify(environment, null, 2)}\n`;

      const check = checkEnvironment(text, { file: 'environment.json' });
      const errors = check.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0 || check.environment === undefined) {
        throw new InputError(
          [
            `The environment has ${errors.length === 1 ? '1 problem' : `${errors.length} problems`}; nothing was written:`,
            ...errors.map((d) => `- ${formProblemLine(d)}`),
          ].join('\n'),
        );
      }
      const warnings = check.diagnostics.filter((d) => d.severity === 'warning').map(formProblemLine);
      for (const warning of warnings) ctx.logger.warn(warning);

      // The name passed the schema's environment-name format, so it is safe in a file name.
      const name = check.environment.name;
      const filePath = environmentFilePath(name);
      const target = resolveSafeChildPath(ctx.workspacePath, filePath);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text);
      ctx.logger.info(
        `${ctx.isDryRun ? 'Dry run: wrote' : 'Wrote'} ${filePath} (${warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`}).`,
      );

      ctx.output('name', name);
      ctx.output('filePath', filePath);
      ctx.output('environment', environment);
      ctx.output('kitRef', KIT_RELEASE_TAG);
      ctx.output('warnings', warnings);
    },
  });
}
