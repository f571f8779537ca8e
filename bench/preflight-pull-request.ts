/**
 * What the preflight action spends on one environment file of a pull request, offline,
 * printed as medians (not asserted anywhere): check, render, lint and price the new
 * version, render and price the base version, predict the changes from the two templates,
 * and write the comment. The file is examples/environments/dev.json with two edits.
 *
 * Run: npm run bench:preflight
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { VERSION } from '../src/cli/version.js';
import { predictChanges } from '../src/preflight/predict-changes.js';
import { preflightPullRequestFile } from '../src/preflight/preflight-pull-request-file.js';
import { environmentCommentOf } from '../src/report/comment-data.js';
import { renderPullRequestComment } from '../src/report/pull-request-comment.js';

const RUNS = 20;
const FILE = 'examples/environments/dev.json';
const base = readFileSync(FILE, 'utf8');
const edited = JSON.parse(base);
edited.dify.services.api.desiredCount = 2;
edited.database.maxCapacity = 4;
const head = JSON.stringify(edited, null, 2);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timed(run: () => void): number[] {
  run(); // warm: templates compiled, validators built
  return Array.from({ length: RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

const preflight = preflightPullRequestFile(
  { file: FILE, content: { ok: true, text: head }, base: { text: base } },
  VERSION,
);
const whole = timed(() => {
  const result = preflightPullRequestFile(
    { file: FILE, content: { ok: true, text: head }, base: { text: base } },
    VERSION,
  );
  renderPullRequestComment({
    marker: '<!-- bench -->',
    comment: environmentCommentOf(result, undefined),
    links: undefined,
    kitVersion: VERSION,
  });
});
const template = preflight.result.stack?.template;
if (template === undefined) throw new Error('the bench file should render');
const prediction = timed(() => predictChanges(template, template));

console.log(
  `preflight of one changed file, base compared, comment written: median ${median(whole).toFixed(1)} ms (${RUNS} runs)`,
);
console.log(
  `predictChanges on two ${Object.keys(template.Resources).length}-resource templates: median ${median(prediction).toFixed(2)} ms`,
);
