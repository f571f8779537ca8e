import type { CostEstimate } from '../cost/estimate-cost.js';
import { code, escapeMarkdown, table } from '../text/markdown.js';

/**
 * The estimate as Markdown: a table of components with a total row, then the
 * assumptions and what is left out as short lists. Every string comes from the
 * estimator; the region is the only value from the file, and it is shown as code.
 */
export function renderCostTable(estimate: CostEstimate): string {
  const rows = estimate.lines.map((line) => [
    escapeMarkdown(line.component),
    escapeMarkdown(line.detail),
    money(line.monthlyUsd),
  ]);
  rows.push(['**Total**', '', `**${money(estimate.totalMonthlyUsd)}**`]);
  return [
    `In ${code(estimate.region)}, in ${estimate.currency} for a month of ${estimate.hoursPerMonth} hours:`,
    '',
    table(['Component', 'Detail', `${estimate.currency}/month`], rows),
    '',
    'Assumptions:',
    '',
    ...estimate.assumptions.map((item) => `- ${escapeMarkdown(item)}`),
    '',
    'Not included:',
    '',
    ...estimate.excluded.map((item) => `- ${escapeMarkdown(item)}`),
  ].join('\n');
}

function money(value: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
