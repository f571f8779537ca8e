import * as core from '@actions/core';
import { readEventPayload } from '../shared/event-payload.js';
import { StepFailure } from '../shared/failure.js';
import { readCommentReport } from './comment-report.js';
import type { PullRequestClient } from './octokit-pull-request-client.js';
import { commentMarker, syncStickyComment } from './sticky-comment.js';

interface WorkflowRunPayload {
  readonly workflow_run?: { readonly head_sha?: unknown; readonly event?: unknown };
}

/**
 * The workflow_run side of a fork's preflight: posts the comments its run
 * uploaded. The report is the fork's to write, so it is trusted for nothing but
 * the comment text: the pull request must be at the commit GitHub says the run
 * checked, and the comments go through the same bot-only sticky matching.
 */
export async function postCommentsFromReport(
  directory: string,
  client: PullRequestClient | undefined,
  botLogin: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (client === undefined)
    throw new StepFailure(
      'github-token is empty, so the comments cannot be posted: pass github-token (the default job token needs `permissions: pull-requests: write`).',
    );
  const runHeadSha = await workflowRunHeadSha(env);
  const report = await readCommentReport(directory);
  if (report.headSha !== runHeadSha)
    throw new StepFailure(
      `the report describes commit ${report.headSha.slice(0, 12)} but the workflow run checked ${runHeadSha.slice(0, 12)}: nothing was posted. Only the artifact of the run that triggered this workflow may be used.`,
    );
  const pullHeadSha = await client.pullRequestHeadSha(report.pullRequest);
  if (pullHeadSha !== report.headSha) {
    core.info(
      `pull request #${report.pullRequest} is now at ${pullHeadSha.slice(0, 12)}, not the checked ${report.headSha.slice(0, 12)}: a newer run will comment, so nothing was posted`,
    );
    return;
  }
  for (const comment of report.comments) {
    const result = await syncStickyComment(client, {
      issueNumber: report.pullRequest,
      marker: commentMarker(comment.environment),
      botLogin,
      body: comment.body,
    });
    core.info(
      `${result.action} the comment for ${comment.environment} on #${report.pullRequest}: ${result.url}`,
    );
  }
}

async function workflowRunHeadSha(env: NodeJS.ProcessEnv): Promise<string> {
  const payload = (await readEventPayload(env)) as WorkflowRunPayload;
  const headSha = payload.workflow_run?.head_sha;
  if (typeof headSha !== 'string' || payload.workflow_run?.event !== 'pull_request')
    throw new StepFailure(
      'post-comments-from works only in a workflow triggered by `workflow_run` of the pull-request preflight workflow: see examples/workflows/preflight-comment.yml.',
    );
  return headSha;
}
