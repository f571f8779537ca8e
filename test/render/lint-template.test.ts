import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkEnvironment } from '../../src/environment/check-environment.js';
import { acknowledgedFindings } from '../../src/render/lint/acknowledged-findings.js';
import { lintTemplate } from '../../src/render/lint/lint-template.js';
import { renderAndLint } from '../../src/render/render-and-lint.js';
import { renderStack } from '../../src/render/render-stack.js';
import { contextFor } from '../support/environment-fixtures.js';

const examples = ['examples/environments/dev.json', 'examples/environments/prod-closed.json'];

function lintedExample(file: string) {
  const { environment } = checkEnvironment(readFileSync(file, 'utf8'), { file });
  if (!environment) throw new Error(`${file} is not valid`);
  return renderAndLint(environment, 'test');
}

describe('the template lint', () => {
  it.each(examples)('passes %s with zero findings at warning level', (file) => {
    expect(lintedExample(file).lint.findings).toEqual([]);
  });

  it('still meets every acknowledged finding, so none outlives its reason', () => {
    const met = examples.flatMap((file) =>
      lintedExample(file).lint.acknowledged.map((a) => a.finding.ruleId),
    );
    for (const acknowledged of acknowledgedFindings) expect(met).toContain(acknowledged.ruleId);
  });

  it('stops a template that breaks AWS resource schemas and the kit rules', () => {
    const environment = contextFor().environment;
    const rendered = renderStack(environment, 'test');
    const broken = rendered.text
      .replace('EnableDnsHostnames: true', 'EnableDnsHostname: true')
      .replace('"ssmmessages:OpenDataChannel"', '"ssmmessages:*"');
    const lint = lintTemplate({ template: parse(broken), text: broken, environment });
    const found = lint.findings.map((f) => `${f.ruleId} ${f.logicalId} ${f.path ?? ''}`);
    expect(found).toContainEqual(expect.stringMatching(/^F3002 Vpc Properties\.EnableDnsHostname$/));
    expect(found).toContainEqual(expect.stringMatching(/^SEC003 TaskRole /));
    expect(lint.errors).toBeGreaterThanOrEqual(2);
  });
});
