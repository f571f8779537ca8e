import { CredentialError } from '../../aws/credentials/index.js';
import { type Clock, DeployError } from '../../aws/deploy/index.js';
import { previewChangeSet } from '../../aws/preview/index.js';
import { type AwsChanges, predictedChanges } from '../../preflight/aws-changes.js';
import type { EnvironmentPreflight } from '../../preflight/preflight-pull-request-file.js';
import { authenticate } from '../shared/action-credentials.js';
import { failureMessage } from '../shared/failure.js';

/** How this run may learn what a deploy would do: a change set with the role, or offline only (and why). */
export type AwsAccess =
  | {
      readonly mode: 'role';
      readonly roleArn: string;
      readonly audience: string;
      readonly awsRegion: string | undefined;
      readonly artifactBucket: string | undefined;
      readonly changeSetName: string;
    }
  | { readonly mode: 'offline'; readonly why: string };

export interface AwsChangesOptions {
  readonly clock: Clock;
  readonly random?: (() => number) | undefined;
  readonly deadline: number;
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
  /** A problem that did not stop the preflight but the reader should see (a role that could not be assumed). */
  readonly warn: (message: string) => void;
}

/** Thrown when the run is cancelled while a change set is computed (it was deleted). */
export class PreviewCancelled extends Error {
  constructor() {
    super('the run was cancelled; the change set was deleted');
    this.name = 'PreviewCancelled';
  }
}

/**
 * What a deploy of this version would do to the environment's stack. With the
 * role, a change set (created, read and deleted; never executed); without it, or
 * when the change set cannot be made, the offline prediction from the templates.
 * Undefined when the file has errors or its base version could not be compared.
 */
export async function awsChangesFor(
  preflight: EnvironmentPreflight,
  access: AwsAccess,
  options: AwsChangesOptions,
): Promise<AwsChanges | undefined> {
  const environment = preflight.result.check.environment;
  const stack = preflight.result.stack;
  if (environment === undefined || stack === undefined) return undefined;
  if (access.mode === 'offline') return predictedChanges(preflight, access.why);

  const region = access.awsRegion ?? environment.region;
  let clients: Awaited<ReturnType<typeof authenticate>>['clients'];
  try {
    ({ clients } = await authenticate(
      {
        roleArn: access.roleArn,
        audience: access.audience,
        roleDurationSeconds: undefined,
        exportCredentials: false,
      },
      region,
      environment.accountId,
      options.clock,
    ));
  } catch (error) {
    if (!(error instanceof CredentialError)) throw error;
    const why = `no change set: ${failureMessage(error)}`;
    options.warn(`${preflight.file}: ${why}`);
    return predictedChanges(preflight, why);
  }

  let preview: Awaited<ReturnType<typeof previewChangeSet>>;
  try {
    preview = await previewChangeSet({
      stackName: stack.plan.stackName,
      templateBody: stack.text,
      changeSetName: access.changeSetName,
      tags: [],
      ...(access.artifactBucket === undefined ? {} : { artifactBucket: access.artifactBucket }),
      clients,
      clock: options.clock,
      ...(options.random === undefined ? {} : { random: options.random }),
      log: options.log,
      timeoutMs: Math.max(0, options.deadline - options.clock.now()),
      signal: options.signal,
      // GitHub gives a cancelled step a few seconds before killing it: wait no longer to delete.
      cleanupTimeoutMs: 5_000,
    });
  } catch (error) {
    if (!(error instanceof DeployError)) throw error;
    const why = `the change set could not be made: ${failureMessage(error)}`;
    options.warn(`${preflight.file}: ${why}`);
    return predictedChanges(preflight, why);
  }
  if (!preview.cleanedUp)
    options.warn(
      `${preflight.file}: the preview's change set could not be deleted from ${stack.plan.stackName}; the log has the command that deletes it`,
    );
  switch (preview.kind) {
    case 'new-stack':
      return { source: 'new-stack', resourceCount: preview.resourceCount };
    case 'no-changes':
      return { source: 'change-set', changeSetName: preview.changeSetName, rows: [], stateful: [] };
    case 'changes':
      return {
        source: 'change-set',
        changeSetName: preview.changeSetName,
        rows: preview.rows,
        // Nothing is allowed in a preview: every stateful replacement or removal is refused.
        stateful: preview.guard.verdict === 'refuse' ? preview.guard.refused : [],
      };
    case 'unavailable':
      return predictedChanges(preflight, `no change set: ${preview.reason}`);
    case 'cancelled':
      throw new PreviewCancelled();
  }
}
