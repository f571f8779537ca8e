import { basename } from 'node:path';
import { checkEnvironment } from '../environment/check-environment.js';
import { unreadableFileCheck } from '../environment/load-environment.js';
import type { FileText } from '../environment/read-environment-file.js';
import { type BaseComparison, compareWithBase } from './compare-with-base.js';
import { type PreflightResult, preflightEnvironment } from './preflight-environment.js';

/** Everything the offline preflight knows about one environment file of a pull request. */
export interface EnvironmentPreflight {
  readonly file: string;
  /** The environment's `name`, or what stands for it while the file is not valid. */
  readonly environmentName: string;
  readonly result: PreflightResult;
  /** Against the base branch's version; undefined without a base, or while the new version has errors. */
  readonly comparison: BaseComparison | undefined;
}

export interface PullRequestFile {
  readonly file: string;
  /** The file as read from the workspace: its text, or why it is not an environment file. */
  readonly content: FileText;
  /**
   * The base branch's version of the same path: its text, `absent` when the pull
   * request adds the file, `unknown` outside a pull request (nothing to compare with).
   */
  readonly base: { readonly text: string } | 'absent' | 'unknown';
}

/** Check, render, lint and price the file, and compare it with the base branch's version. */
export function preflightPullRequestFile(
  { file, content, base }: PullRequestFile,
  kitVersion: string,
): EnvironmentPreflight {
  const baseText = typeof base === 'object' ? base.text : undefined;
  const text = content.ok ? content.text : '';
  const check = content.ok
    ? checkEnvironment(text, { file, baseText })
    : unreadableFileCheck(file, content.message, content.hint);
  const result = preflightEnvironment(check, kitVersion);
  return {
    file,
    environmentName: environmentNameOf(result, text, file),
    result,
    comparison:
      base === 'unknown'
        ? undefined
        : compareWithBase({ next: result, nextText: text, baseText, kitVersion }),
  };
}

/**
 * The name the comment is keyed by: the checked `name`; while the file is invalid,
 * a string `name` it has anyway; failing that, the file name without `.json`.
 */
export function environmentNameOf(result: PreflightResult, text: string, file: string): string {
  if (result.check.environment !== undefined) return result.check.environment.name;
  try {
    const value: unknown = JSON.parse(text);
    if (
      value !== null &&
      typeof value === 'object' &&
      'name' in value &&
      typeof value.name === 'string' &&
      value.name !== ''
    )
      return value.name;
  } catch {
    // Not JSON: the file name stands for it.
  }
  return basename(file).replace(/\.json$/i, '');
}
