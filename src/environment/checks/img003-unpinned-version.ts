import type { PolicyCheck } from './policy-check.js';

export const unpinnedVersion: PolicyCheck = {
  id: 'IMG003',
  title: 'The Dify version is written in the file, not left to the kit default',
  severity: 'warning',
  check({ environment, written }) {
    if (written.dify?.version !== undefined) return [];
    const version = JSON.stringify(environment.dify.version);
    return [
      {
        pointer: '/dify/version',
        message: `dify.version is not set, so the kit's default ${version} is used`,
        hint: `Set dify.version to ${version}: the default moves when the kit is upgraded, which would upgrade Dify without a change to this file.`,
      },
    ];
  },
};
