import { describe, expect, it, vi } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { compatibleVersions } from './img002-compatible-versions.js';

// Rows other than 1.13.3 may change as the table is researched, so the branches that need a 0.x release or a
// release with extra services run against a small table of their own.
vi.mock('../../data/dify-releases.js', () => {
  const row = (
    version: string,
    pluginDaemon: string | null,
    sandbox: string,
    extraServices: string[] = [],
  ) => ({
    version,
    released: '2026-01-01',
    pluginDaemon,
    sandbox,
    ssrfProxy: 'latest',
    extraServices,
    hasWorkerBeat: pluginDaemon !== null,
    commit: '0123456789abcdef',
  });
  return {
    difyReleaseTable: {
      asOf: '2026-01-31',
      source: 'test table',
      releases: [
        row('0.15.3', null, '0.2.10'),
        row('1.13.3', '0.5.3-local', '0.2.14'),
        row('1.20.0', '0.7.0-local', '0.2.15', ['agent_backend', 'local_sandbox']),
      ],
    },
  };
});

describe('IMG002 compatible versions', () => {
  it('accepts a known release with the images released with it', () => {
    expect(compatibleVersions.check(contextFor())).toEqual([]);
    expect(
      compatibleVersions.check(
        contextFor({
          dify: { version: '1.13.3', pluginDaemonVersion: '0.5.3-local', sandboxVersion: '0.2.14' },
        }),
      ),
    ).toEqual([]);
    expect(
      compatibleVersions.check(contextFor({ dify: { version: '0.15.3', sandboxVersion: '0.2.10' } })),
    ).toEqual([]);
  });

  it('leaves floating tags to IMG001', () => {
    expect(compatibleVersions.check(contextFor({ dify: { version: 'latest' } }))).toEqual([]);
    expect(compatibleVersions.check(contextFor({ dify: { pluginDaemonVersion: 'main-local' } }))).toEqual([]);
  });

  it('refuses a version the table does not know, naming the newest, the table date and a release to use', () => {
    expect(compatibleVersions.check(contextFor({ dify: { version: '1.13' } }))).toEqual([
      {
        pointer: '/dify/version',
        message: `"1.13" is not a Dify release in the kit's table (as of 2026-01-31, newest 1.20.0)`,
        hint: 'Use "1.13.3", the newest release the kit runs. If 1.13 came out after 2026-01-31, add it to src/data/dify-releases.ts.',
      },
    ]);
  });

  it('refuses a release that starts containers the kit does not run', () => {
    expect(compatibleVersions.check(contextFor({ dify: { version: '1.20.0' } }))).toEqual([
      {
        pointer: '/dify/version',
        message:
          'dify.version "1.20.0" starts containers the kit does not run yet: agent_backend, local_sandbox',
        hint: 'Use "1.13.3", the newest release the kit runs. The kit must add those containers before it can run 1.20.0.',
      },
    ]);
  });

  it('warns when a pinned image differs from the release only in its patch', () => {
    expect(compatibleVersions.check(contextFor({ dify: { pluginDaemonVersion: '0.5.4-local' } }))).toEqual([
      {
        pointer: '/dify/pluginDaemonVersion',
        severity: 'warning',
        message:
          'the plugin daemon tag "0.5.4-local" is not the "0.5.3-local" released with Dify 1.13.3, so the pair is not known to work',
        hint: 'Remove dify.pluginDaemonVersion to use "0.5.3-local", unless you need a fix in 0.5.4-local.',
      },
    ]);
  });

  it('refuses a pinned image from another minor line', () => {
    expect(compatibleVersions.check(contextFor({ dify: { sandboxVersion: '0.3.0' } }))).toEqual([
      {
        pointer: '/dify/sandboxVersion',
        message: 'the sandbox tag "0.3.0" does not match Dify 1.13.3, which was released with "0.2.14"',
        hint: 'Remove dify.sandboxVersion to use "0.2.14", or pin a 0.2.x tag to follow a fix.',
      },
    ]);
  });

  it('refuses a plugin daemon for a 0.x release', () => {
    expect(
      compatibleVersions.check(
        contextFor({ dify: { version: '0.15.3', pluginDaemonVersion: '0.5.3-local' } }),
      ),
    ).toEqual([
      {
        pointer: '/dify/pluginDaemonVersion',
        message: 'dify.version "0.15.3" has no plugin daemon, yet pluginDaemonVersion is "0.5.3-local"',
        hint: 'Remove dify.pluginDaemonVersion: the plugin daemon came with Dify 1.x.',
      },
    ]);
  });
});
