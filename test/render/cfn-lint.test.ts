import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEnvironment } from '../../src/environment/check-environment.js';
import { renderStack } from '../../src/render/render-stack.js';

/**
 * A second opinion from Python cfn-lint where the machine has it (this kit's
 * own lint, with AWS's validator, runs everywhere; see lint tests). Skipped,
 * saying so, elsewhere.
 */
const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
const available = probe.status === 0;
if (!available) console.warn('cfn-lint is not installed: the Python cfn-lint second opinion is skipped');

describe.skipIf(!available)(
  `Python cfn-lint (${available ? probe.stdout.trim() : 'not installed, skipped'})`,
  () => {
    it.each(['dev', 'prod-closed'])(
      'finds no error in the rendered %s example',
      (name) => {
        const file = `examples/environments/${name}.json`;
        const { environment } = checkEnvironment(readFileSync(file, 'utf8'), { file });
        if (!environment) throw new Error(`${file} is not valid`);
        const path = join(mkdtempSync(join(tmpdir(), 'cfn-lint-')), `${name}.yaml`);
        writeFileSync(path, renderStack(environment, 'test').text);
        const result = spawnSync('cfn-lint', ['--format', 'parseable', path], {
          encoding: 'utf8',
          timeout: 120_000,
        });
        const errors = result.stdout.split('\n').filter((line) => /:E\d{4}:/.test(line));
        expect(errors).toEqual([]);
      },
      130_000,
    );
  },
);
