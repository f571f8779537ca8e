import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import type { JsonObject } from '@backstage/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEnvironment, KIT_VERSION } from '../kit-core.js';
import { runAction, temporaryWorkspace } from '../test-support/run-action.js';
import { createDifyEnvironmentCreateAction } from './environment-create.js';

const action = createDifyEnvironmentCreateAction();

/** What the form sends for a small development environment. */
function formValues(): JsonObject {
  return {
    name: 'dev',
    accountId: '123456789012',
    region: 'ap-northeast-1',
    network: { vpc: { mode: 'create', cidr: '10.10.0.0/16', availabilityZones: 2 }, egress: 'nat-instance' },
    dify: { version: '1.13.3' },
    bedrock: {
      dataResidency: 'jp',
      crossRegionInference: true,
      models: { chat: ['jp.anthropic.claude-haiku-4-5-20251001-v1:0'] },
    },
  };
}

describe('dify:environment:create', () => {
  let workspace: Awaited<ReturnType<typeof temporaryWorkspace>>;
  beforeEach(async () => {
    workspace = await temporaryWorkspace();
  });
  afterEach(() => workspace.dispose());

  const run = (environment: unknown, isDryRun = false) =>
    runAction(action, { environment } as JsonObject, { workspacePath: workspace.path, isDryRun });
  const written = async (name = 'dev') =>
    JSON.parse(await readFile(join(workspace.path, 'environments', `${name}.json`), 'utf8'));
  const failure = async (environment: unknown): Promise<InputError> => {
    const error = await run(environment).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(await readdir(workspace.path)).toEqual([]);
    return error as InputError;
  };

  it('writes environments/<name>.json with the schema defaults written out, and says which kit release to pin', async () => {
    const { outputs } = await run(formValues());

    const file = await written();
    expect(file.network).toMatchObject({ egress: 'nat-instance', natInstanceType: 't4g.nano' });
    expect(file.network.vpc).toEqual({
      mode: 'create',
      cidr: '10.10.0.0/16',
      availabilityZones: 2,
      subnetPrefixLength: 20,
    });
    expect(file.dify.services.api).toEqual({ cpu: 2048, memory: 4096, desiredCount: 1 });
    expect(file.database).toMatchObject({ deletionProtection: true, backupRetentionDays: 7 });
    expect(outputs).toMatchObject({
      name: 'dev',
      filePath: 'environments/dev.json',
      kitRef: `v${KIT_VERSION}`,
      environment: file,
    });
    // What was written passes the kit's own checks as a file, with no errors.
    const text = await readFile(join(workspace.path, 'environments/dev.json'), 'utf8');
    const check = checkEnvironment(text, { file: 'environments/dev.json' });
    expect(check.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('leaves out what the form left empty, so an untouched optional page adds nothing', async () => {
    await run({
      ...formValues(),
      description: '',
      domain: {},
      email: { sendingDomain: '', fromAddress: null },
      network: { ...(formValues().network as JsonObject), loadBalancer: { allowedCidrs: [] } },
    });

    const file = await written();
    expect(file).not.toHaveProperty('description');
    expect(file).not.toHaveProperty('domain');
    expect(file).not.toHaveProperty('email');
    expect(file.network.loadBalancer).toEqual({ scheme: 'internet-facing' });
  });

  it('drops the fields of the VPC mode the person switched away from, and logs it', async () => {
    const values = formValues();
    const stale = {
      mode: 'create',
      cidr: '10.10.0.0/16',
      id: 'vpc-0a1b2c3d4e5f67890',
      privateSubnets: [
        { id: 'subnet-0a1b2c3d4e5f60001', availabilityZone: 'ap-northeast-1a', cidr: '10.10.0.0/24' },
      ],
    };
    const { logger } = await run({ ...values, network: { ...(values.network as JsonObject), vpc: stale } });

    expect((await written()).network.vpc).toEqual({
      mode: 'create',
      cidr: '10.10.0.0/16',
      availabilityZones: 2,
      subnetPrefixLength: 20,
    });
    expect(logger.info).toHaveBeenCalledWith('Left out /network/vpc/id: the form had hidden that field.');
  });

  it('writes the file but reports each policy warning with its form field', async () => {
    const { outputs, logger } = await run(formValues());

    const warnings = outputs.warnings as string[];
    expect(warnings).toContain(
      'Domain page (domain): without a domain, Dify is served over plain HTTP: console passwords and API keys cross the internet unencrypted. Fix: Add domain.hostName and domain.hostedZoneId to serve Dify over HTTPS with a certificate the kit requests. [NET007]',
    );
    expect(warnings.some((w) => w.startsWith('Network page › Load balancer › Allowed CIDRs'))).toBe(true);
    for (const warning of warnings) expect(logger.warn).toHaveBeenCalledWith(warning);
    expect(await written()).toMatchObject({ name: 'dev' });
  });

  it('does the same in a dry run: the file lands in the dry-run workspace and nowhere else', async () => {
    const { outputs, logger } = await run(formValues(), true);

    expect(await readdir(workspace.path)).toEqual(['environments']);
    expect(outputs.filePath).toBe('environments/dev.json');
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(/^Dry run: wrote environments\/dev\.json \(\d+ warnings\)\.$/),
    );
  });

  it('writes the file again when a recovered task re-runs it: a checkpoint would skip the write into a fresh workspace', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: a checkpoint that returns a stored value of any type
    const recovered = async (): Promise<any> => ({ restored: true });
    await runAction(
      action,
      { environment: formValues() },
      { workspacePath: workspace.path, checkpoint: recovered },
    );

    expect((await written()).name).toBe('dev');
  });

  describe('refuses bad input with an InputError that names the form field and the fix, writing nothing', () => {
    it.each([
      ['a string', 'dev'],
      ['a list', [formValues()]],
      ['null', null],
    ])('environment that is %s', async (_kind, environment) => {
      const error = await failure(environment);
      expect(error.message).toContain('dify:environment:create needs `environment`');
    });

    it('a required field left empty', async () => {
      const error = await failure({ ...formValues(), accountId: '' });
      expect(error.message).toContain(
        'Basics page › AWS account ID (accountId): missing required property "accountId". Fix: Add it, for example "accountId": "123456789012".',
      );
    });

    it('a value in the wrong format', async () => {
      const values = formValues();
      const error = await failure({
        ...values,
        network: { ...(values.network as JsonObject), vpc: { mode: 'create', cidr: '10.10.0.1/16' } },
      });
      expect(error.message).toContain(
        'Network page › VPC › VPC CIDR (network.vpc.cidr): "10.10.0.1/16" has host bits set; did you mean "10.10.0.0/16"?',
      );
    });

    it('a number sent as text', async () => {
      const values = formValues();
      const error = await failure({
        ...values,
        network: {
          ...(values.network as JsonObject),
          vpc: { mode: 'create', cidr: '10.10.0.0/16', availabilityZones: '3' },
        },
      });
      expect(error.message).toContain(
        'Network page › VPC › Availability zones (network.vpc.availabilityZones): expected an integer, found a string ("3"). Fix: Write the number without quotes: 3.',
      );
    });

    it('an optional page half filled in', async () => {
      const error = await failure({ ...formValues(), domain: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' } });
      expect(error.message).toContain(
        'Domain page › Host name (domain.hostName): missing required property "hostName".',
      );
    });

    it('a field the form does not have', async () => {
      const error = await failure({ ...formValues(), stackname: 'dify-dev' });
      expect(error.message).toContain(
        'stackname (stackname; not on the form: edit the file): unknown property "stackname"; did you mean "stackName"?',
      );
    });

    it('a policy check that fails, with its rule', async () => {
      const values = formValues();
      const error = await failure({
        ...values,
        bedrock: {
          dataResidency: 'jp',
          crossRegionInference: true,
          models: { chat: ['us.anthropic.claude-3-haiku-20240307-v1:0'] },
        },
      });
      expect(error.message).toMatch(/Bedrock and data residency page › .* \[BDR00\d\]/);
    });

    it('an environment name that would leave the environments folder', async () => {
      const error = await failure({ ...formValues(), name: '../../etc/x' });
      expect(error.message).toContain('Basics page › Environment name (name):');
    });

    it('control characters from the form, escaped in the message', async () => {
      const error = await failure({ ...formValues(), name: 'dev\u001b[31m\nX' });
      expect(error.message).toContain('"dev\\u001b[31m\\nX" is not a valid environment name');
      expect(error.message).not.toContain('\u001b');
    });
  });
});
