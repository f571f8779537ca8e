import { fieldLabel } from '../form/field-labels.js';
import { type Diagnostic, printable } from '../kit-core.js';

/**
 * One problem of the environment as the person who filled the form reads it: the page and the
 * field by their titles, the path in environments/<name>.json, what is wrong and how to fix it.
 * Values in the message come from the form, so control and invisible characters are escaped.
 */
export function formProblemLine(diagnostic: Diagnostic): string {
  const label = fieldLabel(diagnostic.pointer);
  const where = label.page
    ? `${[`${label.page} page`, label.field].filter(Boolean).join(' › ')} (${label.path})`
    : `${label.field || 'The file'} (${label.path || 'the whole file'}; not on the form: edit the file)`;
  const fix = diagnostic.hint ? ` Fix: ${diagnostic.hint}` : '';
  const rule =
    diagnostic.ruleId === 'schema' || diagnostic.ruleId === 'syntax' ? '' : ` [${diagnostic.ruleId}]`;
  return printable(`${where}: ${sentence(diagnostic.message)}${fix}${rule}`);
}

function sentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
