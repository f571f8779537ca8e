import { majorVersion } from '../dify-versions.js';
import { valueAtPointer } from '../json-pointer.js';
import type { Finding, PolicyCheck } from './policy-check.js';

export const v1Migration: PolicyCheck = {
  id: 'UPG001',
  title: 'A Dify 0.x to 1.x upgrade goes through the migrate-v1 workflow, and 1.x never goes back to 0.x',
  severity: 'error',
  check({ environment, written, base }) {
    // The base may predate the schema: read only what it has.
    const before = valueAtPointer(base, '/dify/version');
    if (typeof before !== 'string') return [];
    const after = environment.dify.version;
    const from = majorVersion(before);
    const to = majorVersion(after);
    if (from === undefined || to === undefined) return [];
    const change = `from ${JSON.stringify(before)} to ${JSON.stringify(after)}`;
    const findings: Finding[] = [];
    if (from === 0 && to >= 1 && environment.dify.autoMigrateDatabase) {
      findings.push({
        pointer:
          written.dify?.autoMigrateDatabase === undefined ? '/dify/version' : '/dify/autoMigrateDatabase',
        message: `the upgrade of Dify ${change} would migrate the database automatically`,
        hint: 'A 0.x to 1.x upgrade must go through the migrate-v1 workflow, which snapshots the database and then migrates plugins inside the API container: set dify.autoMigrateDatabase to false and run that workflow.',
      });
    }
    if (from >= 1 && to === 0) {
      findings.push({
        pointer: '/dify/version',
        message: `dify.version goes back ${change}, a downgrade from 1.x to 0.x`,
        hint: 'Keep a 1.x version: Dify 0.x cannot run on a database migrated to 1.x. To go back, restore the snapshot taken before the upgrade.',
      });
    }
    return findings;
  },
};
