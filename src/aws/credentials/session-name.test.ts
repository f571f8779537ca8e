import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidRoleSessionName, roleSessionName } from './session-name.js';

describe('roleSessionName', () => {
  it('names the repository and the run', () => {
    expect(roleSessionName('octo-org/dify-infra', 12345678901)).toBe('gha-octo-org.dify-infra-12345678901');
    expect(roleSessionName('octo-org/dify-infra', '12345678901')).toBe('gha-octo-org.dify-infra-12345678901');
  });

  it('replaces characters STS refuses', () => {
    const name = roleSessionName('octo org/dífy infra!', '42');
    expect(name).toBe('gha-octo-org.d-fy-infra-42');
    expect(isValidRoleSessionName(name)).toBe(true);
  });

  it('fits a long repository into 64 characters, keeping the run id', () => {
    const repository = `octo-org/${'very-long-repository-name-'.repeat(4)}end`;
    const name = roleSessionName(repository, 12345678901);
    expect(name).toHaveLength(64);
    expect(name).toMatch(/^gha-octo-org\.very-long-repository-name-very\.[0-9a-f]{8}-12345678901$/);
    expect(isValidRoleSessionName(name)).toBe(true);
  });

  it('gives two long repositories with the same start different names', () => {
    const start = `octo-org/${'x'.repeat(70)}`;
    expect(roleSessionName(`${start}-a`, 1)).not.toBe(roleSessionName(`${start}-b`, 1));
  });

  it('is deterministic', () => {
    const repository = `octo-org/${'y'.repeat(90)}`;
    expect(roleSessionName(repository, 7)).toBe(roleSessionName(repository, 7));
  });

  it('cuts a run id longer than any GitHub gives', () => {
    const name = roleSessionName('octo-org/dify-infra', '9'.repeat(80));
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/-9{20}$/);
    expect(isValidRoleSessionName(name)).toBe(true);
  });

  it('still gives a valid name with nothing to go on', () => {
    expect(roleSessionName('', '')).toBe('gha');
    expect(roleSessionName('///', '  ')).toBe('gha');
    expect(roleSessionName('!!!', '#')).toBe('gha');
  });

  it('is valid for any repository and run id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.oneof(fc.string(), fc.nat()), (repository, runId) => {
        expect(isValidRoleSessionName(roleSessionName(repository, runId))).toBe(true);
      }),
    );
  });
});

describe('isValidRoleSessionName', () => {
  it('accepts 2 to 64 characters of [\\w+=,.@-]', () => {
    expect(isValidRoleSessionName('ab')).toBe(true);
    expect(isValidRoleSessionName('a+b=c,d.e@f-g_h')).toBe(true);
    expect(isValidRoleSessionName('x'.repeat(64))).toBe(true);
  });

  it('refuses too short, too long and illegal characters', () => {
    expect(isValidRoleSessionName('a')).toBe(false);
    expect(isValidRoleSessionName('x'.repeat(65))).toBe(false);
    expect(isValidRoleSessionName('a b')).toBe(false);
    expect(isValidRoleSessionName('a/b')).toBe(false);
    expect(isValidRoleSessionName('dífy')).toBe(false);
  });
});
