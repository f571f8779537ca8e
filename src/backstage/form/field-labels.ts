import { OFF_THE_FORM, pageOf } from './pages.js';
import {
  discriminatedBranches,
  environmentRoot,
  propertiesOf,
  resolveRef,
  type SchemaNode,
} from './schema-nodes.js';

/** Where a value of environment.json is on the form, in the words the form shows. */
export interface FieldLabel {
  /** The form page's title, when the field is on the form. */
  readonly page?: string;
  /** The field's titles from the page down, joined with › ("VPC › VPC CIDR"); "" for the page's own section. */
  readonly field: string;
  /** The field's path in environment.json, dotted ("network.vpc.cidr"). */
  readonly path: string;
}

/**
 * The form field of a JSON pointer into environment.json, named with the titles the form
 * shows (the schema's titles), so that an error says where to go and what to change.
 */
export function fieldLabel(pointer: string): FieldLabel {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map(unescapeSegment);
  const path = segments.join('.');
  const page = segments[0] === undefined ? undefined : pageOf(segments[0]);
  const titles: string[] = [];
  let node: SchemaNode | undefined = environmentRoot;
  let pointerSoFar = '';
  let onForm = page !== undefined;
  for (const segment of segments) {
    pointerSoFar += `/${segment}`;
    if (Object.hasOwn(OFF_THE_FORM, pointerSoFar)) onForm = false;
    node = node === undefined ? undefined : childOf(node, segment);
    if (/^\d+$/.test(segment)) titles.push(`item ${Number(segment) + 1}`);
    else titles.push(typeof node?.title === 'string' ? node.title : segment);
  }
  // The page and its only section often share a title ("Network" › "Network"): say it once.
  if (page && titles[0] === page.title) titles.shift();
  const field = titles.join(' › ');
  return onForm && page ? { page: page.title, field, path } : { field, path };
}

function childOf(parent: SchemaNode, segment: string): SchemaNode | undefined {
  const node = resolveRef(parent);
  if (node.items !== undefined && /^\d+$/.test(segment)) return resolveRef(node.items as SchemaNode);
  const own = propertiesOf(node)[segment];
  if (own !== undefined) return resolveRef(own);
  // A discriminated object (the VPC): the field belongs to whichever branch declares it.
  for (const branch of discriminatedBranches(node)?.branches ?? []) {
    const inBranch = propertiesOf(branch.schema)[segment];
    if (inBranch !== undefined) return resolveRef(inBranch);
  }
  return undefined;
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
