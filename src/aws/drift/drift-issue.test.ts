import { describe, expect, it } from 'vitest';
import {
  DRIFT_LABEL,
  type DriftIssueClient,
  decideDriftIssue,
  type OpenIssue,
  syncDriftIssue,
} from './drift-issue.js';
import { driftMarker } from './drift-report.js';

const BOT = 'github-actions[bot]';
const marker = driftMarker('prod');
const driftedBody = `${marker}\n## Drift in prod\n\n⚠️ **Drifted**: 1 resource`;
const failedBody = `${marker}\n## Drift in prod\n\n❌ **Drift detection failed**`;
const inSyncBody = `${marker}\n## Drift in prod\n\n✅ **In sync**`;

/** A client that remembers every call, over a list of open issues. */
function fakeClient(open: OpenIssue[] = []): DriftIssueClient & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    listOpenIssues: async (label) => {
      calls.push(`list ${label}`);
      return open;
    },
    createIssue: async (title, _body, labels) => {
      calls.push(`create ${title} [${labels.join(',')}]`);
      return { number: 42 };
    },
    updateIssue: async (number) => {
      calls.push(`update #${number}`);
    },
    comment: async (number, body) => {
      calls.push(`comment #${number}: ${body.split('\n')[0]}`);
    },
    closeIssue: async (number) => {
      calls.push(`close #${number}`);
    },
  };
}

describe('syncDriftIssue', () => {
  it('opens a labelled issue for the environment when drift is found', async () => {
    const client = fakeClient();
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'drifted',
      body: driftedBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'opened', number: 42 });
    expect(client.calls).toEqual([`list ${DRIFT_LABEL}`, 'create Drift in prod [dify-drift]']);
  });

  it('updates the issue that carries the same marker instead of opening another', async () => {
    const client = fakeClient([
      { number: 7, body: driftMarker('dev'), user: BOT },
      { number: 9, body: `${marker}\nold report`, user: BOT },
    ]);
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'drifted',
      body: driftedBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'updated', number: 9 });
    expect(client.calls).toEqual([`list ${DRIFT_LABEL}`, 'update #9']);
  });

  it('leaves an issue whose body is already the report alone', async () => {
    const client = fakeClient([{ number: 9, body: driftedBody, user: BOT }]);
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'drifted',
      body: driftedBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'unchanged', number: 9 });
  });

  it("ignores someone else's issue that quotes the marker", async () => {
    const client = fakeClient([
      { number: 3, body: `I copied this: ${marker}`, user: 'mallory' },
      { number: 4, body: marker, user: null },
    ]);
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'drifted',
      body: driftedBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'opened', number: 42 });
    expect(client.calls).not.toContain('update #3');
  });

  it('closes the open issue with a comment when the environment is back in sync', async () => {
    const client = fakeClient([{ number: 9, body: driftedBody, user: 'GitHub-Actions[bot]' }]);
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'in-sync',
      body: inSyncBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'closed', numbers: [9] });
    expect(client.calls).toEqual([`list ${DRIFT_LABEL}`, 'comment #9: Back in sync: closing.', 'close #9']);
  });

  it("closes someone else's issue never, and does nothing when in sync with no issue open", async () => {
    const client = fakeClient([{ number: 3, body: marker, user: 'mallory' }]);
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'in-sync',
      body: inSyncBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'none' });
    expect(client.calls).toEqual([`list ${DRIFT_LABEL}`]);
  });

  it('records a failed detection on the open issue and never closes it', async () => {
    const client = fakeClient([{ number: 9, body: driftedBody, user: BOT }]);
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'failed',
      body: failedBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'updated', number: 9 });
    expect(client.calls.some((call) => call.startsWith('close'))).toBe(false);
  });

  it('opens an issue for a failed detection when none is open', async () => {
    const client = fakeClient();
    const result = await syncDriftIssue(client, {
      environment: 'prod',
      status: 'failed',
      body: failedBody,
      botLogin: BOT,
    });
    expect(result).toEqual({ action: 'opened', number: 42 });
  });
});

describe('decideDriftIssue', () => {
  it('updates the oldest of two issues and closes both when back in sync', () => {
    const open = [
      { number: 12, body: driftedBody, user: BOT },
      { number: 5, body: `${marker}\nolder`, user: BOT },
    ];
    const input = { environment: 'prod', body: driftedBody, botLogin: BOT };
    expect(decideDriftIssue({ ...input, status: 'drifted' }, open)).toEqual({
      kind: 'update',
      number: 5,
      body: driftedBody,
    });
    const close = decideDriftIssue({ ...input, status: 'in-sync', body: inSyncBody }, open);
    expect(close).toMatchObject({ kind: 'close', numbers: [5, 12] });
    expect(close.kind === 'close' && close.comment).not.toContain(marker);
  });

  it('does not take the marker of an environment whose name extends another', () => {
    const open = [{ number: 1, body: driftMarker('prod2'), user: BOT }];
    expect(
      decideDriftIssue({ environment: 'prod', status: 'drifted', body: driftedBody, botLogin: BOT }, open),
    ).toMatchObject({
      kind: 'open',
      title: 'Drift in prod',
    });
  });
});
