import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { v1Migration } from './upg001-v1-migration.js';

const v0Base = { dify: { version: '0.15.3' } };

describe('UPG001 v0 to v1 migration', () => {
  it('says nothing without a base, or with a base that has no readable version', () => {
    expect(v1Migration.check(contextFor())).toEqual([]);
    expect(v1Migration.check(contextFor({}, { dify: {} }))).toEqual([]);
    expect(v1Migration.check(contextFor({}, { dify: { version: 15 } }))).toEqual([]);
    expect(v1Migration.check(contextFor({}, 'not an environment'))).toEqual([]);
    expect(v1Migration.check(contextFor({}, null))).toEqual([]);
  });

  it('accepts a 0.x to 1.x upgrade with automatic migration off, and upgrades within 1.x', () => {
    expect(v1Migration.check(contextFor({ dify: { autoMigrateDatabase: false } }, v0Base))).toEqual([]);
    expect(v1Migration.check(contextFor({}, { dify: { version: '1.11.4' } }))).toEqual([]);
  });

  it('refuses a 0.x to 1.x upgrade with automatic migration on', () => {
    const expected = {
      message: 'the upgrade of Dify from "0.15.3" to "1.13.3" would migrate the database automatically',
      hint: 'A 0.x to 1.x upgrade must go through the migrate-v1 workflow, which snapshots the database and then migrates plugins inside the API container: set dify.autoMigrateDatabase to false and run that workflow.',
    };
    expect(v1Migration.check(contextFor({}, v0Base))).toEqual([{ pointer: '/dify/version', ...expected }]);
    expect(v1Migration.check(contextFor({ dify: { autoMigrateDatabase: true } }, v0Base))).toEqual([
      { pointer: '/dify/autoMigrateDatabase', ...expected },
    ]);
  });

  it('refuses a downgrade from 1.x to 0.x', () => {
    expect(
      v1Migration.check(contextFor({ dify: { version: '0.15.3' } }, { dify: { version: '1.13.3' } })),
    ).toEqual([
      {
        pointer: '/dify/version',
        message: 'dify.version goes back from "1.13.3" to "0.15.3", a downgrade from 1.x to 0.x',
        hint: 'Keep a 1.x version: Dify 0.x cannot run on a database migrated to 1.x. To go back, restore the snapshot taken before the upgrade.',
      },
    ]);
  });
});
