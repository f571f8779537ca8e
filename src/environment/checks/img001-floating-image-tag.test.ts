import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { floatingImageTag } from './img001-floating-image-tag.js';

describe('IMG001 floating image tags', () => {
  it('accepts exact release tags', () => {
    expect(
      floatingImageTag.check(contextFor({ dify: { version: '1.13.3', sandboxVersion: '0.2.14' } })),
    ).toEqual([]);
  });

  it.each(['latest', 'main', 'main-local', 'nightly', '1.13-latest'])(
    'refuses the plugin daemon tag %s',
    (tag) => {
      const findings = floatingImageTag.check(contextFor({ dify: { pluginDaemonVersion: tag } }));
      expect(findings).toHaveLength(1);
      expect(findings[0]?.pointer).toBe('/dify/pluginDaemonVersion');
      expect(findings[0]?.hint).toContain('Remove pluginDaemonVersion');
    },
  );

  it('refuses dify.version latest and asks for an exact release', () => {
    const [finding] = floatingImageTag.check(contextFor({ dify: { version: 'latest' } }));
    expect(finding?.message).toBe('the Dify image tag "latest" moves with every release');
    expect(finding?.hint).toContain('"1.13.3"');
  });
});
