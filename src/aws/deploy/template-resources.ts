import { parse } from 'yaml';

/**
 * Logical id → resource type of a rendered template (YAML or JSON, long-form
 * intrinsics as the kit renders them). Entries without a string Type are left out.
 */
export function templateResourceTypes(templateBody: string): Record<string, string> {
  const template: unknown = parse(templateBody);
  const resources = isRecord(template) ? template.Resources : undefined;
  const types: Record<string, string> = {};
  if (!isRecord(resources)) return types;
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (isRecord(resource) && typeof resource.Type === 'string') types[logicalId] = resource.Type;
  }
  return types;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
