import type * as core from '@actions/core';
import { vi } from 'vitest';

/** Test support: a typed stand-in for @actions/core, for `vi.mock('@actions/core', …)`. Not shipped code. */

/** The job summary as the action built it. */
export class FakeSummary {
  text = '';
  written = false;

  addRaw(text: string, addEol = false): this {
    this.text += addEol ? `${text}\n` : text;
    return this;
  }

  async write(): Promise<this> {
    this.written = true;
    return this;
  }
}

/** Input name → value, as a workflow's `with:` gives it (action.yml defaults not applied). */
export type InputMap = Readonly<Record<string, string>>;

export const fakeCore = {
  getInput: vi.fn<typeof core.getInput>(),
  setOutput: vi.fn<typeof core.setOutput>(),
  setFailed: vi.fn<typeof core.setFailed>(),
  setSecret: vi.fn<typeof core.setSecret>(),
  exportVariable: vi.fn<typeof core.exportVariable>(),
  getIDToken: vi.fn<typeof core.getIDToken>(),
  info: vi.fn<typeof core.info>(),
  warning: vi.fn<typeof core.warning>(),
  error: vi.fn<typeof core.error>(),
  debug: vi.fn<typeof core.debug>(),
  isDebug: vi.fn<typeof core.isDebug>(),
  summary: new FakeSummary(),
};

/** Resets every fake: no inputs, no debug. */
export function resetFakeCore(): void {
  for (const fake of Object.values(fakeCore)) if (typeof fake === 'function') fake.mockReset();
  fakeCore.summary.text = '';
  fakeCore.summary.written = false;
  fakeCore.getInput.mockReturnValue('');
  fakeCore.isDebug.mockReturnValue(false);
}

/** Serves `inputs` from getInput, as the runner serves a step's `with:`. */
export function serveInputs(inputs: InputMap): void {
  fakeCore.getInput.mockImplementation((name) => inputs[name] ?? '');
}

/** The outputs the action set, by name. */
export function outputs(): Record<string, string> {
  return Object.fromEntries(fakeCore.setOutput.mock.calls.map(([name, value]) => [name, String(value)]));
}

/** Everything the action printed or reported: log lines, annotations, the failure and the summary. */
export function everythingShown(): string {
  const messages = [
    ...fakeCore.info.mock.calls,
    ...fakeCore.warning.mock.calls,
    ...fakeCore.error.mock.calls,
    ...fakeCore.setFailed.mock.calls,
    ...fakeCore.debug.mock.calls,
  ].map(([message]) => (message instanceof Error ? `${message.message}\n${message.stack}` : message));
  return [...messages, fakeCore.summary.text, ...Object.values(outputs())].join('\n');
}
