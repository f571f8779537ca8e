import { readFile, writeFile } from 'node:fs/promises';
import { schemaToTypes } from './schema-to-types.js';

/** Regenerates every file derived from the schema. */
const schema = JSON.parse(await readFile('schemas/environment.schema.json', 'utf8'));
await writeFile('src/environment/environment.types.ts', await schemaToTypes(schema));
console.log('wrote src/environment/environment.types.ts');
