import { readFile, writeFile } from 'node:fs/promises';
import { allPolicyChecks } from '../src/environment/checks/index.js';
import { templateRules } from '../src/render/lint/rules/index.js';
import { commentArtifactTypes } from './comment-artifact-types.js';
import { embedTemplates } from './embed-templates.js';
import { generateBackstageTemplate } from './gen-backstage.js';
import { renderReadmeSections, replaceSections } from './readme-sections.js';
import { replacementProperties } from './replacement-properties.js';
import { schemaToTypes } from './schema-to-types.js';

/** Regenerates every file derived from the schema, the policy checks, the templates and the CloudFormation specification. */
const schema = JSON.parse(await readFile('schemas/environment.schema.json', 'utf8'));
await writeFile('src/environment/environment.types.ts', await schemaToTypes(schema));
console.log('wrote src/environment/environment.types.ts');
const artifactSchema = JSON.parse(await readFile('schemas/preflight-comment-artifact.schema.json', 'utf8'));
await writeFile('src/report/comment-data.generated.ts', await commentArtifactTypes(artifactSchema));
console.log('wrote src/report/comment-data.generated.ts');
await writeFile('src/render/template-sources.generated.ts', await embedTemplates());
console.log('wrote src/render/template-sources.generated.ts');
await writeFile('src/data/replacement-properties.generated.ts', await replacementProperties());
console.log('wrote src/data/replacement-properties.generated.ts');
const readme = await readFile('README.md', 'utf8');
await writeFile(
  'README.md',
  replaceSections(readme, renderReadmeSections(schema, allPolicyChecks, templateRules)),
);
console.log('updated the generated sections of README.md');
await generateBackstageTemplate();
