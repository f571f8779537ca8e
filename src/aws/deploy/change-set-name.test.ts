import { describe, expect, it } from 'vitest';
import { CHANGE_SET_NAME_MAX_LENGTH, CHANGE_SET_NAME_PATTERN, changeSetName } from './change-set-name.js';

describe('changeSetName', () => {
  it('names a change set after the environment and the run', () => {
    expect(changeSetName('prod-jp', '15234567890-2')).toBe('dify-prod-jp-15234567890-2');
  });

  it('gives the same name for the same run, so a re-run finds its change set', () => {
    expect(changeSetName('dev', '2026-05-01T10:00:00Z')).toBe(changeSetName('dev', '2026-05-01T10:00:00Z'));
  });

  it('turns characters CloudFormation refuses into hyphens and keeps lossy names apart with a hash', () => {
    expect(changeSetName('dev', '2026-05-01T10:00:00Z')).toBe('dify-dev-2026-05-01T10-00-00Z-016e7fcd');
    expect(changeSetName('dev', 'run_7')).toBe('dify-dev-run-7-8d42e0d1');
    expect(changeSetName('dev', 'run-7')).toBe('dify-dev-run-7');
    expect(changeSetName('dev', 'run.7')).not.toBe(changeSetName('dev', 'run_7'));
  });

  it('still starts with a letter and names the run when the parts are empty or only symbols', () => {
    expect(changeSetName('', '')).toMatch(/^dify-[0-9a-f]{8}$/);
    expect(changeSetName('dev', '//')).toMatch(/^dify-dev-[0-9a-f]{8}$/);
    expect(changeSetName('dev', '//')).not.toBe(changeSetName('dev', '\\\\'));
  });

  it('shortens a name over 128 characters and keeps it unique', () => {
    const long = changeSetName('dev', 'r'.repeat(200));
    expect(long).toHaveLength(CHANGE_SET_NAME_MAX_LENGTH);
    expect(long).toMatch(/^dify-dev-r+-[0-9a-f]{8}$/);
    expect(long).not.toBe(changeSetName('dev', 'r'.repeat(201)));
  });

  it('always gives a name CloudFormation accepts', () => {
    for (const [environment, run] of [
      ['prod', '1'],
      ['ステージ', 'ラン'],
      ['-dev-', '--1--'],
      ['dev', `${'a'.repeat(118)}-${'b'.repeat(20)}`],
      ['dev\n', '1\u202e'],
    ] as const) {
      const name = changeSetName(environment, run);
      expect(name, `${environment} ${run}`).toMatch(CHANGE_SET_NAME_PATTERN);
      expect(name.length).toBeLessThanOrEqual(CHANGE_SET_NAME_MAX_LENGTH);
    }
  });
});
