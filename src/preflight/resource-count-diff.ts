/** How many resources of one CloudFormation type the stack has before and after a change. */
export interface ResourceCountChange {
  readonly type: string;
  readonly before: number;
  readonly after: number;
}

/** The resource types whose count differs, sorted by type. */
export function diffResourceCounts(
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): ResourceCountChange[] {
  const types = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) =>
    a.localeCompare(b),
  );
  return types
    .map((type) => ({ type, before: before[type] ?? 0, after: after[type] ?? 0 }))
    .filter((change) => change.before !== change.after);
}
