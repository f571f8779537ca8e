/**
 * An AWS call answered without an error but with something the kit cannot act
 * on: a field that is always there missing, a list that cannot be empty empty,
 * a page token that does not move. Acting on it as if it meant "nothing" (no
 * stack, no changes, in sync) is how a deploy creates a second stack or
 * executes a change set its guard never saw, so the caller stops instead.
 */
export class UnexpectedAnswer extends Error {
  constructor(
    /** The API action that answered, such as `cloudformation:DescribeStacks`. */
    readonly action: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnexpectedAnswer';
  }
}

/** One page of a paginated AWS answer. */
export interface Page<T> {
  readonly items: readonly T[] | undefined;
  readonly nextToken: string | undefined;
}

/** More pages than any stack of the kit has: the token is going round. */
const MAX_PAGES = 200;

/**
 * Every item of every page, following NextToken until it is empty. A token that
 * comes back twice, or more pages than a stack can fill, is an UnexpectedAnswer
 * rather than a loop that never ends.
 */
export async function readAllPages<T>(
  action: string,
  fetchPage: (nextToken: string | undefined) => Promise<Page<T>>,
): Promise<T[]> {
  const items: T[] = [];
  const tokens = new Set<string>();
  let nextToken: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages >= MAX_PAGES)
      throw new UnexpectedAnswer(action, `${action} answered more than ${MAX_PAGES} pages`);
    const page = await fetchPage(nextToken);
    items.push(...(page.items ?? []));
    nextToken = page.nextToken === '' ? undefined : page.nextToken;
    if (nextToken === undefined) return items;
    if (tokens.has(nextToken))
      throw new UnexpectedAnswer(action, `${action} answered a NextToken it had already given`);
    tokens.add(nextToken);
  }
}
