import { escapeUnsafe } from '../../environment/unsafe-characters.js';
import { type DriftStatus, driftMarker } from './drift-report.js';

/** The label on every drift issue. */
export const DRIFT_LABEL = 'dify-drift';

/** An open issue, as the client lists it. */
export interface OpenIssue {
  readonly number: number;
  readonly body: string | null;
  /** The author's login; null for a deleted account. */
  readonly user: string | null;
}

/** The few GitHub calls the drift issue needs; the action wraps Octokit in it, tests fake it. */
export interface DriftIssueClient {
  listOpenIssues(label: string): Promise<readonly OpenIssue[]>;
  createIssue(title: string, body: string, labels: readonly string[]): Promise<{ readonly number: number }>;
  updateIssue(number: number, body: string): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  closeIssue(number: number): Promise<void>;
}

export interface DriftIssueInput {
  readonly environment: string;
  readonly status: DriftStatus;
  /** The rendered report; it starts with the environment's marker. */
  readonly body: string;
  /** The login the run's token writes as (`github-actions[bot]`): only its issues are ours. */
  readonly botLogin: string;
}

export type DriftIssueDecision =
  | {
      readonly kind: 'open';
      readonly title: string;
      readonly body: string;
      readonly labels: readonly string[];
    }
  | { readonly kind: 'update'; readonly number: number; readonly body: string }
  | { readonly kind: 'unchanged'; readonly number: number }
  | { readonly kind: 'close'; readonly numbers: readonly number[]; readonly comment: string }
  | { readonly kind: 'nothing' };

export function driftIssueTitle(environment: string): string {
  return `Drift in ${escapeUnsafe(environment)}`;
}

/**
 * The environment's open drift issues: labelled issues that carry its marker
 * and were opened by the bot, oldest first. Anyone else's issue is ignored,
 * even one that quotes the marker.
 */
export function ownDriftIssues(
  issues: readonly OpenIssue[],
  environment: string,
  botLogin: string,
): OpenIssue[] {
  const marker = driftMarker(environment);
  const bot = botLogin.toLowerCase();
  return issues
    .filter(
      (issue) =>
        issue.user !== null && issue.user.toLowerCase() === bot && (issue.body ?? '').includes(marker),
    )
    .sort((a, b) => a.number - b.number);
}

/**
 * What to do with the environment's issue: drift, or a failed detection, opens
 * one or updates the oldest; back in sync closes every open one with a
 * comment; a failed detection never closes one.
 */
export function decideDriftIssue(
  input: DriftIssueInput,
  openIssues: readonly OpenIssue[],
): DriftIssueDecision {
  const own = ownDriftIssues(openIssues, input.environment, input.botLogin);
  const oldest = own[0];
  if (input.status === 'in-sync') {
    if (own.length === 0) return { kind: 'nothing' };
    const report = input.body.replace(driftMarker(input.environment), '').trimStart();
    return {
      kind: 'close',
      numbers: own.map((issue) => issue.number),
      comment: `Back in sync: closing.\n\n${report}`,
    };
  }
  if (oldest === undefined)
    return {
      kind: 'open',
      title: driftIssueTitle(input.environment),
      body: input.body,
      labels: [DRIFT_LABEL],
    };
  if (oldest.body === input.body) return { kind: 'unchanged', number: oldest.number };
  return { kind: 'update', number: oldest.number, body: input.body };
}

export type DriftIssueResult =
  | { readonly action: 'opened'; readonly number: number }
  | { readonly action: 'updated'; readonly number: number }
  | { readonly action: 'unchanged'; readonly number: number }
  | { readonly action: 'closed'; readonly numbers: readonly number[] }
  | { readonly action: 'none' };

/** Lists the labelled open issues, decides, and does it; returns what it did. */
export async function syncDriftIssue(
  client: DriftIssueClient,
  input: DriftIssueInput,
): Promise<DriftIssueResult> {
  const decision = decideDriftIssue(input, await client.listOpenIssues(DRIFT_LABEL));
  switch (decision.kind) {
    case 'open': {
      const created = await client.createIssue(decision.title, decision.body, decision.labels);
      return { action: 'opened', number: created.number };
    }
    case 'update':
      await client.updateIssue(decision.number, decision.body);
      return { action: 'updated', number: decision.number };
    case 'unchanged':
      return { action: 'unchanged', number: decision.number };
    case 'close':
      for (const number of decision.numbers) {
        await client.comment(number, decision.comment);
        await client.closeIssue(number);
      }
      return { action: 'closed', numbers: decision.numbers };
    case 'nothing':
      return { action: 'none' };
  }
}
