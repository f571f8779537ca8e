import { matchesGlob } from 'node:path';
import { VERSION } from '../../cli/version.js';
import { showValue } from '../../environment/show-value.js';
import { renderPullRequestComment } from '../../report/pull-request-comment.js';
import { readEventPayload } from '../shared/event-payload.js';
import { StepFailure } from '../shared/failure.js';
import * as log from '../shared/log.js';
import { readCommentArtifact } from './comment-artifact.js';
import type { PullRequestClient } from './octokit-pull-request-client.js';
import { commentMarker, syncStickyComment } from './sticky-comment.js';

interface WorkflowRunPayload {
  readonly workflow_run?: {
    readonly head_sha?: unknown;
    readonly event?: unknown;
    readonly html_url?: unknown;
  };
}

export interface PostCommentsOptions {
  /** Where the artifact was downloaded. */
  readonly directory: string;
  /** The environment-files patterns: an environment outside them is not one this repository checks. */
  readonly environmentFiles: readonly string[];
  readonly botLogin: string;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The workflow_run side of a fork's preflight: renders and posts the comments
 * of the data its run uploaded.
 *
 * What it trusts. Nothing the fork wrote is taken as text: the artifact is data,
 * checked against its schema (comment-artifact.ts), and the comment is rendered
 * here by the same renderer and escaping as a same-repository run's. What it
 * can re-derive, it takes from GitHub rather than from the artifact: the
 * commit (the workflow_run event's head_sha, which GitHub writes), that the
 * pull request is at that commit, which files the pull request changes (each
 * environment's file must be one of them and match environment-files), the
 * links, the run's page and the kit's version. What it cannot re-derive (the
 * findings, the changes, the cost) is shown as what the fork's run reported, and
 * the comment says so: a fork that edits its workflow can make its run report
 * anything, so a fork's comment is advice, never a gate (a required check runs
 * in this repository, on the merge).
 */
export async function postCommentsFromArtifact(
  client: PullRequestClient | undefined,
  options: PostCommentsOptions,
): Promise<void> {
  const env = options.env ?? process.env;
  if (client === undefined)
    throw new StepFailure(
      'github-token is empty, so the comments cannot be posted: pass github-token (the default job token needs `permissions: pull-requests: write`).',
    );
  const run = await workflowRunOf(env);
  const artifact = await readCommentArtifact(options.directory);
  if (artifact.headSha !== run.headSha)
    throw new StepFailure(
      `the artifact describes commit ${artifact.headSha.slice(0, 12)} but the workflow run checked ${run.headSha.slice(0, 12)}: nothing was posted. Only the artifact of the run that triggered this workflow may be used.`,
    );
  const pullHeadSha = await client.pullRequestHeadSha(artifact.pullRequest);
  if (pullHeadSha !== artifact.headSha) {
    log.info(
      `pull request #${artifact.pullRequest} is now at ${pullHeadSha.slice(0, 12)}, not the checked ${artifact.headSha.slice(0, 12)}: a newer run will comment, so nothing was posted`,
    );
    return;
  }
  await checkEnvironmentsAgainstPullRequest(client, artifact.pullRequest, artifact, options.environmentFiles);

  const links = {
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    repository: env.GITHUB_REPOSITORY ?? '',
    headSha: artifact.headSha,
  };
  for (const comment of artifact.environments) {
    const marker = commentMarker(comment.environment);
    const result = await syncStickyComment(client, {
      issueNumber: artifact.pullRequest,
      marker,
      botLogin: options.botLogin,
      body: renderPullRequestComment({
        marker,
        comment,
        links: links.repository === '' ? undefined : links,
        kitVersion: VERSION,
        runUrl: run.url,
        fromFork: true,
      }),
      runUrl: run.url,
    });
    log.info(
      `${result.action} the comment for ${comment.environment} on #${artifact.pullRequest}: ${result.url}`,
    );
  }
}

/** Each environment once, each one a file the pull request changes and environment-files matches. */
async function checkEnvironmentsAgainstPullRequest(
  client: PullRequestClient,
  pullRequest: number,
  artifact: { readonly environments: readonly { readonly environment: string; readonly file: string }[] },
  patterns: readonly string[],
): Promise<void> {
  const changed = await client.listChangedFiles(pullRequest);
  const present = new Set(changed.files.filter((file) => file.status !== 'removed').map((file) => file.path));
  const names = new Set<string>();
  for (const { environment, file } of artifact.environments) {
    const path = file.replace(/^\.\//, '');
    if (!present.has(path) || !patterns.some((pattern) => matchesGlob(path, pattern)))
      throw new StepFailure(
        `the artifact reports on ${showValue(file)}, which pull request #${pullRequest} does not change among the environment files (${patterns.join(', ')}): nothing was posted.`,
      );
    if (names.has(environment))
      throw new StepFailure(
        `the artifact reports on environment ${showValue(environment)} twice: nothing was posted.`,
      );
    names.add(environment);
  }
}

async function workflowRunOf(env: NodeJS.ProcessEnv): Promise<{ headSha: string; url: string | undefined }> {
  const payload = (await readEventPayload(env)) as WorkflowRunPayload;
  const run = payload.workflow_run;
  const headSha = run?.head_sha;
  if (typeof headSha !== 'string' || !/^[0-9a-f]{40}$/.test(headSha) || run?.event !== 'pull_request')
    throw new StepFailure(
      'post-comments-from works only in a workflow triggered by `workflow_run` of the pull-request preflight workflow: see examples/workflows/preflight-comment.yml.',
    );
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const url =
    typeof run.html_url === 'string' && run.html_url.startsWith(`${server}/`) ? run.html_url : undefined;
  return { headSha, url };
}
