import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { closedNetworkPlugins } from './net003-closed-network-plugins.js';

const closed = { network: { egress: 'none' }, dify: { images: { source: 'ecr' } } };
const proxy = 'http://proxy.internal.example.com:3128';
const mirror =
  'https://my-domain-123456789012.d.codeartifact.ap-northeast-1.amazonaws.com/pypi/pypi-mirror/simple/';

describe('NET003 closed-network plugins', () => {
  it('does not apply when tasks have NAT egress', () => {
    expect(closedNetworkPlugins.check(contextFor())).toEqual([]);
  });

  it('accepts a closed network with an egress proxy, with or without a PyPI mirror', () => {
    expect(
      closedNetworkPlugins.check(
        contextFor({ ...closed, dify: { ...closed.dify, plugins: { egressProxyUrl: proxy } } }),
      ),
    ).toEqual([]);
    expect(
      closedNetworkPlugins.check(
        contextFor({
          ...closed,
          dify: { ...closed.dify, plugins: { egressProxyUrl: proxy, pipMirrorUrl: mirror } },
        }),
      ),
    ).toEqual([]);
  });

  it('warns that plugins cannot be installed without a proxy or a mirror', () => {
    expect(closedNetworkPlugins.check(contextFor(closed))).toEqual([
      {
        pointer: '/dify/plugins',
        message:
          'plugins cannot be installed: a closed network reaches neither marketplace.dify.ai nor PyPI, and no VPC endpoint leads to them',
        hint: 'Set dify.plugins.egressProxyUrl to an HTTP proxy that reaches both, or set dify.plugins.pipMirrorUrl to a PyPI mirror (such as CodeArtifact) and upload plugins as .difypkg files.',
      },
    ]);
  });

  it('warns that a PyPI mirror alone does not reach the marketplace', () => {
    expect(
      closedNetworkPlugins.check(
        contextFor({ ...closed, dify: { ...closed.dify, plugins: { pipMirrorUrl: mirror } } }),
      ),
    ).toEqual([
      {
        pointer: '/dify/plugins/egressProxyUrl',
        message:
          'plugins cannot be downloaded from marketplace.dify.ai: the PyPI mirror serves their dependencies, but a closed network has no route to the marketplace',
        hint: 'Set dify.plugins.egressProxyUrl to an HTTP proxy that reaches marketplace.dify.ai, or install plugins by uploading .difypkg files in the console.',
      },
    ]);
  });
});
