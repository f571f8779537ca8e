import { describe, expect, it, vi } from 'vitest';
import { type IssuesOctokit, octokitDriftIssueClient } from './octokit-drift-issue-client.js';

const repository = { owner: 'octo-org', repo: 'dify-infra' };

function fakeIssues(pages: { number: number; login: string | null; pull_request?: object }[][]) {
  const issues = {
    listForRepo: vi.fn(async ({ page }: { page: number }) => ({
      data: (pages[page - 1] ?? []).map((issue) => ({
        number: issue.number,
        body: `body ${issue.number}`,
        user: issue.login === null ? null : { login: issue.login },
        ...(issue.pull_request === undefined ? {} : { pull_request: issue.pull_request }),
      })),
    })),
    create: vi.fn(async () => ({ data: { number: 12 } })),
    update: vi.fn(async () => ({})),
    createComment: vi.fn(async () => ({})),
    createLabel: vi.fn(async (): Promise<unknown> => ({})),
  };
  const octokit: IssuesOctokit = { rest: { issues } };
  return { issues, client: octokitDriftIssueClient(octokit, repository) };
}

describe('the Octokit drift-issue client', () => {
  it('lists every page of open labelled issues, leaving pull requests out and mapping the author', async () => {
    const full = Array.from({ length: 100 }, (_, i) => ({ number: i + 1, login: 'github-actions[bot]' }));
    const { issues, client } = fakeIssues([
      full,
      [
        { number: 101, login: null },
        { number: 102, login: 'someone', pull_request: {} },
      ],
    ]);
    const open = await client.listOpenIssues('dify-drift');
    expect(open).toHaveLength(101);
    expect(open.at(-1)).toEqual({ number: 101, body: 'body 101', user: null });
    expect(issues.listForRepo).toHaveBeenCalledTimes(2);
    expect(issues.listForRepo).toHaveBeenLastCalledWith({
      ...repository,
      state: 'open',
      labels: 'dify-drift',
      per_page: 100,
      page: 2,
    });
  });

  it('creates the label before the issue, and tolerates one that exists', async () => {
    const { issues, client } = fakeIssues([]);
    issues.createLabel.mockRejectedValueOnce(Object.assign(new Error('already_exists'), { status: 422 }));
    await expect(client.createIssue('Drift in dev', 'body', ['dify-drift'])).resolves.toEqual({ number: 12 });
    expect(issues.createLabel).toHaveBeenCalledWith(
      expect.objectContaining({ ...repository, name: 'dify-drift' }),
    );
    expect(issues.create).toHaveBeenCalledWith({
      ...repository,
      title: 'Drift in dev',
      body: 'body',
      labels: ['dify-drift'],
    });
  });

  it('does not hide a label that cannot be created for another reason', async () => {
    const { issues, client } = fakeIssues([]);
    issues.createLabel.mockRejectedValueOnce(
      Object.assign(new Error('Resource not accessible'), { status: 403 }),
    );
    await expect(client.createIssue('Drift in dev', 'body', ['dify-drift'])).rejects.toThrow(
      'Resource not accessible',
    );
    expect(issues.create).not.toHaveBeenCalled();
  });

  it('comments, updates and closes by number', async () => {
    const { issues, client } = fakeIssues([]);
    await client.comment(3, 'Back in sync');
    await client.updateIssue(3, 'new body');
    await client.closeIssue(3);
    expect(issues.createComment).toHaveBeenCalledWith({
      ...repository,
      issue_number: 3,
      body: 'Back in sync',
    });
    expect(issues.update).toHaveBeenNthCalledWith(1, { ...repository, issue_number: 3, body: 'new body' });
    expect(issues.update).toHaveBeenNthCalledWith(2, {
      ...repository,
      issue_number: 3,
      state: 'closed',
      state_reason: 'completed',
    });
  });
});
