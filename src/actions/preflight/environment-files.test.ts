import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedAmong, findEnvironmentFiles, readWorkspaceFile, removedAmong } from './environment-files.js';

describe('environment files', () => {
  it('finds the files every pattern matches, each once, sorted', async () => {
    const root = mkdtempSync(join(tmpdir(), 'env-files-'));
    mkdirSync(join(root, 'environments', 'jp'), { recursive: true });
    for (const file of [
      'environments/prod.json',
      'environments/dev.json',
      'environments/jp/tokyo.json',
      'environments/notes.md',
    ])
      writeFileSync(join(root, file), '{}');
    expect(await findEnvironmentFiles(['environments/*.json', 'environments/**/*.json'], root)).toEqual([
      'environments/dev.json',
      'environments/jp/tokyo.json',
      'environments/prod.json',
    ]);
    expect(await findEnvironmentFiles(['nowhere/*.json'], root)).toEqual([]);
  });

  it('keeps the found files the pull request changes', () => {
    expect(
      changedAmong(
        ['environments/dev.json', 'environments/prod.json'],
        ['./environments/prod.json', 'README.md'],
      ),
    ).toEqual(['environments/prod.json']);
  });

  it('names the deleted files the patterns match', () => {
    expect(removedAmong(['environments/*.json'], ['environments/old.json', 'docs/old.json'])).toEqual([
      'environments/old.json',
    ]);
  });
});

describe('the workspace boundary', () => {
  function workspaceBeside(secret: string) {
    const parent = mkdtempSync(join(tmpdir(), 'env-boundary-'));
    writeFileSync(join(parent, 'secret.json'), secret);
    const root = join(parent, 'workspace');
    mkdirSync(join(root, 'environments'), { recursive: true });
    writeFileSync(join(root, 'environments', 'dev.json'), '{"name": "dev"}');
    return { parent, root };
  }

  it.each([['.[.]/*.json'], ['{..,x}/*.json'], ['environments/../../*.json']])(
    'refuses %s, a pattern that matches a file outside the workspace, however it is spelled',
    async (pattern) => {
      const { root } = workspaceBeside('{"token": "outside"}');
      await expect(findEnvironmentFiles([pattern], root)).rejects.toThrow(
        /matches "\.\.\/secret\.json" outside the workspace/,
      );
    },
  );

  it('reads a file, and a link to a file inside the workspace', async () => {
    const { root } = workspaceBeside('{}');
    symlinkSync('dev.json', join(root, 'environments', 'alias.json'));
    expect(await readWorkspaceFile('environments/dev.json', root)).toEqual({
      ok: true,
      text: '{"name": "dev"}',
    });
    expect(await readWorkspaceFile('environments/alias.json', root)).toEqual({
      ok: true,
      text: '{"name": "dev"}',
    });
  });

  it('never reads through a link to a path outside the workspace', async () => {
    const { parent, root } = workspaceBeside('{"token": "outside"}');
    symlinkSync(join(parent, 'secret.json'), join(root, 'environments', 'absolute.json'));
    symlinkSync('../../secret.json', join(root, 'environments', 'relative.json'));
    symlinkSync('/proc/self/environ', join(root, 'environments', 'environ.json'));
    for (const file of ['absolute.json', 'relative.json', 'environ.json']) {
      const read = await readWorkspaceFile(`environments/${file}`, root);
      expect(read).toEqual({
        ok: false,
        message: 'the file is a symbolic link to a path outside the workspace, which is never read',
        hint: 'Commit the environment file itself, not a link to it.',
      });
    }
  });

  it('says what is wrong with a link loop, a dangling link and a folder', async () => {
    const { root } = workspaceBeside('{}');
    symlinkSync('loop-b.json', join(root, 'environments', 'loop-a.json'));
    symlinkSync('loop-a.json', join(root, 'environments', 'loop-b.json'));
    symlinkSync('nowhere.json', join(root, 'environments', 'dangling.json'));
    mkdirSync(join(root, 'environments', 'folder.json'));
    expect(await readWorkspaceFile('environments/loop-a.json', root)).toMatchObject({
      ok: false,
      message: 'cannot read the file: it is a symbolic link loop',
    });
    expect(await readWorkspaceFile('environments/dangling.json', root)).toMatchObject({
      ok: false,
      message: 'cannot read the file: no such file (or a symbolic link to nothing)',
    });
    expect(await readWorkspaceFile('environments/folder.json', root)).toMatchObject({
      ok: false,
      message: 'cannot read the file: not a regular file',
    });
  });
});
