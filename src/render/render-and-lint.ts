import type { ResolvedEnvironment } from '../environment/resolve-environment.js';
import { lintTemplate, type TemplateLint } from './lint/lint-template.js';
import { type RenderedStack, renderStack } from './render-stack.js';

export interface LintedStack {
  readonly rendered: RenderedStack;
  readonly lint: TemplateLint;
}

/** Render the stack and lint it: what render, preflight and deploy all do before anything is written. */
export function renderAndLint(environment: ResolvedEnvironment, kitVersion: string): LintedStack {
  const rendered = renderStack(environment, kitVersion);
  const lint = lintTemplate({ template: rendered.template, text: rendered.text, environment });
  return { rendered, lint };
}
