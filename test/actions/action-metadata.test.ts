import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { DEPLOY_INPUTS } from '../../src/actions/deploy/deploy-inputs.js';
import { DEPLOY_OUTPUTS } from '../../src/actions/deploy/deploy-outputs.js';
import { DRIFT_INPUTS } from '../../src/actions/drift/drift-inputs.js';
import { DRIFT_OUTPUTS } from '../../src/actions/drift/drift-outputs.js';
import { PREFLIGHT_INPUTS } from '../../src/actions/preflight/preflight-inputs.js';
import { PREFLIGHT_OUTPUTS } from '../../src/actions/preflight/preflight-outputs.js';
import { type InputSpecs, readInputs } from '../../src/actions/shared/action-inputs.js';
import { fakeCore, resetFakeCore } from '../../src/actions/test-support/fake-core.js';
import { checkActionMetadata } from '../support/action-metadata.js';
import { repoRoot } from '../support/run-cli.js';

vi.mock('@actions/core', async () => (await import('../../src/actions/test-support/fake-core.js')).fakeCore);

/** What each action's code reads and sets, by the directory of its action.yml (relative to the repository). */
const ACTIONS: Readonly<Record<string, { inputs: InputSpecs; outputs: readonly string[] }>> = {
  'actions/deploy': { inputs: DEPLOY_INPUTS, outputs: DEPLOY_OUTPUTS.names },
  'actions/drift': { inputs: DRIFT_INPUTS, outputs: DRIFT_OUTPUTS.names },
  'actions/preflight': { inputs: PREFLIGHT_INPUTS, outputs: PREFLIGHT_OUTPUTS.names },
};

const DIST = join(repoRoot, 'dist');

/** Every action.yml of the repository: one per folder under actions/, and the root one once there is one. */
function actionDirectories(): string[] {
  const nested = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `actions/${entry.name}`);
  return existsSync(join(repoRoot, 'action.yml')) ? ['.', ...nested] : nested;
}

function metadataOf(directory: string) {
  const text = readFileSync(join(repoRoot, directory, 'action.yml'), 'utf8');
  return checkActionMetadata(text, join(repoRoot, directory), DIST);
}

/** What the reader returns, the inputs served as a workflow's `with:` serves them, and the names it asked for. */
function read(specs: InputSpecs, inputs: Readonly<Record<string, string>>) {
  resetFakeCore();
  fakeCore.getInput.mockImplementation((name) => inputs[name] ?? '');
  const values = readInputs(specs);
  return { values, asked: fakeCore.getInput.mock.calls.map(([name]) => name) };
}

beforeEach(() => {
  resetFakeCore();
});

describe('every action.yml', () => {
  it('has a reader registered here, so none escapes the checks below', () => {
    expect(actionDirectories().sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it.each(actionDirectories())(
    '%s/action.yml is strict YAML and valid metadata for a node24 action',
    (directory) => {
      expect(metadataOf(directory).problems).toEqual([]);
    },
  );
});

describe.each(Object.entries(ACTIONS))(
  '%s: action.yml and the code agree',
  (directory, { inputs, outputs }) => {
    const metadata = () => {
      const { metadata } = metadataOf(directory);
      if (metadata === undefined) throw new Error(`${directory}/action.yml does not parse`);
      return metadata;
    };
    const specs = Object.values(inputs);

    it('declares exactly the inputs the reader reads', () => {
      expect([...metadata().inputs.keys()].sort()).toEqual(specs.map((spec) => spec.name).sort());
    });

    it('gives each input the required flag and the default the reader applies', () => {
      const declared = metadata().inputs;
      for (const spec of specs) {
        expect({
          name: spec.name,
          required: declared.get(spec.name)?.required,
          default: declared.get(spec.name)?.default,
        }).toEqual({
          name: spec.name,
          required: spec.required,
          default: spec.default,
        });
      }
    });

    it('reads each declared input once, through @actions/core, and nothing else', () => {
      const required = Object.fromEntries(
        specs.filter((spec) => spec.required).map((spec) => [spec.name, 'x.json']),
      );
      const { asked } = read(inputs, required);
      expect([...asked].sort()).toEqual([...metadata().inputs.keys()].sort());
    });

    it("reads action.yml's defaults as it reads empty inputs: the defaults are stated once", () => {
      const required = Object.fromEntries(
        specs.filter((spec) => spec.required).map((spec) => [spec.name, 'x.json']),
      );
      // What the runner passes for an input the workflow leaves out: action.yml's default (a `${{ }}`
      // expression it evaluates, such as the job token, is left out: the reader cannot know its value).
      const expressions = new Set(specs.filter((spec) => spec.defaultIsExpression).map((spec) => spec.name));
      const runnerDefaults = Object.fromEntries(
        [...metadata().inputs]
          .filter(([name, input]) => input.default !== undefined && !expressions.has(name))
          .map(([name, input]) => [name, input.default ?? '']),
      );
      expect(read(inputs, { ...runnerDefaults, ...required }).values).toEqual(read(inputs, required).values);
    });

    it('declares exactly the outputs the run sets', () => {
      expect(metadata().outputs).toEqual([...outputs]);
    });
  },
);

describe('the example workflows', () => {
  const workflows = readdirSync(join(repoRoot, 'examples/workflows')).filter((name) => name.endsWith('.yml'));
  /** Each step of the workflow that uses one of the kit's actions: its id, the action's folder and its `with:`. */
  function kitSteps(text: string) {
    const workflow = parse(text) as { jobs?: Record<string, { steps?: Record<string, unknown>[] }> };
    return Object.values(workflow.jobs ?? {}).flatMap((job) =>
      (job.steps ?? []).flatMap((step) => {
        const uses = typeof step.uses === 'string' ? step.uses : '';
        const action = /\/(actions\/[a-z-]+)@/.exec(uses)?.[1];
        if (action === undefined || !(action in ACTIONS)) return [];
        const given = Object.keys((step.with ?? {}) as Record<string, unknown>);
        return [{ id: typeof step.id === 'string' ? step.id : undefined, action, given }];
      }),
    );
  }

  it.each(workflows)(
    '%s gives the actions only inputs they declare, and reads only outputs they set',
    (name) => {
      const text = readFileSync(join(repoRoot, 'examples/workflows', name), 'utf8');
      const steps = kitSteps(text);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        const { inputs, outputs } = ACTIONS[step.action] ?? { inputs: {}, outputs: [] };
        const declared = Object.values(inputs).map((spec) => spec.name);
        expect(step.given.filter((input) => !declared.includes(input))).toEqual([]);
        const required = Object.values(inputs)
          .filter((spec) => spec.required)
          .map((spec) => spec.name);
        if (!step.given.includes('post-comments-from'))
          expect(required.filter((input) => !step.given.includes(input))).toEqual([]);
        if (step.id === undefined) continue;
        const read = [
          ...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([A-Za-z0-9_-]+)`, 'g')),
        ].map((match) => match[1]);
        expect(read.filter((output) => !outputs.includes(output ?? ''))).toEqual([]);
      }
    },
  );
});

describe('the action.yml checks', () => {
  const check = (text: string) => checkActionMetadata(text, join(repoRoot, 'actions/deploy'), DIST).problems;
  const valid = [
    'name: x',
    'description: y',
    'inputs:',
    '  a:',
    '    description: an input',
    "    default: 'true'",
    'outputs:',
    '  b:',
    '    description: an output',
    'runs:',
    '  using: node24',
    '  main: ../../dist/deploy/index.js',
    '',
  ].join('\n');

  it('accept a valid action.yml', () => {
    expect(check(valid)).toEqual([]);
  });

  it.each([
    [
      'a plain description holding ": " (the drift action as it was)',
      valid.replace('description: an input', 'description: the job needs `permissions: issues: write`.'),
      'YAML: Nested mappings are not allowed in compact mappings',
    ],
    ['a duplicate key', valid.replace('name: x', 'name: x\nname: z'), 'YAML: Map keys must be unique'],
    [
      'an unquoted boolean default',
      valid.replace("default: 'true'", 'default: true'),
      'input a: default must be a string (quote it)',
    ],
    [
      'an unquoted number default',
      valid.replace("default: 'true'", 'default: 60'),
      'input a: default must be a string (quote it)',
    ],
    [
      'a required flag that is a string',
      valid.replace("default: 'true'", "required: 'false'"),
      'input a: required must be true or false',
    ],
    [
      'an input without a description',
      valid.replace('    description: an input\n', ''),
      'input a: description must be a non-empty string',
    ],
    [
      'an output without a description',
      valid.replace('    description: an output', '    value: x'),
      'output b: unknown key value (a JavaScript action sets its outputs)',
    ],
    ['another runtime', valid.replace('using: node24', 'using: node20'), 'runs.using must be node24'],
    [
      'a bundle that does not exist',
      valid.replace('dist/deploy/index.js', 'dist/nope/index.js'),
      'runs.main ../../dist/nope/index.js does not exist (run npm run build)',
    ],
    [
      'a main outside dist/',
      valid.replace('../../dist/deploy/index.js', '../../src/actions/deploy/index.ts'),
      'runs.main ../../src/actions/deploy/index.ts is not a bundle under dist/',
    ],
    ['a misspelt key', valid.replace('description: y', 'descripton: y'), 'unknown top-level key descripton'],
  ])('refuse %s', (_, text, problem) => {
    expect(check(text).some((found) => found.startsWith(problem))).toBe(true);
  });
});
