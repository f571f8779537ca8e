import type { PolicyCheck } from './policy-check.js';

export const closedNetworkPlugins: PolicyCheck = {
  id: 'NET003',
  title: 'A closed network has a way to install plugins',
  severity: 'warning',
  check({ environment }) {
    const { egressProxyUrl, pipMirrorUrl } = environment.dify.plugins;
    if (environment.network.egress !== 'none' || egressProxyUrl !== undefined) return [];
    if (pipMirrorUrl === undefined) {
      return [
        {
          pointer: '/dify/plugins',
          message:
            'plugins cannot be installed: a closed network reaches neither marketplace.dify.ai nor PyPI, and no VPC endpoint leads to them',
          hint: 'Set dify.plugins.egressProxyUrl to an HTTP proxy that reaches both, or set dify.plugins.pipMirrorUrl to a PyPI mirror (such as CodeArtifact) and upload plugins as .difypkg files.',
        },
      ];
    }
    return [
      {
        pointer: '/dify/plugins/egressProxyUrl',
        message:
          'plugins cannot be downloaded from marketplace.dify.ai: the PyPI mirror serves their dependencies, but a closed network has no route to the marketplace',
        hint: 'Set dify.plugins.egressProxyUrl to an HTTP proxy that reaches marketplace.dify.ai, or install plugins by uploading .difypkg files in the console.',
      },
    ];
  },
};
