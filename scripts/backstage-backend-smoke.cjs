/**
 * A minimal Backstage backend from the published packages, started the way a CommonJS Backstage
 * backend starts (`require`, not `import`): the scaffolder, its GitHub module, and this kit's
 * module loaded with require('dify-aws-kit/backstage'). It lists the scaffolder's installed actions
 * over HTTP, prints {"status": …, "actions": [ids]} as one JSON line, and stops.
 *
 * test/backstage/package-load.test.ts runs it from a folder where dify-aws-kit is installed, with
 * --config pointing at a config that listens on 127.0.0.1, keeps the database in memory and
 * accepts one static token, passed in DIFY_SMOKE_TOKEN.
 */
'use strict';

const { createBackend } = require('@backstage/backend-defaults');

async function main() {
  const backend = createBackend();
  backend.add(require('@backstage/plugin-scaffolder-backend').default);
  backend.add(require('@backstage/plugin-scaffolder-backend-module-github').default);
  backend.add(require('dify-aws-kit/backstage').default);
  await backend.start();
  try {
    const baseUrl = process.env.DIFY_SMOKE_BASE_URL;
    const response = await fetch(`${baseUrl}/api/scaffolder/v2/actions`, {
      headers: { authorization: `Bearer ${process.env.DIFY_SMOKE_TOKEN}` },
    });
    const body = await response.json();
    const actions = Array.isArray(body) ? body.map((action) => action.id) : body;
    process.stdout.write(`${JSON.stringify({ status: response.status, actions })}\n`);
  } finally {
    // The scheduler's task workers can keep the event loop alive after stop(): exit regardless.
    const lingering = setTimeout(() => process.exit(process.exitCode ?? 0), 10_000);
    await backend.stop();
    clearTimeout(lingering);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
