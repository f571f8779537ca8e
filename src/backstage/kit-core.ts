/**
 * The Backstage face's only door into the kit's core: every rule the actions apply lives behind
 * these names. When the core gains its one facade (src/core.ts), only this file changes.
 */
export { VERSION as KIT_VERSION } from '../cli/version.js';
export { checkEnvironment } from '../environment/check-environment.js';
export type { Diagnostic } from '../environment/diagnostic.js';
export { schema as environmentSchema } from '../environment/schema.js';
/** Validates and, when the value passes, returns it with every schema default filled in. */
export { validateAgainstSchema as applySchemaDefaults } from '../environment/validate-schema.js';
export { type PreflightResult, preflightEnvironment } from '../preflight/preflight-environment.js';
export { renderCostTable } from '../report/cost-table.js';
export { summarizeEnvironment } from '../report/environment-summary.js';
export { formatTemplateFindingLine } from '../report/template-finding-line.js';
export { escapeMarkdown, table as markdownTable } from '../text/markdown.js';
export { printable } from '../text/printable.js';
