import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedAmong, findEnvironmentFiles, removedAmong } from './environment-files.js';

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
