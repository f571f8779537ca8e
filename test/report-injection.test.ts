import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderDeploySummary } from '../src/actions/deploy/deploy-summary.js';
import { parseCommentArtifact } from '../src/actions/preflight/comment-artifact.js';
import type { DeployOutcome } from '../src/aws/deploy/index.js';
import type { DriftReport } from '../src/aws/drift/index.js';
import { renderDriftReport } from '../src/aws/drift/index.js';
import { checkEnvironment } from '../src/environment/check-environment.js';
import { allPolicyChecks } from '../src/environment/checks/index.js';
import { preflightEnvironment } from '../src/preflight/preflight-environment.js';
import { type EnvironmentComment, environmentCommentOf } from '../src/report/comment-data.js';
import { renderPreflightReport } from '../src/report/preflight-report.js';
import { renderPullRequestComment } from '../src/report/pull-request-comment.js';
import { commentCases } from './support/comment-cases.js';
import { minimalEnvironment } from './support/environment-fixtures.js';
import { githubLinksIn, type RenderedMarkdown, renderGfm } from './support/gfm.js';
import { hostileText } from './support/hostile-text.js';

/**
 * The Markdown the kit writes (the pull-request comment, the job summaries, the
 * drift issue, the CLI's report), rendered by a GFM renderer with hostile text in
 * every value: no element but the report's own, no link but the report's own,
 * no image, no mention or reference, and every table keeps its columns.
 */

const OWN_ELEMENTS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'a',
  'code',
  'pre',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'sub',
  'strong',
  'blockquote',
  'ul',
  'li',
]);

function expectOnlyOwnMarkup(markdown: string, links: RegExp): RenderedMarkdown {
  const rendered = renderGfm(markdown);
  for (const element of rendered.elements) expect(OWN_ELEMENTS, element.name).toContain(element.name);
  for (const link of rendered.elements.filter((element) => element.name === 'a'))
    expect(link.attributes).toMatch(links);
  for (const node of rendered.textNodes) expect(githubLinksIn(node), node).toEqual([]);
  expectTablesKeepTheirColumns(rendered.html);
  return rendered;
}

function expectTablesKeepTheirColumns(html: string): void {
  for (const table of html.split('<table>').slice(1)) {
    const body = table.split('</table>')[0] ?? '';
    const columns = (body.split('</tr>')[0]?.match(/<th[ >]/g) ?? []).length;
    for (const row of body.split('<tr>').slice(2))
      expect((row.match(/<td[ >]/g) ?? []).length, row).toBe(columns);
  }
}

/** Fields whose values are the schema's enums or patterns, not free text. */
const NOT_TEXT = new Set(['severity', 'kind', 'action', 'base', 'source', 'currency', 'ruleId']);

/** The comment with every free-text value (and every key of a map) taken from `texts`, in turn. */
function withHostileText(comment: EnvironmentComment, texts: readonly string[]): EnvironmentComment {
  let next = 0;
  const text = () => {
    const value = texts[next++ % texts.length] ?? 'x';
    return value === '' ? 'x' : value;
  };
  const visit = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') return NOT_TEXT.has(key) ? value : text();
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).map(([k, v]) => [
        key === 'resourcesByType' ? text() : k,
        visit(v, k),
      ]);
      return Object.fromEntries(entries);
    }
    return value;
  };
  return visit(comment, '') as EnvironmentComment;
}

const comments = commentCases.map(([, build]) => {
  const { preflight, changes } = build();
  return environmentCommentOf(preflight, changes);
});

describe('the pull-request comment and the job summary', () => {
  it('render any schema-valid data, whatever its text, with only their own markup', () => {
    const links = { serverUrl: 'https://github.com', repository: 'acme/infra', headSha: 'f'.repeat(40) };
    fc.assert(
      fc.property(
        fc.constantFrom(...comments),
        fc.array(hostileText, { minLength: 50, maxLength: 50 }),
        fc.boolean(),
        (base, texts, fromFork) => {
          const comment = withHostileText(base, texts);
          // A fork could upload exactly this: the schema lets it through.
          parseCommentArtifact(
            { version: 2, pullRequest: 1, headSha: 'f'.repeat(40), environments: [comment] },
            'a.json',
          );
          const body = renderPullRequestComment({
            marker: '<!-- dify-aws-kit:preflight:x -->',
            comment,
            links,
            kitVersion: texts[0] ?? '',
            runUrl: 'https://github.com/acme/infra/actions/runs/1',
            fromFork,
          });
          const rendered = expectOnlyOwnMarkup(
            body,
            /^ href="https:\/\/github\.com\/acme\/infra\/(blob\/f{40}\/|actions\/runs\/1")/,
          );
          expect(rendered.elements.filter((element) => element.name === 'h3')).toHaveLength(1);
          expect(rendered.elements.filter((element) => element.name === 'details')).toHaveLength(
            rendered.elements.filter((element) => element.name === 'summary').length,
          );
        },
      ),
      { numRuns: 150, seed: 20261122 },
    );
  });
});

describe('the CLI preflight report', () => {
  it('shows hostile file names, keys and values with only its own markup', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (file, key, value) => {
        const text = JSON.stringify({
          ...minimalEnvironment,
          [key || 'k']: value,
          description: value,
          name: value,
        });
        const result = preflightEnvironment(checkEnvironment(text, { file: file || 'f' }), '0.0.0');
        expectOnlyOwnMarkup(renderPreflightReport({ results: [result], checks: allPolicyChecks }), /^$/);
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });
});

describe('the drift report and the deploy summary', () => {
  it('show what AWS and the file say with only their own markup', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 12, maxLength: 12 }), (t) => {
        const at = (i: number) => t[i] ?? '';
        const report: DriftReport = {
          environment: at(0),
          stackName: at(1),
          region: at(2),
          drift: {
            outcome: 'drifted',
            detectionId: at(3),
            drifted: [
              {
                logicalId: at(4),
                physicalId: at(5),
                type: at(6),
                status: 'MODIFIED',
                differences: [{ path: at(7), differenceType: 'NOT_EQUAL', expected: at(8), actual: at(9) }],
              },
            ],
          },
          templateDrift: undefined,
          checkedAt: at(10),
          runUrl: 'https://github.com/acme/infra/actions/runs/1',
        };
        expectOnlyOwnMarkup(
          renderDriftReport(report),
          /^ href="https:\/\/github\.com\/acme\/infra\/actions\/runs\/1"/,
        );
        const summary = renderDeploySummary({
          environment: at(0),
          stackName: at(1),
          region: at(2),
          difyUrl: at(11),
          outcome: {
            status: 'failed',
            message: at(3),
            stackId: at(4),
            stackStatus: 'ROLLBACK_COMPLETE',
            changed: true,
            changeSetName: at(5),
            rows: [{ logicalId: at(6), type: at(7), action: 'add', causes: [at(8)], causedBy: [] }],
            rootCause: [
              {
                StackId: at(4),
                EventId: 'e1',
                StackName: at(1),
                Timestamp: new Date(0),
                LogicalResourceId: at(6),
                ResourceStatus: 'CREATE_FAILED',
                ResourceStatusReason: at(11),
              },
            ],
            outputs: { [at(9)]: at(10) },
            durations: { changeSetMs: 1, executeMs: 2 },
          } satisfies DeployOutcome,
        });
        expectOnlyOwnMarkup(summary, /^$/);
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });
});
