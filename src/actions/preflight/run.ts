import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { type Clock, systemClock } from '../../aws/deploy/index.js';
import { VERSION } from '../../cli/version.js';
import type { AwsChanges } from '../../preflight/aws-changes.js';
import { preflightPullRequestFile } from '../../preflight/preflight-pull-request-file.js';
import {
  type CheckedEnvironment,
  type PreflightTotals,
  preflightTotals,
} from '../../preflight/preflight-totals.js';
import { type EnvironmentComment, environmentCommentOf } from '../../report/comment-data.js';
import { renderPullRequestComment } from '../../report/pull-request-comment.js';
import { plural } from '../../text/plural.js';
import { annotateDiagnostics } from '../shared/diagnostic-annotations.js';
import { failStep, StepFailure } from '../shared/failure.js';
import * as log from '../shared/log.js';
import { runUrl } from '../shared/run-url.js';
import { annotateTemplateFindings } from './annotate-template-findings.js';
import { type AwsAccess, awsChangesFor } from './aws-changes-for.js';
import {
  COMMENT_ARTIFACT_NAME,
  type PreflightCommentArtifact,
  writeCommentArtifact,
} from './comment-artifact.js';
import { changedAmong, findEnvironmentFiles, readWorkspaceFile, removedAmong } from './environment-files.js';
import { octokitPullRequestClient, type PullRequestClient } from './octokit-pull-request-client.js';
import { postCommentsFromArtifact } from './post-comments-from-artifact.js';
import { type PreflightInputs, readPreflightInputs } from './preflight-inputs.js';
import { PREFLIGHT_OUTPUTS } from './preflight-outputs.js';
import { type PullRequestContext, readPullRequestContext } from './pull-request-context.js';
import { commentMarker, syncStickyComment } from './sticky-comment.js';

export interface RunOptions {
  /** The system clock unless a test injects one. */
  readonly clock?: Clock;
  /** In [0, 1): polling jitter; Math.random unless a test fixes it. */
  readonly random?: () => number;
  /** Uploads the comments of a fork's run; @actions/artifact unless a test replaces it. */
  readonly uploadArtifact?: ArtifactUpload;
  /** Aborts the change sets (and deletes them); by default SIGINT and SIGTERM, which GitHub sends on cancel. */
  readonly signal?: AbortSignal;
}

export type ArtifactUpload = (name: string, files: string[], rootDirectory: string) => Promise<void>;

/** The login GITHUB_TOKEN writes as: only its comments are the kit's. */
export const BOT_LOGIN = 'github-actions[bot]';

/** One environment's outcome, with the comment about it: its data and, rendered, its body. */
interface CommentedEnvironment extends CheckedEnvironment {
  readonly comment: EnvironmentComment;
  readonly body: string;
}

/**
 * The preflight action: find the environment files the pull request changes,
 * check each one (annotations on the lines), compare it with the base branch,
 * learn what a deploy would do (a change set with the read-only role, or
 * predicted offline), and report: one sticky comment per environment, the job
 * summary and the outputs. Errors fail the step; warnings too with fail-on-warnings.
 */
export async function run(options: RunOptions = {}): Promise<void> {
  const clock = options.clock ?? systemClock;
  const cancellation = options.signal === undefined ? abortOnSignals() : undefined;
  const signal = options.signal ?? cancellation?.signal ?? new AbortController().signal;
  try {
    const inputs = readPreflightInputs();
    if (inputs.postCommentsFrom !== undefined) {
      await postCommentsFromArtifact(githubClient(inputs, repositoryOfRun()), {
        directory: inputs.postCommentsFrom,
        environmentFiles: inputs.environmentFiles,
        botLogin: BOT_LOGIN,
      });
      return;
    }
    const pullRequest = await readPullRequestContext();
    const client = githubClient(inputs, pullRequest);
    PREFLIGHT_OUTPUTS.set('from-fork', String(pullRequest?.fromFork ?? false));

    const files = await filesToCheck(inputs, pullRequest, client);
    if (files.length === 0) {
      reportNothingToCheck(inputs);
      // The fork's comment workflow downloads the artifact whatever happened: give it one.
      if (pullRequest?.fromFork && inputs.comment) await deliverComments([], pullRequest, client, options);
      return;
    }

    const access = awsAccess(inputs, pullRequest);
    if (access.mode === 'offline') log.info(`changes are predicted offline: ${access.why}`);
    const deadline = clock.now() + inputs.timeoutMinutes * 60_000;
    const checked: CommentedEnvironment[] = [];
    for (const file of files) {
      if (signal.aborted) throw new StepFailure('the run was cancelled before every file was checked');
      const preflight = preflightPullRequestFile(
        {
          file,
          content: await readWorkspaceFile(file, workspace()),
          base: await baseOf(file, pullRequest, client),
        },
        VERSION,
      );
      annotateDiagnostics(preflight.result.check.diagnostics);
      annotateTemplateFindings(preflight.file, preflight.result);
      const changes = await awsChangesFor(preflight, access, {
        clock,
        random: options.random,
        deadline,
        signal,
        log: (line) => log.info(line),
        warn: (message) => log.warning(message, { file: preflight.file }),
      });
      annotateStatefulChanges(preflight.file, changes);
      // Whole here (the job summary and the `report` output); cut to GitHub's limit only where it is posted.
      const comment = environmentCommentOf(preflight, changes);
      const body = renderPullRequestComment({
        marker: commentMarker(comment.environment),
        comment,
        links: pullRequest && sourceLinks(pullRequest),
        kitVersion: VERSION,
        runUrl: runUrl(),
      });
      checked.push({ preflight, changes, comment, body });
    }

    const report = checked.map((environment) => environment.body).join('\n---\n\n');
    await core.summary.addRaw(report).write();
    const totals = setOutputs(checked, report);
    if (pullRequest && inputs.comment) await deliverComments(checked, pullRequest, client, options);

    if (totals.errors > 0)
      throw new StepFailure(
        `${plural(totals.errors, 'error')} in the environment files (annotated on their lines, and in the comment): fix them and push again.`,
      );
    if (inputs.failOnWarnings && totals.warnings > 0)
      throw new StepFailure(
        `${plural(totals.warnings, 'warning')} and fail-on-warnings is true: fix them (see the annotations and the comment), or set fail-on-warnings: false.`,
      );
  } catch (error) {
    failStep(error);
  } finally {
    cancellation?.dispose();
  }
}

/** Where the repository is checked out: the patterns and the annotations are relative to it. */
function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

function githubClient(
  inputs: PreflightInputs,
  repository: { readonly owner: string; readonly repo: string } | undefined,
): PullRequestClient | undefined {
  if (repository === undefined || inputs.githubToken === undefined) return undefined;
  // @actions/github reads GITHUB_API_URL once, when it is loaded; this reads it now (GitHub Enterprise Server too).
  const baseUrl = process.env.GITHUB_API_URL || 'https://api.github.com';
  return octokitPullRequestClient(github.getOctokit(inputs.githubToken, { baseUrl }), {
    owner: repository.owner,
    repo: repository.repo,
  });
}

function repositoryOfRun(): { owner: string; repo: string } | undefined {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
  return owner && repo ? { owner, repo } : undefined;
}

async function filesToCheck(
  inputs: PreflightInputs,
  pullRequest: PullRequestContext | undefined,
  client: PullRequestClient | undefined,
): Promise<string[]> {
  const found = await findEnvironmentFiles(inputs.environmentFiles, workspace());
  if (inputs.all || pullRequest === undefined) return found;
  if (client === undefined)
    throw new StepFailure(
      'github-token is empty, so the files the pull request changes cannot be listed: pass github-token (the default is the job token), or set all: true to check every file.',
    );
  const changed = await client.listChangedFiles(pullRequest.number);
  if (changed.mayBeTruncated)
    log.warning(
      'the pull request changes 3,000 files or more, the most GitHub lists: environment files beyond that are not checked; set all: true to check every file',
    );
  const selected = changedAmong(
    found,
    changed.files.filter((file) => file.status !== 'removed').map((file) => file.path),
  );
  const removed = removedAmong(
    inputs.environmentFiles,
    changed.files.filter((file) => file.status === 'removed').map((file) => file.path),
  );
  for (const file of removed)
    log.warning(
      `this pull request deletes ${file}: merging it does not delete the environment's stack, which keeps running and costing. Delete the stack in CloudFormation when it is no longer needed (the database and cache leave a final snapshot; the bucket and the secrets are kept).`,
      { file, title: 'Environment file deleted' },
    );
  log.info(
    `${plural(found.length, 'environment file')} match ${inputs.environmentFiles.join(', ')}; the pull request changes ${selected.length}`,
  );
  return selected;
}

function reportNothingToCheck(inputs: PreflightInputs): void {
  const message = `No environment file to check: the pull request changes none of ${inputs.environmentFiles.join(', ')} (set all: true to check them anyway).`;
  log.info(message);
  PREFLIGHT_OUTPUTS.set('valid', 'true');
  PREFLIGHT_OUTPUTS.set('errors', '0');
  PREFLIGHT_OUTPUTS.set('warnings', '0');
  PREFLIGHT_OUTPUTS.set('report', message);
  PREFLIGHT_OUTPUTS.set('cost-monthly-usd', '');
  PREFLIGHT_OUTPUTS.set('cost-delta-usd', '');
  PREFLIGHT_OUTPUTS.set('replacements', '');
}

/** The base branch's text of the file, when the run is on a pull request. */
async function baseOf(
  file: string,
  pullRequest: PullRequestContext | undefined,
  client: PullRequestClient | undefined,
): Promise<{ text: string } | 'absent' | 'unknown'> {
  if (pullRequest === undefined || client === undefined) return 'unknown';
  const text = await client.readFileAt(file, pullRequest.baseSha);
  return text === undefined ? 'absent' : { text };
}

function awsAccess(inputs: PreflightInputs, pullRequest: PullRequestContext | undefined): AwsAccess {
  if (pullRequest?.fromFork)
    return { mode: 'offline', why: 'a pull request from a fork gets no AWS credentials' };
  if (inputs.roleArn === undefined) return { mode: 'offline', why: 'no role-arn is set' };
  if (!process.env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    log.warning(
      'role-arn is set but the job cannot get an OIDC token: give the job `permissions: id-token: write`. The changes are predicted offline.',
    );
    return { mode: 'offline', why: 'the job has no `id-token: write` permission' };
  }
  return {
    mode: 'role',
    roleArn: inputs.roleArn,
    audience: inputs.audience,
    awsRegion: inputs.awsRegion,
    artifactBucket: inputs.artifactBucket,
    changeSetName: previewChangeSetName(pullRequest),
  };
}

/** `dify-pr-<number>-<head sha>`: the bootstrap's read-only role may create only change sets named so. */
export function previewChangeSetName(pullRequest: PullRequestContext | undefined): string {
  if (pullRequest === undefined) return `dify-pr-run-${process.env.GITHUB_RUN_ID ?? '0'}`;
  return `dify-pr-${pullRequest.number}-${pullRequest.headSha.slice(0, 12)}`;
}

function annotateStatefulChanges(file: string, changes: AwsChanges | undefined): void {
  if (changes === undefined || changes.source === 'new-stack') return;
  for (const change of changes.stateful)
    log.warning(`${change.message} — ${change.hint}`, { file, title: 'Stateful resource replaced' });
}

function setOutputs(checked: readonly CommentedEnvironment[], report: string): PreflightTotals {
  const totals = preflightTotals(checked);
  PREFLIGHT_OUTPUTS.set('valid', String(totals.errors === 0));
  PREFLIGHT_OUTPUTS.set('errors', String(totals.errors));
  PREFLIGHT_OUTPUTS.set('warnings', String(totals.warnings));
  PREFLIGHT_OUTPUTS.set('report', report);
  PREFLIGHT_OUTPUTS.set('cost-monthly-usd', totals.costMonthlyUsd?.toFixed(2) ?? '');
  PREFLIGHT_OUTPUTS.set('cost-delta-usd', totals.costDeltaUsd?.toFixed(2) ?? '');
  PREFLIGHT_OUTPUTS.set('replacements', totals.replacements.join(','));
  return totals;
}

/**
 * The comments on the pull request: posted by this run, or, from a fork (no
 * write token), uploaded for the base repository's workflow_run workflow.
 */
async function deliverComments(
  checked: readonly CommentedEnvironment[],
  pullRequest: PullRequestContext,
  client: PullRequestClient | undefined,
  options: RunOptions,
): Promise<void> {
  if (pullRequest.fromFork) {
    // Data, not the comment: the base repository's workflow checks it and renders the comment itself.
    const artifact: PreflightCommentArtifact = {
      version: 2,
      pullRequest: pullRequest.number,
      headSha: pullRequest.headSha,
      environments: checked.map(({ comment }) => comment),
    };
    const directory = join(process.env.RUNNER_TEMP ?? tmpdir(), 'dify-preflight-comments');
    const path = await writeCommentArtifact(directory, artifact);
    const upload = options.uploadArtifact ?? uploadWithArtifactClient;
    await upload(COMMENT_ARTIFACT_NAME, [path], directory);
    log.info(
      `a pull request from a fork cannot be commented on by its own run: uploaded ${COMMENT_ARTIFACT_NAME} for the workflow_run workflow to post (examples/workflows/preflight-comment.yml)`,
    );
    return;
  }
  if (client === undefined)
    throw new StepFailure(
      'github-token is empty, so the comment cannot be posted: pass github-token (the default job token needs `permissions: pull-requests: write`), or set comment: false.',
    );
  for (const { comment, body } of checked) {
    const result = await syncStickyComment(client, {
      issueNumber: pullRequest.number,
      marker: commentMarker(comment.environment),
      botLogin: BOT_LOGIN,
      body,
      runUrl: runUrl(),
    });
    log.info(`${result.action} the comment for ${comment.environment}: ${result.url}`);
  }
}

async function uploadWithArtifactClient(name: string, files: string[], rootDirectory: string): Promise<void> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, { retentionDays: 7 });
}

function sourceLinks(pullRequest: PullRequestContext) {
  return {
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    repository: `${pullRequest.owner}/${pullRequest.repo}`,
    headSha: pullRequest.headSha,
  };
}

/** GitHub cancels a run with SIGINT, then SIGTERM: either aborts the change set (which is then deleted). */
function abortOnSignals(): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = () => {
    log.info('cancelled: deleting the change set before stopping');
    controller.abort();
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}
