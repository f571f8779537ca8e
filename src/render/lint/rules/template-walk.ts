import type { CloudFormationResource, CloudFormationTemplate } from '../../cloudformation-template.js';

/** Helpers shared by the template rules: reading parsed values, intrinsic functions and references. */

export type JsonObject = Readonly<Record<string, unknown>>;

/** The pseudo parameters CloudFormation defines; a `Ref` to one needs no declaration. */
export const PSEUDO_PARAMETERS: ReadonlySet<string> = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

export function isRecord(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Appends one segment to a dot path ("" is the root). */
export function childPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

/** The function name of an intrinsic (`Ref`, `Fn::Sub`, …): an object with exactly that one key. */
export function intrinsicName(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const [key] = keys;
  return key === 'Ref' || key === 'Condition' || key?.startsWith('Fn::') ? key : undefined;
}

/** `X` of `{ Ref: X }`. */
export function refTarget(value: unknown): string | undefined {
  if (intrinsicName(value) !== 'Ref') return undefined;
  const target = (value as JsonObject).Ref;
  return typeof target === 'string' ? target : undefined;
}

export interface GetAttTarget {
  readonly logicalId: string;
  /** The attribute name, or the value that computes it (`Fn::GetAtt: [X, { Ref: Attr }]`). */
  readonly attribute: unknown;
}

/** The resource and attribute of `Fn::GetAtt` in either form: `[id, attr]` or `"id.attr"` (split on the first dot). */
export function getAttTarget(value: unknown): GetAttTarget | undefined {
  if (intrinsicName(value) !== 'Fn::GetAtt') return undefined;
  const argument = (value as JsonObject)['Fn::GetAtt'];
  if (typeof argument === 'string') {
    const dot = argument.indexOf('.');
    if (dot <= 0 || dot === argument.length - 1) return undefined;
    return { logicalId: argument.slice(0, dot), attribute: argument.slice(dot + 1) };
  }
  if (Array.isArray(argument) && argument.length === 2) {
    const [logicalId, attribute] = argument as unknown[];
    if (typeof logicalId === 'string' && logicalId !== '') return { logicalId, attribute };
  }
  return undefined;
}

/** The logical id a value points at through `Ref` or `Fn::GetAtt`, such as the security group in `SecurityGroups`. */
export function referencedLogicalId(value: unknown): string | undefined {
  return refTarget(value) ?? getAttTarget(value)?.logicalId;
}

/** The template string and variables map of `Fn::Sub` in either form. */
export function subArguments(value: unknown): { text: string; variables: JsonObject } | undefined {
  if (intrinsicName(value) !== 'Fn::Sub') return undefined;
  const argument = (value as JsonObject)['Fn::Sub'];
  if (typeof argument === 'string') return { text: argument, variables: {} };
  if (Array.isArray(argument) && argument.length === 2) {
    const [text, variables] = argument as unknown[];
    if (typeof text === 'string' && isRecord(variables)) return { text, variables };
  }
  return undefined;
}

/** The names between `${` and `}` in a `Fn::Sub` string, without the `${!Literal}` escapes. */
export function subVariables(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(/\$\{([^}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!name.startsWith('!')) names.push(name);
  }
  return names;
}

/**
 * The string a value stands for when it is written literally: a string, or the
 * template of a `Fn::Sub` (whose `${…}` parts are unknown until deploy).
 */
export function literalText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return subArguments(value)?.text;
}

/** A value found at a path; `value` undefined means absent (or `Ref: AWS::NoValue`). */
export interface Found {
  readonly value: unknown;
  readonly path: string;
}

/**
 * The values a value may take: itself, or each branch of a `Fn::If` (nested
 * ones too), with `Ref: AWS::NoValue` read as absent.
 */
export function alternatives(value: unknown, path: string): Found[] {
  if (refTarget(value) === 'AWS::NoValue') return [{ value: undefined, path }];
  if (intrinsicName(value) === 'Fn::If') {
    const argument = (value as JsonObject)['Fn::If'];
    if (Array.isArray(argument) && argument.length === 3) {
      return [
        ...alternatives(argument[1], childPath(childPath(path, 'Fn::If'), 1)),
        ...alternatives(argument[2], childPath(childPath(path, 'Fn::If'), 2)),
      ];
    }
  }
  return [{ value, path }];
}

/**
 * The values at `keys` below `root` (at `rootPath`), through every `Fn::If`
 * branch on the way. Where an object or list is missing the value is absent;
 * the path still names the whole way, for findings about a missing setting.
 */
export function lookup(root: unknown, rootPath: string, keys: readonly (string | number)[]): Found[] {
  let found = alternatives(root, rootPath);
  for (const key of keys) {
    found = found.flatMap(({ value, path }) => {
      const next = childPath(path, key);
      if (typeof key === 'number') {
        return alternatives(Array.isArray(value) ? value[key] : undefined, next);
      }
      return alternatives(isRecord(value) ? value[key] : undefined, next);
    });
  }
  return found;
}

/**
 * The items of a list at `path`, through `Fn::If` on the list and on each
 * item; absent items (`AWS::NoValue`) are dropped. A value that is not a list
 * gives no items.
 */
export function listItems(value: unknown, path: string): Found[] {
  return alternatives(value, path).flatMap(({ value: list, path: listPath }) =>
    Array.isArray(list)
      ? list.flatMap((item, index) =>
          alternatives(item, childPath(listPath, index)).filter((found) => found.value !== undefined),
        )
      : [],
  );
}

/** A statement list, a single statement, or either behind `Fn::If`, as its statements. */
export function oneOrMany(value: unknown, path: string): Found[] {
  return alternatives(value, path).flatMap((found) =>
    Array.isArray(found.value)
      ? listItems(found.value, found.path)
      : found.value === undefined
        ? []
        : [found],
  );
}

/** The resources of a type, in template order. */
export function resourcesOfType(
  template: CloudFormationTemplate,
  type: string,
): [logicalId: string, resource: CloudFormationResource][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/**
 * A string value, or the `Default` of the parameter a `Ref` points at, which
 * is what the value is when the parameter is not overridden.
 */
export function resolveString(template: CloudFormationTemplate, value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const target = refTarget(value);
  if (target === undefined) return undefined;
  const fallback = template.Parameters?.[target]?.Default;
  return typeof fallback === 'string' ? fallback : undefined;
}

/** What the kit's rules show of a value in a message: absent values are "not set". */
export function describeValue(value: unknown): string {
  return value === undefined ? 'not set' : JSON.stringify(value);
}

/** What a reference must point at. */
export type ReferenceKind = 'Ref' | 'Fn::GetAtt' | 'Fn::Sub' | 'DependsOn' | 'Condition' | 'Fn::FindInMap';

/** Where in the template a reference was found. */
export type TemplateSection = 'Resources' | 'Outputs' | 'Conditions';

/** One use of a logical id (or a malformed attempt at one) somewhere in the template. */
export type Reference =
  | {
      readonly kind: ReferenceKind;
      readonly target: string;
      /** For `Fn::GetAtt`, and for `Fn::Sub` variables written `${X.Attr}`. */
      readonly attribute?: string;
      readonly section: TemplateSection;
      /** The resource, output or condition the reference sits in. */
      readonly logicalId: string;
      readonly path: string;
    }
  | {
      readonly kind: 'malformed';
      /** The intrinsic or attribute that is malformed. */
      readonly name: string;
      readonly section: TemplateSection;
      readonly logicalId: string;
      readonly path: string;
    };

type Origin = Pick<Reference, 'section' | 'logicalId'>;

/**
 * Every reference in the template's Resources, Outputs and Conditions:
 * `Ref`, `Fn::GetAtt`, the variables of `Fn::Sub`, `DependsOn`, `Condition`
 * attributes, the condition of each `Fn::If`, `Condition` inside Conditions
 * and the map of `Fn::FindInMap`. Values are walked all the way down, so a
 * `Ref` inside a `Fn::If` inside a `Fn::Join` is found.
 */
export function collectReferences(template: CloudFormationTemplate): Reference[] {
  const references: Reference[] = [];

  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    const origin: Origin = { section: 'Resources', logicalId };
    collectDependsOn(resource.DependsOn, origin, references);
    collectConditionAttribute(resource.Condition, origin, references);
    for (const [key, value] of Object.entries(resource)) {
      if (key === 'Type' || key === 'DependsOn' || key === 'Condition') continue;
      walkValue(value, key, origin, references);
    }
  }

  for (const [logicalId, output] of Object.entries(template.Outputs ?? {})) {
    const origin: Origin = { section: 'Outputs', logicalId };
    collectConditionAttribute(output.Condition, origin, references);
    for (const [key, value] of Object.entries(output)) {
      if (key === 'Condition') continue;
      walkValue(value, key, origin, references);
    }
  }

  for (const [logicalId, condition] of Object.entries(template.Conditions ?? {})) {
    walkValue(condition, '', { section: 'Conditions', logicalId }, references);
  }

  return references;
}

function collectDependsOn(dependsOn: unknown, origin: Origin, references: Reference[]): void {
  if (dependsOn === undefined) return;
  if (typeof dependsOn === 'string') {
    references.push({ kind: 'DependsOn', target: dependsOn, ...origin, path: 'DependsOn' });
    return;
  }
  if (!Array.isArray(dependsOn)) {
    references.push({ kind: 'malformed', name: 'DependsOn', ...origin, path: 'DependsOn' });
    return;
  }
  dependsOn.forEach((target: unknown, index) => {
    const path = childPath('DependsOn', index);
    if (typeof target === 'string') references.push({ kind: 'DependsOn', target, ...origin, path });
    else references.push({ kind: 'malformed', name: 'DependsOn', ...origin, path });
  });
}

function collectConditionAttribute(condition: unknown, origin: Origin, references: Reference[]): void {
  if (condition === undefined) return;
  if (typeof condition === 'string') {
    references.push({ kind: 'Condition', target: condition, ...origin, path: 'Condition' });
  } else {
    references.push({ kind: 'malformed', name: 'Condition', ...origin, path: 'Condition' });
  }
}

function walkValue(value: unknown, path: string, origin: Origin, references: Reference[]): void {
  if (Array.isArray(value)) {
    value.forEach((item: unknown, index) => {
      walkValue(item, childPath(path, index), origin, references);
    });
    return;
  }
  if (!isRecord(value)) return;

  const name = intrinsicName(value);
  // `Condition` is a function only inside Conditions; elsewhere it is an ordinary key (IAM statements).
  if (name !== undefined && (name !== 'Condition' || origin.section === 'Conditions')) {
    const argument = value[name];
    const at = childPath(path, name);
    collectIntrinsic(name, value, argument, at, origin, references);
    // Arguments may hold further references (a Ref inside Fn::Join, an Fn::If branch…).
    walkValue(argument, at, origin, references);
    return;
  }

  for (const [key, child] of Object.entries(value)) {
    walkValue(child, childPath(path, key), origin, references);
  }
}

function collectIntrinsic(
  name: string,
  value: JsonObject,
  argument: unknown,
  path: string,
  origin: Origin,
  references: Reference[],
): void {
  const malformed = () => references.push({ kind: 'malformed', name, ...origin, path });
  switch (name) {
    case 'Ref':
    case 'Condition':
      if (typeof argument === 'string') references.push({ kind: name, target: argument, ...origin, path });
      else malformed();
      return;
    case 'Fn::GetAtt': {
      const target = getAttTarget(value);
      if (target === undefined) {
        malformed();
        return;
      }
      references.push({
        kind: 'Fn::GetAtt',
        target: target.logicalId,
        ...(typeof target.attribute === 'string' ? { attribute: target.attribute } : {}),
        ...origin,
        path,
      });
      return;
    }
    case 'Fn::Sub': {
      const sub = subArguments(value);
      if (sub === undefined) {
        malformed();
        return;
      }
      const textPath = typeof argument === 'string' ? path : childPath(path, 0);
      for (const variable of subVariables(sub.text)) {
        if (Object.hasOwn(sub.variables, variable)) continue;
        const dot = variable.indexOf('.');
        if (dot > 0 && !PSEUDO_PARAMETERS.has(variable)) {
          references.push({
            kind: 'Fn::Sub',
            target: variable.slice(0, dot),
            attribute: variable.slice(dot + 1),
            ...origin,
            path: textPath,
          });
        } else {
          references.push({ kind: 'Fn::Sub', target: variable, ...origin, path: textPath });
        }
      }
      return;
    }
    case 'Fn::If': {
      if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') {
        malformed();
        return;
      }
      references.push({ kind: 'Condition', target: argument[0], ...origin, path: childPath(path, 0) });
      return;
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(argument) || argument.length < 3) {
        malformed();
        return;
      }
      // The map name may itself be computed; only a literal one can be checked.
      if (typeof argument[0] === 'string') {
        references.push({ kind: 'Fn::FindInMap', target: argument[0], ...origin, path: childPath(path, 0) });
      }
      return;
    }
    default:
      return;
  }
}
