import { describe, expect, it } from 'vitest';
import { readAllPages, UnexpectedAnswer } from './unexpected-answer.js';

describe('readAllPages', () => {
  it('follows NextToken to the last page; an empty token or no items end or skip cleanly', async () => {
    const pages: Record<string, { items: number[] | undefined; nextToken: string | undefined }> = {
      first: { items: [1, 2], nextToken: 'b' },
      b: { items: undefined, nextToken: 'c' },
      c: { items: [3], nextToken: '' },
    };
    const asked: (string | undefined)[] = [];
    const items = await readAllPages('x:List', async (token) => {
      asked.push(token);
      return pages[token ?? 'first'] ?? { items: [], nextToken: undefined };
    });
    expect(items).toEqual([1, 2, 3]);
    expect(asked).toEqual([undefined, 'b', 'c']);
  });

  it('stops on a token that comes back, instead of looping', async () => {
    let calls = 0;
    const error = await readAllPages('x:List', async (token) => {
      calls += 1;
      return { items: [calls], nextToken: token === 'a' ? 'b' : 'a' };
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedAnswer);
    expect(error).toMatchObject({
      action: 'x:List',
      message: 'x:List answered a NextToken it had already given',
    });
    expect(calls).toBe(3);
  });

  it('stops after 200 pages of fresh tokens', async () => {
    let calls = 0;
    const error = await readAllPages('x:List', async () => {
      calls += 1;
      return { items: [], nextToken: `t${calls}` };
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'x:List answered more than 200 pages' });
    expect(calls).toBe(200);
  });
});
