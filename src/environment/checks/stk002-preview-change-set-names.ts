import type { PolicyCheck } from './policy-check.js';

/**
 * A deploy names its change set `dify-<environment>-<run>`, and pull-request
 * previews name theirs `dify-pr-…`; every role the bootstrap creates is denied
 * ExecuteChangeSet on `dify-pr-*`, so that no preview is ever executed. An
 * environment called `pr` or `pr-…` could therefore never be deployed.
 */
export const previewChangeSetNames: PolicyCheck = {
  id: 'STK002',
  title: "The environment's change sets are never taken for pull-request previews",
  severity: 'error',
  check({ environment }) {
    const { name } = environment;
    if (name !== 'pr' && !name.startsWith('pr-')) return [];
    return [
      {
        pointer: '/name',
        message: `the environment name ${JSON.stringify(name)} makes its deploy change sets start with dify-pr-, the names kept for pull-request previews, which no role may execute`,
        hint: 'Choose a name that is not pr and does not start with pr-, such as preview or staging.',
      },
    ];
  },
};
