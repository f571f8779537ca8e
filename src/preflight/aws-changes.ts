import type { ChangeRow, GuardedChange } from '../aws/deploy/index.js';
import type { EnvironmentPreflight } from './preflight-pull-request-file.js';

/**
 * What a deploy of the pull request would do to the stack, and how it is known:
 * from a change set CloudFormation computed (credentials), or predicted offline
 * from the base and new templates.
 */
export type AwsChanges =
  | {
      readonly source: 'change-set';
      readonly changeSetName: string;
      /** Empty when CloudFormation found nothing to change. */
      readonly rows: readonly ChangeRow[];
      /** Stateful resources the change set would replace or remove. */
      readonly stateful: readonly GuardedChange[];
    }
  | {
      /** The stack does not exist yet: a deploy creates it. */
      readonly source: 'new-stack';
      readonly resourceCount: number;
    }
  | {
      readonly source: 'predicted';
      readonly rows: readonly ChangeRow[];
      readonly stateful: readonly GuardedChange[];
      /** Why there is no change set: no credentials, a fork, or the change set could not be made. */
      readonly why: string;
    };

/** Logical ids of every resource the changes replace, for certain or possibly. */
export function replacedLogicalIds(changes: AwsChanges | undefined): string[] {
  if (changes === undefined || changes.source === 'new-stack') return [];
  return changes.rows
    .filter((row) => row.action === 'replace' || row.action === 'conditional-replace')
    .map((row) => row.logicalId);
}

/**
 * The offline prediction as what a deploy would do, saying why there is no change
 * set; undefined when there is nothing to predict from (errors, or an invalid base).
 */
export function predictedChanges(preflight: EnvironmentPreflight, why: string): AwsChanges | undefined {
  const comparison = preflight.comparison;
  if (comparison === undefined || comparison.base === 'invalid') return undefined;
  return {
    source: 'predicted',
    rows: comparison.predicted.rows,
    stateful: comparison.predicted.statefulReplacements,
    why,
  };
}
