import type { PolicyStatement } from './policy-statement.js';

/** GitHub's OIDC issuer and the audience configure-aws-credentials asks for. */
export const GITHUB_OIDC_URL = 'https://token.actions.githubusercontent.com';
export const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';
export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';

const SUBJECT = `${GITHUB_OIDC_HOST}:sub`;
const AUDIENCE = `${GITHUB_OIDC_HOST}:aud`;

/** The logical ids the trust statements refer to, in the bootstrap template. */
const PROVIDER = {
  'Fn::If': ['CreateOidcProvider', { Ref: 'GitHubOidcProvider' }, { Ref: 'ExistingOidcProviderArn' }],
};

/** The `sub` of a job that runs in a GitHub environment. */
export const environmentSubject = (repository: string, environment: string) =>
  `repo:${repository}:environment:${environment}`;
/** The `sub` of a job of a push, schedule or dispatch on a branch (in no environment). */
export const branchSubject = (repository: string, branch: string) =>
  `repo:${repository}:ref:refs/heads/${branch}`;
/** The `sub` of a pull request's job (in no environment). */
export const pullRequestSubject = (repository: string) => `repo:${repository}:pull_request`;

/**
 * Trust for jobs of the given environments: GitHub spells the repository in
 * `sub` as github.com shows it (Octo-Org/Repo), and environment names are
 * case-insensitive, so the whole subject is compared without regard to case.
 * No wildcard: nothing but these environments of this repository matches.
 */
export function environmentTrust(repository: string, environments: readonly string[]): PolicyStatement {
  return trust('GitHubEnvironments', {
    StringEqualsIgnoreCase: { [SUBJECT]: environments.map((e) => environmentSubject(repository, e)) },
  });
}

/**
 * Trust for jobs on the given branches. The repository is compared without
 * regard to case (as above) but the branch exactly, since git tells `main` from
 * `MAIN` and only one of them may be protected: the second condition pins the
 * branch's spelling, the first the rest of the subject.
 */
export function branchTrust(repository: string, branches: readonly string[]): PolicyStatement {
  return trust('GitHubBranches', {
    StringEqualsIgnoreCase: { [SUBJECT]: branches.map((b) => branchSubject(repository, b)) },
    StringLike: { [SUBJECT]: branches.map((b) => `repo:*:ref:refs/heads/${b}`) },
  });
}

/**
 * The read-only role's trust: the repository's pull requests (compared
 * without regard to case), and its branch runs (scheduled drift checks), where
 * a wildcard is needed and IAM's wildcard comparison is case-sensitive: the
 * repository must be spelled as github.com shows it.
 */
export function readOnlyTrust(repository: string): PolicyStatement[] {
  return [
    trust('GitHubPullRequests', { StringEqualsIgnoreCase: { [SUBJECT]: pullRequestSubject(repository) } }),
    trust('GitHubBranchRuns', { StringLike: { [SUBJECT]: branchSubject(repository, '*') } }),
  ];
}

function trust(Sid: string, subjectCondition: Record<string, Record<string, unknown>>): PolicyStatement {
  return {
    Sid,
    Effect: 'Allow',
    Principal: { Federated: PROVIDER },
    Action: 'sts:AssumeRoleWithWebIdentity',
    Condition: { StringEquals: { [AUDIENCE]: GITHUB_OIDC_AUDIENCE }, ...subjectCondition },
  };
}

/** The trust policy's size as IAM counts it, with the longest provider ARN in place of the intrinsic. */
export function trustPolicyCharacters(statements: readonly PolicyStatement[]): number {
  const resolved = statements.map((statement) => ({
    ...statement,
    Principal: { Federated: `arn:aws-us-gov:iam::123456789012:oidc-provider/${GITHUB_OIDC_HOST}` },
  }));
  return JSON.stringify({ Version: '2012-10-17', Statement: resolved }).length;
}
