/**
 * A small evaluator of IAM policies, for tests that prove what a rendered
 * policy allows rather than how it is spelled. It follows IAM's documented
 * evaluation logic for identity policies and permissions boundaries in one
 * account (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html):
 * an explicit Deny in either wins; otherwise the identity policies must allow
 * and, when there is a boundary, so must the boundary. Within a statement the
 * action, the resource and every condition must match; condition operators
 * are ANDed, the values of one key ORed. Supported: the String, Arn, Null and
 * Bool operators, `IfExists`, `ForAllValues:` / `ForAnyValue:`, and policy
 * variables (`${aws:PrincipalTag/…}`) in resources and condition values.
 * Anything else (NotAction, NotResource, Principal matching, another operator)
 * throws, so that a policy this helper cannot judge fails the test instead of
 * passing it.
 */

export interface Statement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly NotAction?: unknown;
  readonly NotResource?: unknown;
}

/** The request context: condition keys (compared without regard to case) and their values. */
export type RequestContext = Readonly<Record<string, string | readonly string[]>>;

export interface Request {
  readonly action: string;
  readonly resource: string;
  readonly context?: RequestContext;
}

export type Decision = 'allowed' | 'denied' | 'not allowed';

export interface Principal {
  readonly identity: readonly Statement[];
  readonly boundary?: readonly Statement[];
}

/** Explicit deny wins; then the identity policies must allow, and the boundary too when there is one. */
export function decide(principal: Principal, request: Request): Decision {
  const all = [...principal.identity, ...(principal.boundary ?? [])];
  if (all.some((statement) => statement.Effect === 'Deny' && applies(statement, request))) return 'denied';
  const allowedBy = (statements: readonly Statement[]) =>
    statements.some((statement) => statement.Effect === 'Allow' && applies(statement, request));
  if (!allowedBy(principal.identity)) return 'not allowed';
  if (principal.boundary !== undefined && !allowedBy(principal.boundary)) return 'not allowed';
  return 'allowed';
}

/** Which statements (by Sid) apply to the request: for a test's failure message. */
export function applyingStatements(statements: readonly Statement[], request: Request): string[] {
  return statements
    .filter((statement) => applies(statement, request))
    .map((s) => `${s.Effect} ${s.Sid ?? '?'}`);
}

function applies(statement: Statement, request: Request): boolean {
  if (statement.NotAction !== undefined || statement.NotResource !== undefined) {
    throw new Error(
      `statement ${statement.Sid ?? ''}: NotAction and NotResource are not supported by this evaluator`,
    );
  }
  const context = request.context ?? {};
  const actions = list(statement.Action);
  if (!actions.some((pattern) => globMatch(pattern.toLowerCase(), request.action.toLowerCase())))
    return false;
  const resources = list(statement.Resource);
  if (
    !resources.some((pattern) => {
      const resolved = substitute(pattern, context);
      return resolved !== undefined && globMatch(resolved, request.resource);
    })
  ) {
    return false;
  }
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, values]) => conditionHolds(operator, key, list(values), context)),
  );
}

function conditionHolds(
  operator: string,
  key: string,
  policyValues: string[],
  context: RequestContext,
): boolean {
  const found = lookup(context, key);
  if (operator === 'Null') {
    const wantsAbsent = policyValues[0] === 'true';
    return wantsAbsent === (found === undefined);
  }
  const match = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/.exec(operator);
  if (!match) throw new Error(`cannot read the condition operator ${operator}`);
  const [, setOperator, base = '', ifExists] = match;
  const test = valueTest(base);
  const values = policyValues.map((value) => substitute(value, context));
  const matchesAny = (actual: string) =>
    values.some((value) => value !== undefined && test.matches(value, actual));
  if (found === undefined) {
    if (setOperator === 'ForAllValues') return true;
    if (setOperator === 'ForAnyValue') return false;
    // A missing key fails a condition, unless IfExists or a negated operator (IAM's documented behaviour).
    return ifExists !== undefined || test.negated;
  }
  const actuals = typeof found === 'string' ? [found] : [...found];
  if (setOperator === 'ForAllValues') {
    return actuals.every((actual) => (test.negated ? !matchesAny(actual) : matchesAny(actual)));
  }
  if (setOperator === 'ForAnyValue' || actuals.length > 1) {
    return actuals.some((actual) => (test.negated ? !matchesAny(actual) : matchesAny(actual)));
  }
  const [actual = ''] = actuals;
  return test.negated ? !matchesAny(actual) : matchesAny(actual);
}

interface ValueTest {
  readonly negated: boolean;
  readonly matches: (policyValue: string, actual: string) => boolean;
}

function valueTest(operator: string): ValueTest {
  const equals = (a: string, b: string) => a === b;
  const ignoreCase = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  switch (operator) {
    case 'StringEquals':
      return { negated: false, matches: equals };
    case 'StringNotEquals':
      return { negated: true, matches: equals };
    case 'StringEqualsIgnoreCase':
      return { negated: false, matches: ignoreCase };
    case 'StringNotEqualsIgnoreCase':
      return { negated: true, matches: ignoreCase };
    case 'StringLike':
      return { negated: false, matches: globMatch };
    case 'StringNotLike':
      return { negated: true, matches: globMatch };
    case 'ArnEquals':
    case 'ArnLike':
      return { negated: false, matches: arnMatch };
    case 'ArnNotEquals':
    case 'ArnNotLike':
      return { negated: true, matches: arnMatch };
    case 'Bool':
      return { negated: false, matches: ignoreCase };
    default:
      throw new Error(`the condition operator ${operator} is not supported by this evaluator`);
  }
}

/** ARN comparison: each of the six colon-separated parts on its own, wildcards within a part. */
function arnMatch(pattern: string, arn: string): boolean {
  const split = (text: string) => {
    const parts = text.split(':');
    return [...parts.slice(0, 5), parts.slice(5).join(':')];
  };
  const patternParts = split(pattern);
  const arnParts = split(arn);
  if (patternParts.length !== arnParts.length) return false;
  return patternParts.every((part, index) => globMatch(part, arnParts[index] ?? ''));
}

/** IAM's wildcards: `*` any run of characters (also none), `?` one character; everything else literal. */
export function globMatch(pattern: string, text: string): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${source}$`, 's').test(text);
}

/** `${key}` policy variables from the request context; undefined when one is missing (nothing then matches). */
function substitute(text: string, context: RequestContext): string | undefined {
  let missing = false;
  const result = text.replace(/\$\{([^}]+)\}/g, (_whole, key: string) => {
    const value = lookup(context, key);
    if (typeof value !== 'string') {
      missing = true;
      return '';
    }
    return value;
  });
  return missing ? undefined : result;
}

function lookup(context: RequestContext, key: string): string | readonly string[] | undefined {
  const wanted = key.toLowerCase();
  const entry = Object.entries(context).find(([name]) => name.toLowerCase() === wanted);
  return entry?.[1];
}

function list(value: unknown): string[] {
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.map((item) => {
    if (typeof item !== 'string') throw new Error(`unresolved policy value ${JSON.stringify(item)}`);
    return item;
  });
}
