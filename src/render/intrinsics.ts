/** CloudFormation intrinsic functions in long form, as plain values the `yaml` filter writes out. */
export type Intrinsic =
  | { readonly Ref: string }
  | { readonly 'Fn::GetAtt': readonly [string, string] }
  | { readonly 'Fn::Sub': string | readonly [string, Readonly<Record<string, unknown>>] }
  | { readonly 'Fn::Select': readonly [number, unknown] }
  | { readonly 'Fn::GetAZs': string }
  | { readonly 'Fn::Join': readonly [string, readonly unknown[]] };

export const ref = (logicalId: string): Intrinsic => ({ Ref: logicalId });
export const getAtt = (logicalId: string, attribute: string): Intrinsic => ({
  'Fn::GetAtt': [logicalId, attribute],
});
export const sub = (text: string, variables?: Readonly<Record<string, unknown>>): Intrinsic => ({
  'Fn::Sub': variables ? [text, variables] : text,
});
export const availabilityZone = (index: number): Intrinsic => ({
  'Fn::Select': [index, { 'Fn::GetAZs': '' }],
});

/** `${Name}` written literally inside an Fn::Sub string: user text never goes there unescaped. */
export function escapeForSub(text: string): string {
  return text.replaceAll('${', '${!');
}

/**
 * A user's text exactly as written. CloudFormation substitutes nothing outside
 * Fn::Sub, so `${Name}` in a plain string already stays literal, but its linter
 * (cfn-lint E1029) reads it there as a forgotten Fn::Sub and fails the template.
 * Text holding `${` is therefore written as an Fn::Sub with every `${` escaped
 * as `${!`, which CloudFormation and its linter both read as the literal `${`:
 * the text arrives unchanged, and nothing in it is ever substituted.
 */
export function literalText(text: string): string | Intrinsic {
  return text.includes('${') ? sub(escapeForSub(text)) : text;
}

/** Stack tags as a resource's Tags list, with a Name tag first. */
export function tagList(
  name: string,
  tags: Readonly<Record<string, string>>,
): { Key: string; Value: string }[] {
  return [{ Key: 'Name', Value: name }, ...Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))];
}

/** The values without repeats, in the order they first appear; intrinsics are compared by their JSON. */
export function uniqueValues<T>(values: readonly T[]): T[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
