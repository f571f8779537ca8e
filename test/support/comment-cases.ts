import { readFileSync } from 'node:fs';
import { databaseReplaced, serviceModified } from '../../src/aws/deploy/deploy-test-fixtures.js';
import { judgeChangeSet } from '../../src/aws/deploy/index.js';
import { VERSION } from '../../src/cli/version.js';
import { type AwsChanges, predictedChanges } from '../../src/preflight/aws-changes.js';
import {
  type EnvironmentPreflight,
  preflightPullRequestFile,
} from '../../src/preflight/preflight-pull-request-file.js';
import { merge } from './environment-fixtures.js';

/** Test support: the pull-request preflights the comment is reviewed through (golden files, the artifact). */

export const DEV = 'examples/environments/dev.json';
export const PROD = 'examples/environments/prod-closed.json';
const read = (file: string) => readFileSync(file, 'utf8');

export interface CommentCase {
  readonly preflight: EnvironmentPreflight;
  readonly changes: AwsChanges | undefined;
}

export function edited(file: string, overrides: Record<string, unknown>): string {
  return `${JSON.stringify(merge(JSON.parse(read(file)), overrides), null, 2)}\n`;
}

/** A change set as CloudFormation describes one (IncludePropertyValues), for the role path. */
function changeSetReplacingTheDatabase(): AwsChanges {
  const changes = [...databaseReplaced, ...serviceModified];
  const verdict = judgeChangeSet({ changes, templateTypes: {}, allowReplacement: [] });
  const guard = verdict.statefulGuard;
  return {
    source: 'change-set',
    changeSetName: `dify-pr-12-${'f'.repeat(12)}`,
    rows: verdict.rows,
    stateful: [...guard.allowed, ...(guard.verdict === 'refuse' ? guard.refused : [])],
  };
}

function offline(file: string, text: string, base: { text: string } | 'absent', why: string): CommentCase {
  const preflight = preflightPullRequestFile({ file, content: { ok: true, text }, base }, VERSION);
  return { preflight, changes: predictedChanges(preflight, why) };
}

export const commentCases: readonly (readonly [string, () => CommentCase])[] = [
  ['dev-new-file', () => offline(DEV, read(DEV), 'absent', 'no role-arn is set')],
  [
    'dev-changed-offline',
    () =>
      offline(
        DEV,
        edited(DEV, {
          network: { egress: 'nat-gateway', natInstanceType: undefined, natGateways: 'single' },
          dify: { services: { api: { desiredCount: 2 } } },
          database: { maxCapacity: 4 },
        }),
        { text: read(DEV) },
        'no role-arn is set',
      ),
  ],
  [
    'dev-renamed-offline',
    () =>
      offline(
        DEV,
        edited(DEV, { stackName: 'dify-dev-2' }),
        { text: read(DEV) },
        'a pull request from a fork gets no AWS credentials',
      ),
  ],
  [
    'prod-closed-change-set',
    () => {
      const text = edited(PROD, { dify: { services: { api: { desiredCount: 3 } } } });
      const preflight = preflightPullRequestFile(
        { file: PROD, content: { ok: true, text }, base: { text: read(PROD) } },
        VERSION,
      );
      return { preflight, changes: changeSetReplacingTheDatabase() };
    },
  ],
  [
    'invalid',
    () => {
      const file = 'test/fixtures/invalid/format-bad-cidr.json';
      const preflight = preflightPullRequestFile(
        { file, content: { ok: true, text: read(file) }, base: { text: read(file) } },
        VERSION,
      );
      return { preflight, changes: undefined };
    },
  ],
];
