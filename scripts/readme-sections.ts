import type { PolicyCheck } from '../src/environment/checks/policy-check.js';
import { stringFormats } from '../src/environment/formats.js';
import type { TemplateRule } from '../src/render/lint/template-rule.js';

type Node = Record<string, unknown>;

/** The README's generated sections, each between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function renderReadmeSections(
  schema: Node,
  checks: readonly PolicyCheck[],
  templateRules: readonly TemplateRule[],
): Record<string, string> {
  return {
    'environment-reference': renderEnvironmentReference(schema),
    'policy-checks': renderPolicyChecks(checks),
    'template-rules': [
      '| Rule | Ensures |',
      '| --- | --- |',
      ...templateRules.map((r) => `| ${r.id} | ${r.title} |`),
    ].join('\n'),
  };
}

export function replaceSections(readme: string, sections: Record<string, string>): string {
  let result = readme;
  for (const [name, body] of Object.entries(sections)) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from === -1 || to === -1) throw new Error(`README.md lacks the markers ${start} … ${end}`);
    result = `${result.slice(0, from + start.length)}\n${body}\n${result.slice(to)}`;
  }
  return result;
}

function renderPolicyChecks(checks: readonly PolicyCheck[]): string {
  const rows = [...checks]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => `| ${c.id} | ${c.severity} | ${c.title} |`);
  return ['| Rule | Severity | Ensures |', '| --- | --- | --- |', ...rows].join('\n');
}

function renderEnvironmentReference(schema: Node): string {
  const definitions = schema.definitions as Record<string, Node>;
  const resolve = (node: Node): Node => {
    const ref = node.$ref as string | undefined;
    return ref ? { ...definitions[ref.replace('#/definitions/', '')], ...node } : node;
  };
  const rows: string[] = [];
  const visit = (node: Node, path: string, required: readonly string[]): void => {
    for (const [name, raw] of Object.entries((node.properties ?? {}) as Record<string, Node>)) {
      if (name === '$schema') continue;
      const property = resolve(raw);
      const field = path ? `${path}.${name}` : name;
      rows.push(
        `| \`${field}\` | ${typeOf(property)} | ${required.includes(name) ? 'required' : defaultOf(property)} | ${cell(String(property.description ?? ''))} |`,
      );
      visitChildren(property, field);
    }
  };
  const visitChildren = (property: Node, field: string): void => {
    visit(property, field, (property.required as string[]) ?? []);
    const branches = (property.oneOf ?? []) as Node[];
    for (const branch of branches.map(resolve)) {
      if (!branch.properties) continue;
      const mode = ((branch.properties as Record<string, Node>).mode?.const as string) ?? '';
      visit(
        {
          properties: Object.fromEntries(
            Object.entries(branch.properties as Record<string, Node>).filter(([k]) => k !== 'mode'),
          ),
        },
        `${field}{mode=${mode}}`,
        (branch.required as string[]) ?? [],
      );
    }
    const items = property.items ? resolve(property.items as Node) : undefined;
    if (items?.properties) visit(items, `${field}[]`, (items.required as string[]) ?? []);
  };
  visit(schema, '', (schema.required as string[]) ?? []);
  return ['| Field | Type | Default | Description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function typeOf(node: Node): string {
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
  if (node.const !== undefined) return `\`${String(node.const)}\``;
  if (Array.isArray(node.anyOf)) return (node.anyOf as Node[]).map(typeOf).join(' or ');
  if (node.discriminator) return 'object, by `mode`';
  const format =
    typeof node.format === 'string' ? (stringFormats[node.format]?.noun ?? node.format) : undefined;
  if (format) return cell(format.replace(/^an? /, ''));
  if (node.type === 'array') {
    const items = node.items as Node | undefined;
    if (items && Array.isArray(items.enum))
      return `list of ${items.enum.map((v) => `\`${String(v)}\``).join(', ')}`;
    if (items && typeof items.format === 'string')
      return `list of ${cell(stringFormats[items.format]?.noun.replace(/^an? /, '') ?? items.format)}`;
    return 'list';
  }
  const range =
    node.minimum !== undefined && node.maximum !== undefined
      ? ` ${String(node.minimum)}–${String(node.maximum)}`
      : '';
  return `${String(node.type ?? 'value')}${range}`;
}

function defaultOf(node: Node): string {
  if (node.default === undefined) return '';
  const value = node.default;
  if (typeof value === 'object' && value !== null && Object.keys(value).length === 0) return '';
  return `\`${JSON.stringify(value)}\``;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
