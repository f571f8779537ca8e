import type { DriftIssueClient, OpenIssue } from '../../aws/drift/index.js';

/** The few Octokit REST calls the drift issue needs; `github.getOctokit(token)` has them. */
export interface IssuesOctokit {
  readonly rest: {
    readonly issues: {
      listForRepo(params: {
        owner: string;
        repo: string;
        state: 'open';
        labels: string;
        per_page: number;
        page: number;
      }): Promise<{
        readonly data: readonly {
          readonly number: number;
          readonly body?: string | null | undefined;
          readonly user: { readonly login: string } | null;
          readonly pull_request?: unknown;
        }[];
      }>;
      create(params: {
        owner: string;
        repo: string;
        title: string;
        body: string;
        labels: string[];
      }): Promise<{ readonly data: { readonly number: number } }>;
      update(params: {
        owner: string;
        repo: string;
        issue_number: number;
        body?: string;
        state?: 'closed';
        state_reason?: 'completed';
      }): Promise<unknown>;
      createComment(params: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<unknown>;
      createLabel(params: {
        owner: string;
        repo: string;
        name: string;
        color: string;
        description: string;
      }): Promise<unknown>;
    };
  };
}

export interface Repository {
  readonly owner: string;
  readonly repo: string;
}

const PAGE_SIZE = 100;
/** 50 pages of 100: far more drift issues than any repository should hold. */
const MAX_PAGES = 50;

/** The drift-issue client over Octokit: every open labelled issue (pull requests left out), and the writes. */
export function octokitDriftIssueClient(octokit: IssuesOctokit, repository: Repository): DriftIssueClient {
  const { owner, repo } = repository;
  const issues = octokit.rest.issues;
  return {
    async listOpenIssues(label) {
      const open: OpenIssue[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await issues.listForRepo({
          owner,
          repo,
          state: 'open',
          labels: label,
          per_page: PAGE_SIZE,
          page,
        });
        for (const issue of data) {
          if (issue.pull_request !== undefined && issue.pull_request !== null) continue;
          open.push({ number: issue.number, body: issue.body ?? null, user: issue.user?.login ?? null });
        }
        if (data.length < PAGE_SIZE) break;
      }
      return open;
    },
    async createIssue(title, body, labels) {
      for (const name of labels) await ensureLabel(octokit, repository, name);
      const { data } = await issues.create({ owner, repo, title, body, labels: [...labels] });
      return { number: data.number };
    },
    async updateIssue(number, body) {
      await issues.update({ owner, repo, issue_number: number, body });
    },
    async comment(number, body) {
      await issues.createComment({ owner, repo, issue_number: number, body });
    },
    async closeIssue(number) {
      await issues.update({ owner, repo, issue_number: number, state: 'closed', state_reason: 'completed' });
    },
  };
}

/** Creates the label; one that exists already (422) is fine. */
async function ensureLabel(octokit: IssuesOctokit, { owner, repo }: Repository, name: string): Promise<void> {
  try {
    await octokit.rest.issues.createLabel({
      owner,
      repo,
      name,
      color: 'd93f0b',
      description: 'Drift found by dify-aws-kit: the AWS stack differs from the repository',
    });
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
  }
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}
