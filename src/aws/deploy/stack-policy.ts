import { isStatefulResourceType } from '../../render/lint/rules/sec007-stateful-protection.js';

/** A CloudFormation stack policy, as the kit writes it. */
export interface StackPolicy {
  readonly Statement: readonly StackPolicyStatement[];
}

export interface StackPolicyStatement {
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal: '*';
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
}

/** The update actions that lose a stateful resource's data. */
export const GUARDED_UPDATE_ACTIONS = ['Update:Replace', 'Update:Delete'] as const;

/** The logical ids of the resources that hold data (STATEFUL_RESOURCE_TYPES), sorted. */
export function statefulLogicalIds(resourceTypes: Readonly<Record<string, string>>): string[] {
  return Object.entries(resourceTypes)
    .filter(([, type]) => isStatefulResourceType(type))
    .map(([logicalId]) => logicalId)
    .sort();
}

/**
 * The permanent stack policy: every update is allowed, except replacing or
 * deleting the stateful resources (an explicit Deny wins over the Allow).
 */
export function protectiveStackPolicy(statefulIds: readonly string[]): string {
  const allow: StackPolicyStatement = { Effect: 'Allow', Principal: '*', Action: 'Update:*', Resource: '*' };
  const ids = [...new Set(statefulIds)].sort();
  const statements: StackPolicyStatement[] =
    ids.length === 0
      ? [allow]
      : [
          allow,
          {
            Effect: 'Deny',
            Principal: '*',
            Action: [...GUARDED_UPDATE_ACTIONS],
            Resource: ids.map((id) => `LogicalResourceId/${id}`),
          },
        ];
  return stringify({ Statement: statements });
}

/**
 * The policy for one deploy that `allowReplacement` lets replace or remove some
 * stateful resources: the given policy without those ids in its Deny statements
 * (a Deny left with no resource goes). The policy is unchanged when it names none.
 * ExecuteChangeSet takes no policy for the duration of an update, so the deploy
 * sets this one before executing and the protective one again afterwards.
 */
export function stackPolicyAllowing(policyJson: string, allowReplacement: readonly string[]): string {
  const policy = parseStackPolicy(policyJson);
  const allowed = new Set(allowReplacement.map((id) => `LogicalResourceId/${id}`));
  const statements = policy.Statement.flatMap((statement): StackPolicyStatement[] => {
    if (statement.Effect !== 'Deny') return [statement];
    const resources = typeof statement.Resource === 'string' ? [statement.Resource] : statement.Resource;
    const kept = resources.filter((resource) => !allowed.has(resource));
    if (kept.length === resources.length) return [statement];
    return kept.length === 0 ? [] : [{ ...statement, Resource: kept }];
  });
  return stringify({ Statement: statements });
}

/** Reads a stack policy; throws a TypeError naming what is wrong when it is not one. */
export function parseStackPolicy(policyJson: string): StackPolicy {
  let parsed: unknown;
  try {
    parsed = JSON.parse(policyJson);
  } catch (error) {
    throw new TypeError(`the stack policy is not JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as StackPolicy).Statement))
    throw new TypeError('the stack policy has no Statement list');
  return parsed as StackPolicy;
}

function stringify(policy: StackPolicy): string {
  return JSON.stringify(policy, null, 2);
}
