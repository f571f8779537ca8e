import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { TEMPLATE_PATH } from '../../src/backstage/template/template-yaml.js';
import { repoRoot } from '../support/run-cli.js';

/**
 * dify-aws-kit/backstage as a Backstage backend gets it: by package name from a folder where the
 * package is installed (node_modules/dify-aws-kit, a link to this repository, so `exports` and
 * dist/backstage are what resolves), in a separate Node 24 process, both with require (CommonJS
 * backends: require(esm), which fails on any top-level await in the bundle) and with import.
 * Needs `npm run build` first, like the other tests of bundles (CI builds before testing).
 */

const node = join(repoRoot, 'node_modules/.bin/node');
let consumer: string;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function runNode(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(node, args, {
    cwd: consumer,
    encoding: 'utf8',
    timeout: 150_000,
    env: { ...process.env, NODE_ENV: 'production', ...env },
  });
  if (result.error) throw result.error;
  return result;
}

describe('dify-aws-kit/backstage, loaded by package name', { timeout: 180_000 }, () => {
  beforeAll(() => {
    expect(existsSync(join(repoRoot, 'dist/backstage/index.js')), 'run `npm run build` first').toBe(true);
    consumer = mkdtempSync(join(tmpdir(), 'dify-backstage-consumer-'));
    // A CommonJS backend package, as `backstage-cli new` makes them.
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'backend', private: true }));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(repoRoot, join(consumer, 'node_modules/dify-aws-kit'), 'dir');
    // The backend's own Backstage packages, the same copies the module's bundle resolves as peers.
    symlinkSync(join(repoRoot, 'node_modules/@backstage'), join(consumer, 'node_modules/@backstage'), 'dir');
  });
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  it('imports from an ES module: the default export is the backend module, the factories make the actions', () => {
    writeFileSync(
      join(consumer, 'load.mjs'),
      `import module, * as kit from 'dify-aws-kit/backstage';
console.log(JSON.stringify({ type: module.$$type, featureType: module.featureType,
  actions: [kit.createDifyEnvironmentCreateAction().id, kit.createDifyEnvironmentPreflightAction().id] }));`,
    );
    const result = runNode(['load.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      type: '@backstage/BackendFeature',
      featureType: 'registrations',
      actions: ['dify:environment:create', 'dify:environment:preflight'],
    });
  });

  it('requires from CommonJS: a Backstage backend started with it lists both actions, and every action the template uses', async () => {
    const port = await freePort();
    const token = randomBytes(24).toString('hex');
    const baseUrl = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(consumer, 'app-config.yaml'),
      stringify({
        app: { baseUrl },
        backend: {
          baseUrl,
          listen: { port, host: '127.0.0.1' },
          database: { client: 'better-sqlite3', connection: ':memory:' },
          auth: { externalAccess: [{ type: 'static', options: { token, subject: 'dify-aws-kit-test' } }] },
        },
      }),
    );
    copyFileSync(join(repoRoot, 'scripts/backstage-backend-smoke.cjs'), join(consumer, 'backend.cjs'));

    const result = runNode(['backend.cjs', '--config', join(consumer, 'app-config.yaml')], {
      DIFY_SMOKE_BASE_URL: baseUrl,
      DIFY_SMOKE_TOKEN: token,
    });

    expect(result.status, result.stderr.slice(-3000)).toBe(0);
    // The backend logs to stdout too; the script's answer is its one line that starts with {"status".
    const answer = result.stdout.split('\n').find((line) => line.startsWith('{"status"'));
    const listed = JSON.parse(answer ?? '{}') as { status: number; actions: string[] };
    expect(listed.status).toBe(200);
    expect(listed.actions).toEqual(
      expect.arrayContaining(['dify:environment:create', 'dify:environment:preflight']),
    );
    // Every step of the template names an action this backend really has.
    const template = parse(readFileSync(join(repoRoot, TEMPLATE_PATH), 'utf8')) as {
      spec: { steps: { action: string }[] };
    };
    for (const step of template.spec.steps) expect(listed.actions).toContain(step.action);
  });
});
