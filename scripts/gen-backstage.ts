/**
 * Writes the Backstage template whose form comes from schemas/environment.schema.json:
 * scaffolder-templates/dify-environment/template.yaml. Also run by `npm run generate`.
 *
 * Run: npm run gen:backstage
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTemplateYaml, TEMPLATE_PATH } from '../src/backstage/template/template-yaml.js';

export async function generateBackstageTemplate(): Promise<void> {
  await mkdir(dirname(TEMPLATE_PATH), { recursive: true });
  await writeFile(TEMPLATE_PATH, renderTemplateYaml());
  console.log(`wrote ${TEMPLATE_PATH}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await generateBackstageTemplate();
}
