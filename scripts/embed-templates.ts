import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The CloudFormation templates as one TypeScript module, so that every bundle
 * carries them without reading the file system at run time.
 */
export async function embedTemplates(directory = 'templates/cloudformation'): Promise<string> {
  const files = (await readdir(directory, { recursive: true }))
    .filter((name) => name.endsWith('.njk'))
    .sort();
  const entries = await Promise.all(
    files.map(async (name) => {
      const text = await readFile(join(directory, name), 'utf8');
      return `  ${JSON.stringify(relative(directory, join(directory, name)).replaceAll('\\', '/'))}: ${JSON.stringify(text)},`;
    }),
  );
  return `/* Generated from templates/cloudformation/ by \`npm run generate\`. Do not edit by hand:
 * change the templates and regenerate; a test fails when this file is stale. */
export const templateSources: Readonly<Record<string, string>> = {
${entries.join('\n')}
};
`;
}
