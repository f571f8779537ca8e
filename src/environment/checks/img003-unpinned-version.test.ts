import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { unpinnedVersion } from './img003-unpinned-version.js';

describe('IMG003 unpinned Dify version', () => {
  it('accepts a written version', () => {
    expect(unpinnedVersion.check(contextFor())).toEqual([]);
  });

  it('warns when dify.version is left to the default, even without a dify section', () => {
    const expected = [
      {
        pointer: '/dify/version',
        message: `dify.version is not set, so the kit's default "1.13.3" is used`,
        hint: 'Set dify.version to "1.13.3": the default moves when the kit is upgraded, which would upgrade Dify without a change to this file.',
      },
    ];
    expect(unpinnedVersion.check(contextFor({ dify: { version: undefined } }))).toEqual(expected);
    expect(unpinnedVersion.check(contextFor({ dify: undefined }))).toEqual(expected);
  });
});
