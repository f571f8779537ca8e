import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { stackNamePrefix } from './stk001-stack-name-prefix.js';

const check = (overrides: Record<string, unknown>) => stackNamePrefix.check(contextFor(overrides));

describe('STK001 stack name prefix', () => {
  it('accepts the default stack name, the prefix and name, and the prefix and name with a suffix', () => {
    expect(check({})).toEqual([]);
    expect(check({ stackName: 'dify-test' })).toEqual([]);
    expect(check({ stackName: 'dify-test-blue' })).toEqual([]);
    expect(check({ stackPrefix: 'acme-dify-' })).toEqual([]);
    expect(check({ stackPrefix: 'acme-dify-', stackName: 'acme-dify-test-2' })).toEqual([]);
  });

  it("refuses a dev file that names another environment's stack", () => {
    expect(check({ name: 'dev', stackName: 'dify-prod' })).toEqual([
      {
        pointer: '/stackName',
        message:
          'the stack name "dify-prod" does not start with "dify-dev" (the stack prefix "dify-" and the environment\'s name "dev"), so the environment\'s deploy role may not touch it',
        hint: 'Name the stack dify-dev or dify-dev-<suffix>; when the account was bootstrapped with another --stack-prefix, set stackPrefix to it.',
      },
    ]);
  });

  it.each([
    ['a name that only starts like it', 'dify-testing'],
    ['the prefix alone', 'dify-'],
    ['another case', 'Dify-test'],
    ['no prefix', 'test'],
    ['the name before the prefix', 'test-dify'],
  ])('refuses %s (%s)', (_case, stackName) => {
    expect(check({ stackName }).map((finding) => finding.pointer)).toEqual(['/stackName']);
  });

  it('refuses a stack name under the default prefix when the file declares another, and says so', () => {
    const [finding] = check({ stackPrefix: 'acme-', stackName: 'dify-test' });
    expect(finding?.message).toContain('does not start with "acme-test"');
    expect(finding?.hint).toBe(
      'Name the stack acme-test or acme-test-<suffix>, or set stackPrefix to the --stack-prefix the account was bootstrapped with.',
    );
  });
});
