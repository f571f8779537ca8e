import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { previewChangeSetNames } from './stk002-preview-change-set-names.js';

const check = (name: string) => previewChangeSetNames.check(contextFor({ name }));

describe('STK002 preview change-set names', () => {
  it.each(['test', 'prod', 'preview', 'prx', 'staging-pr'])('accepts %s', (name) => {
    expect(check(name)).toEqual([]);
  });

  it.each(['pr', 'pr-1', 'pr-review'])('refuses %s, whose deploys would be named like previews', (name) => {
    expect(check(name)).toEqual([
      {
        pointer: '/name',
        message: `the environment name "${name}" makes its deploy change sets start with dify-pr-, the names kept for pull-request previews, which no role may execute`,
        hint: 'Choose a name that is not pr and does not start with pr-, such as preview or staging.',
      },
    ]);
  });
});
