import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { areasFor, emailArea } from '../../../test/support/area-fixtures.js';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import {
  SSRF_PROXY_CPU_UNITS,
  SSRF_PROXY_MEMORY_MIB,
} from '../../environment/checks/ecs002-api-task-fits.js';
import { KIT_MANAGED_VARIABLES } from '../../environment/checks/env001-managed-variable.js';
import { looksSecret } from '../../environment/secret-names.js';
import type { CloudFormationResource } from '../cloudformation-template.js';
import { renderEnvironment } from '../nunjucks-environment.js';
import {
  ALL_SYSCALLS,
  appendPath,
  buildServicesModel,
  CONTAINER_NAMES,
  type ContainerModel,
  type ContainerName,
  type ServicesModel,
  SSRF_PROXY_IMAGE,
  squidConfiguration,
} from './services-model.js';

type Overrides = Parameters<typeof contextFor>[0];

const environmentFor = (overrides: Overrides = {}) => contextFor(overrides).environment;

function modelFor(overrides: Overrides = {}, options: Parameters<typeof areasFor>[1] = {}): ServicesModel {
  const env = environmentFor(overrides);
  return buildServicesModel(env, areasFor(env, options));
}

function containerOf(model: ServicesModel, name: ContainerName): ContainerModel {
  const found = model.taskDefinitions.flatMap((task) => task.containers).find((c) => c.name === name);
  if (!found) throw new Error(`no container ${name}`);
  return found;
}

/** A container's plain variables and its secrets, by name. */
function variablesOf(model: ServicesModel, name: ContainerName) {
  const container = containerOf(model, name);
  return {
    environment: Object.fromEntries(container.environment.map((v) => [v.name, v.value])),
    secrets: Object.fromEntries(container.secrets.map((v) => [v.name, v.value])),
  };
}

function renderPartial(services: ServicesModel): string {
  return renderEnvironment().render('partials/services.yaml.njk', { services });
}

function containerDefinitions(resource: CloudFormationResource | undefined): Record<string, unknown>[] {
  const list = resource?.Properties?.ContainerDefinitions;
  if (!Array.isArray(list)) throw new Error('no container definitions');
  return list as Record<string, unknown>[];
}

function resourcesOf(text: string): Record<string, CloudFormationResource> {
  return (parse(`Resources:\n${text}`) as { Resources: Record<string, CloudFormationResource> }).Resources;
}

const closedNetwork: Overrides = {
  network: { egress: 'none', loadBalancer: { scheme: 'internal', allowedCidrs: ['10.0.0.0/8'] } },
  dify: { images: { source: 'ecr' } },
};

describe('buildServicesModel', () => {
  describe('the minimal environment', () => {
    const model = modelFor();

    it('names the API task family and a log group per container for the outputs', () => {
      expect(model.apiTaskFamily).toBe('dify-test-api');
      expect(model.logGroups).toEqual(
        CONTAINER_NAMES.map((container) => ({
          logicalId: `${container.charAt(0).toUpperCase()}${container.slice(1)}LogGroup`,
          container,
          name: `/dify/test/${container}`,
        })),
      );
      expect(model.logRetentionDays).toBe(30);
    });

    it('puts the api, plugin daemon, sandbox and SSRF proxy in one task, the api taking what the others leave', () => {
      const api = model.taskDefinitions.find((task) => task.logicalId === 'ApiTaskDefinition');
      expect(api).toMatchObject({ family: 'dify-test-api', cpu: '2048', memory: '4096' });
      expect(api?.containers.map((c) => c.name)).toEqual(['api', 'pluginDaemon', 'sandbox', 'ssrfProxy']);
      expect(containerOf(model, 'pluginDaemon')).toMatchObject({ cpu: 512, memory: 1024, ports: [5002] });
      expect(containerOf(model, 'sandbox')).toMatchObject({ cpu: 256, memory: 512 });
      expect(containerOf(model, 'ssrfProxy')).toMatchObject({
        cpu: SSRF_PROXY_CPU_UNITS,
        memory: SSRF_PROXY_MEMORY_MIB,
      });
      expect(containerOf(model, 'api')).toMatchObject({
        cpu: 2048 - 512 - 256 - SSRF_PROXY_CPU_UNITS,
        memoryReservation: 4096 - 1024 - 512 - SSRF_PROXY_MEMORY_MIB,
        ports: [5001],
      });
    });

    it('runs worker, beat and web as task definitions of their own', () => {
      expect(
        model.taskDefinitions.map((t) => [t.logicalId, t.family, t.containers.map((c) => c.name)]),
      ).toEqual([
        ['ApiTaskDefinition', 'dify-test-api', ['api', 'pluginDaemon', 'sandbox', 'ssrfProxy']],
        ['WorkerTaskDefinition', 'dify-test-worker', ['worker']],
        ['BeatTaskDefinition', 'dify-test-beat', ['beat']],
        ['WebTaskDefinition', 'dify-test-web', ['web']],
      ]);
      expect(variablesOf(model, 'worker').environment.MODE).toBe('worker');
      expect(variablesOf(model, 'beat').environment.MODE).toBe('beat');
      expect(variablesOf(model, 'api').environment.MODE).toBe('api');
    });

    it('pulls one pinned tag per image from Docker Hub, the SSRF proxy pinned by digest too', () => {
      const images = Object.fromEntries(
        CONTAINER_NAMES.map((name) => [name, containerOf(model, name).image]),
      );
      expect(images).toEqual({
        api: 'langgenius/dify-api:1.13.3',
        worker: 'langgenius/dify-api:1.13.3',
        beat: 'langgenius/dify-api:1.13.3',
        web: 'langgenius/dify-web:1.13.3',
        pluginDaemon: 'langgenius/dify-plugin-daemon:0.5.3-local',
        sandbox: 'langgenius/dify-sandbox:0.2.14',
        ssrfProxy: expect.stringMatching(/^ubuntu\/squid:6\.6-24\.04_beta@sha256:[0-9a-f]{64}$/),
      });
    });

    it('wires the API task over localhost', () => {
      expect(variablesOf(model, 'api').environment).toMatchObject({
        CODE_EXECUTION_ENDPOINT: 'http://localhost:8194',
        PLUGIN_DAEMON_URL: 'http://localhost:5002',
        INTERNAL_FILES_URL: 'http://localhost:5001',
        SSRF_PROXY_HTTP_URL: 'http://localhost:3128',
        SSRF_PROXY_HTTPS_URL: 'http://localhost:3128',
      });
      expect(variablesOf(model, 'pluginDaemon').environment).toMatchObject({
        DIFY_INNER_API_URL: 'http://localhost:5001',
        SERVER_PORT: '5002',
      });
      expect(variablesOf(model, 'sandbox').environment).toMatchObject({
        HTTP_PROXY: 'http://localhost:3128',
        HTTPS_PROXY: 'http://localhost:3128',
        SANDBOX_PORT: '8194',
        ENABLE_NETWORK: 'true',
      });
      expect(variablesOf(model, 'sandbox').environment.ALLOWED_SYSCALLS).toBeUndefined();
    });

    it('points the worker at the API tasks through service discovery, the api keeping localhost', () => {
      expect(model.serviceDiscovery).toEqual({
        namespace: {
          logicalId: 'ServiceDiscoveryNamespace',
          name: 'test.dify.internal',
          vpcId: { Ref: 'Vpc' },
          tags: expect.any(Array),
        },
        api: {
          logicalId: 'ApiDiscoveryService',
          name: 'api',
          hostName: 'api.test.dify.internal',
          ttl: 10,
          tags: expect.any(Array),
        },
      });
      const worker = variablesOf(model, 'worker');
      expect(worker.environment).toMatchObject({
        PLUGIN_DAEMON_URL: 'http://api.test.dify.internal:5002',
        CODE_EXECUTION_ENDPOINT: 'http://api.test.dify.internal:8194',
        SSRF_PROXY_HTTP_URL: 'http://api.test.dify.internal:3128',
        SSRF_PROXY_HTTPS_URL: 'http://api.test.dify.internal:3128',
        // The plugin daemon fetches files, and it runs beside an api container.
        INTERNAL_FILES_URL: 'http://localhost:5001',
      });
      expect(
        Object.values(worker.environment).filter((v) => /localhost:(5002|8194|3128)/.test(String(v))),
      ).toEqual([]);
      expect(worker.secrets).toMatchObject({
        PLUGIN_DAEMON_KEY: { Ref: 'PluginDaemonKeySecret' },
        INNER_API_KEY_FOR_PLUGIN: { Ref: 'PluginInnerApiKeySecret' },
        CODE_EXECUTION_API_KEY: { Ref: 'SandboxApiKeySecret' },
      });
      expect(JSON.stringify(variablesOf(model, 'api').environment)).not.toContain('dify.internal');
      const registered = model.services.filter((s) => s.discoveryService !== undefined);
      expect(registered.map((s) => [s.logicalId, s.discoveryService])).toEqual([
        ['ApiService', 'ApiDiscoveryService'],
      ]);
    });

    it('points every public URL at the domain', () => {
      const url = 'https://dify.example.com';
      expect(variablesOf(model, 'api').environment).toMatchObject({
        CONSOLE_API_URL: url,
        CONSOLE_WEB_URL: url,
        SERVICE_API_URL: url,
        APP_API_URL: url,
        APP_WEB_URL: url,
        FILES_URL: url,
        TRIGGER_URL: url,
        ENDPOINT_URL_TEMPLATE: `${url}/e/{hook_id}`,
      });
      expect(variablesOf(model, 'web').environment).toMatchObject({
        CONSOLE_API_URL: url,
        APP_API_URL: url,
        HOSTNAME: '0.0.0.0',
        PORT: '3000',
      });
    });

    it('configures pgvector on Aurora and S3 storage with the task role', () => {
      const { environment, secrets } = variablesOf(model, 'worker');
      expect(environment).toMatchObject({
        DB_HOST: { 'Fn::GetAtt': ['DatabaseCluster', 'Endpoint.Address'] },
        DB_PORT: '5432',
        DB_DATABASE: 'dify',
        SQLALCHEMY_POOL_PRE_PING: 'true',
        VECTOR_STORE: 'pgvector',
        PGVECTOR_HOST: { 'Fn::GetAtt': ['DatabaseCluster', 'Endpoint.Address'] },
        PGVECTOR_PORT: '5432',
        PGVECTOR_DATABASE: 'dify_vector',
        REDIS_HOST: { 'Fn::GetAtt': ['Cache', 'PrimaryEndPoint.Address'] },
        REDIS_PORT: { 'Fn::GetAtt': ['Cache', 'PrimaryEndPoint.Port'] },
        REDIS_USE_SSL: 'true',
        BROKER_USE_SSL: 'true',
        STORAGE_TYPE: 's3',
        S3_BUCKET_NAME: { Ref: 'StorageBucket' },
        S3_REGION: 'ap-northeast-1',
        S3_USE_AWS_MANAGED_IAM: 'true',
      });
      expect(Object.keys(secrets)).toEqual(
        expect.arrayContaining([
          'DB_USERNAME',
          'DB_PASSWORD',
          'PGVECTOR_USER',
          'PGVECTOR_PASSWORD',
          'REDIS_PASSWORD',
          'CELERY_BROKER_URL',
        ]),
      );
    });

    it('configures the plugin daemon for its own database and S3', () => {
      const { environment, secrets } = variablesOf(model, 'pluginDaemon');
      expect(environment).toMatchObject({
        DB_DATABASE: 'dify_plugin',
        DB_SSL_MODE: 'require',
        PLUGIN_STORAGE_TYPE: 'aws_s3',
        PLUGIN_STORAGE_OSS_BUCKET: { Ref: 'StorageBucket' },
        PLUGIN_INSTALLED_PATH: 'plugins',
        S3_USE_AWS_MANAGED_IAM: 'true',
        AWS_REGION: 'ap-northeast-1',
        PLUGIN_WORKING_PATH: '/app/storage/cwd',
      });
      expect(secrets).toEqual({
        DB_PASSWORD: expect.anything(),
        DB_USERNAME: expect.anything(),
        DIFY_INNER_API_KEY: { Ref: 'PluginInnerApiKeySecret' },
        REDIS_PASSWORD: { Ref: 'CacheAuthTokenSecret' },
        SERVER_KEY: { Ref: 'PluginDaemonKeySecret' },
      });
    });

    it('migrates the database from the api container only', () => {
      expect(variablesOf(model, 'api').environment.MIGRATION_ENABLED).toBe('true');
      expect(variablesOf(model, 'worker').environment.MIGRATION_ENABLED).toBe('false');
      expect(variablesOf(model, 'beat').environment.MIGRATION_ENABLED).toBe('false');
      expect(
        variablesOf(modelFor({ dify: { autoMigrateDatabase: false } }), 'api').environment.MIGRATION_ENABLED,
      ).toBe('false');
    });

    it('passes secrets only as valueFrom, never as plain values', () => {
      for (const name of CONTAINER_NAMES) {
        const container = containerOf(model, name);
        expect(container.environment.filter((v) => looksSecret(v.name)).map((v) => v.name)).toEqual([]);
        for (const secret of container.secrets)
          expect(typeof secret.value === 'object' || secret.value.startsWith('arn:')).toBe(true);
      }
    });

    it('uses four distinct keys, and keeps SECRET_KEY from the plugin daemon and the sandbox', () => {
      const api = variablesOf(model, 'api').secrets;
      const keys = [
        api.SECRET_KEY,
        api.CODE_EXECUTION_API_KEY,
        api.PLUGIN_DAEMON_KEY,
        api.INNER_API_KEY_FOR_PLUGIN,
      ];
      expect(new Set(keys.map((k) => JSON.stringify(k))).size).toBe(4);
      expect(variablesOf(model, 'sandbox').secrets).toEqual({ API_KEY: api.CODE_EXECUTION_API_KEY });
      expect(variablesOf(model, 'pluginDaemon').secrets.SERVER_KEY).toEqual(api.PLUGIN_DAEMON_KEY);
      expect(variablesOf(model, 'pluginDaemon').secrets.DIFY_INNER_API_KEY).toEqual(
        api.INNER_API_KEY_FOR_PLUGIN,
      );
      expect(variablesOf(model, 'pluginDaemon').secrets.SECRET_KEY).toBeUndefined();
      expect(containerOf(model, 'web').secrets).toEqual([]);
    });

    it('checks the health of api, sandbox, web and the proxy with what each image has', () => {
      expect(containerOf(model, 'api').healthCheck?.Command).toEqual([
        'CMD-SHELL',
        'curl -f http://localhost:5001/health || exit 1',
      ]);
      expect(containerOf(model, 'sandbox').healthCheck?.Command).toEqual([
        'CMD-SHELL',
        'curl -f http://localhost:8194/health || exit 1',
      ]);
      expect(containerOf(model, 'web').healthCheck?.Command.slice(0, 3)).toEqual(['CMD', 'node', '-e']);
      expect(containerOf(model, 'web').healthCheck?.Command[3]).toContain("fetch('http://localhost:3000/'");
      expect(containerOf(model, 'ssrfProxy').healthCheck?.Command).toEqual([
        'CMD',
        'bash',
        '-c',
        '</dev/tcp/127.0.0.1/3128',
      ]);
      for (const name of ['worker', 'beat', 'pluginDaemon'] as const)
        expect(containerOf(model, name).healthCheck).toBeUndefined();
    });

    it('registers api and plugin daemon with their target groups after the routes exist', () => {
      const api = model.services.find((s) => s.logicalId === 'ApiService');
      expect(api?.loadBalancers).toEqual([
        { containerName: 'api', containerPort: 5001, targetGroup: 'ApiTargetGroup' },
        { containerName: 'pluginDaemon', containerPort: 5002, targetGroup: 'PluginDaemonTargetGroup' },
      ]);
      expect(api?.healthCheckGracePeriodSeconds).toBeGreaterThanOrEqual(300);
      expect(api?.dependsOn).toEqual(
        expect.arrayContaining([
          'ClusterCapacityProviders',
          'DatabasePreparation',
          'HttpsListener',
          'ApiRoute1',
          'ApiRoute2',
          'ApiRoute3',
          'PluginDaemonRoute',
        ]),
      );
      const web = model.services.find((s) => s.logicalId === 'WebService');
      expect(web?.loadBalancers).toEqual([
        { containerName: 'web', containerPort: 3000, targetGroup: 'WebTargetGroup' },
      ]);
      expect(web?.dependsOn).toEqual(expect.arrayContaining(['HttpsListener', 'PluginDaemonRoute']));
    });

    it('runs the tasks in the private subnets behind the task security group', () => {
      expect(model.subnetIds).toEqual([{ Ref: 'PrivateSubnet1' }, { Ref: 'PrivateSubnet2' }]);
      expect(model.securityGroup).toBe('TaskSecurityGroup');
    });
  });

  it.each([
    [true, 'FARGATE_SPOT'],
    [false, 'FARGATE'],
  ])('with Spot %s runs api, worker and web on %s, and beat on FARGATE', (fargateSpot, provider) => {
    const model = modelFor({ dify: { fargateSpot } });
    expect(Object.fromEntries(model.services.map((s) => [s.logicalId, s.capacityProvider]))).toEqual({
      ApiService: provider,
      WorkerService: provider,
      BeatService: 'FARGATE',
      WebService: provider,
    });
  });

  it('runs exactly one beat scheduler whatever the API count, never two during a deployment', () => {
    const model = modelFor({
      dify: { fargateSpot: true, services: { api: { desiredCount: 4 }, worker: { desiredCount: 3 } } },
    });
    const beat = model.services.find((s) => s.logicalId === 'BeatService');
    expect(beat).toMatchObject({
      desiredCount: 1,
      maximumPercent: 100,
      minimumHealthyPercent: 0,
      capacityProvider: 'FARGATE',
    });
    expect(model.services.find((s) => s.logicalId === 'ApiService')?.desiredCount).toBe(4);
    expect(model.services.find((s) => s.logicalId === 'WorkerService')?.desiredCount).toBe(3);
  });

  it('pulls every image from the ECR mirror of the account and region', () => {
    const model = modelFor({ dify: { images: { source: 'ecr', ecrRepositoryPrefix: 'mirror/dify' } } });
    const registry = '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/mirror/dify';
    expect(Object.fromEntries(CONTAINER_NAMES.map((name) => [name, containerOf(model, name).image]))).toEqual(
      {
        api: `${registry}/dify-api:1.13.3`,
        worker: `${registry}/dify-api:1.13.3`,
        beat: `${registry}/dify-api:1.13.3`,
        web: `${registry}/dify-web:1.13.3`,
        pluginDaemon: `${registry}/dify-plugin-daemon:0.5.3-local`,
        sandbox: `${registry}/dify-sandbox:0.2.14`,
        ssrfProxy: `${registry}/squid:${SSRF_PROXY_IMAGE.tag}`,
      },
    );
  });

  describe("the user's extra variables", () => {
    const environment = [
      { name: 'LOG_LEVEL', value: 'INFO', targets: ['api', 'worker', 'web'] },
      { name: 'SENTRY_DSN', fromSsmParameter: '/dify/prod/sentry-dsn', targets: ['api'] },
      { name: 'PLAIN_PARAMETER', fromSsmParameter: 'flat-name', targets: ['beat'] },
      {
        name: 'GIVEN_PARAMETER',
        fromSsmParameter: 'arn:aws:ssm:us-east-1:123456789012:parameter/shared/value',
        targets: ['pluginDaemon'],
      },
      {
        name: 'OPENAI_SECRET',
        fromSecret: 'dify/prod/openai',
        jsonKey: 'apiKey',
        targets: ['pluginDaemon', 'sandbox'],
      },
      { name: 'WHOLE_SECRET', fromSecret: 'dify/prod/whole', targets: ['worker'] },
      {
        name: 'GIVEN_SECRET',
        fromSecret: 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:given-AbCdEf',
        jsonKey: 'token',
        targets: ['web'],
      },
    ];
    const model = modelFor({ dify: { environment } });

    it('passes a literal as a plain variable to the containers it targets only', () => {
      for (const name of ['api', 'worker', 'web'] as const)
        expect(variablesOf(model, name).environment.LOG_LEVEL).toBe('INFO');
      for (const name of ['beat', 'pluginDaemon', 'sandbox', 'ssrfProxy'] as const) {
        expect(variablesOf(model, name).environment.LOG_LEVEL).toBeUndefined();
      }
    });

    it('passes an SSM parameter as a secret with its ARN', () => {
      expect(variablesOf(model, 'api').secrets.SENTRY_DSN).toBe(
        'arn:aws:ssm:ap-northeast-1:123456789012:parameter/dify/prod/sentry-dsn',
      );
      expect(variablesOf(model, 'beat').secrets.PLAIN_PARAMETER).toBe(
        'arn:aws:ssm:ap-northeast-1:123456789012:parameter/flat-name',
      );
      expect(variablesOf(model, 'pluginDaemon').secrets.GIVEN_PARAMETER).toBe(
        'arn:aws:ssm:us-east-1:123456789012:parameter/shared/value',
      );
      expect(variablesOf(model, 'worker').secrets.SENTRY_DSN).toBeUndefined();
    });

    it('passes a Secrets Manager secret as a secret, one JSON key when asked', () => {
      const arn = 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:';
      expect(variablesOf(model, 'pluginDaemon').secrets.OPENAI_SECRET).toBe(
        `${arn}dify/prod/openai:apiKey::`,
      );
      expect(variablesOf(model, 'sandbox').secrets.OPENAI_SECRET).toBe(`${arn}dify/prod/openai:apiKey::`);
      expect(variablesOf(model, 'worker').secrets.WHOLE_SECRET).toBe(`${arn}dify/prod/whole`);
      expect(variablesOf(model, 'web').secrets.GIVEN_SECRET).toBe(`${arn}given-AbCdEf:token::`);
      expect(variablesOf(model, 'api').secrets.OPENAI_SECRET).toBeUndefined();
    });

    it('replaces a default the kit does not own instead of repeating it', () => {
      const overridden = modelFor({
        dify: { environment: [{ name: 'WORKER_TIMEOUT', value: '60', targets: ['sandbox'] }] },
      });
      expect(
        containerOf(overridden, 'sandbox').environment.filter((v) => v.name === 'WORKER_TIMEOUT'),
      ).toEqual([{ name: 'WORKER_TIMEOUT', value: '60' }]);
    });

    it('lists variables by name, so the order of dify.environment changes nothing', () => {
      const reordered = modelFor({ dify: { environment: [...environment].reverse() } });
      expect(reordered).toEqual(model);
      for (const name of CONTAINER_NAMES) {
        const names = containerOf(model, name).environment.map((v) => v.name);
        expect(names).toEqual([...names].sort());
      }
    });
  });

  describe('email', () => {
    it('gives api and worker the SMTP settings and credentials as secrets, nobody else', () => {
      const model = modelFor(
        { email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' } },
        { email: emailArea() },
      );
      for (const name of ['api', 'worker'] as const) {
        const { environment, secrets } = variablesOf(model, name);
        expect(environment).toMatchObject({
          MAIL_TYPE: 'smtp',
          MAIL_DEFAULT_SEND_FROM: 'dify@example.com',
          SMTP_SERVER: 'email-smtp.ap-northeast-1.amazonaws.com',
          SMTP_PORT: '587',
          SMTP_USE_TLS: 'true',
          SMTP_OPPORTUNISTIC_TLS: 'true',
        });
        expect(secrets.SMTP_USERNAME).toEqual({
          'Fn::Join': ['', [{ Ref: 'SmtpCredentialsSecret' }, ':username::']],
        });
        expect(secrets.SMTP_PASSWORD).toEqual({
          'Fn::Join': ['', [{ Ref: 'SmtpCredentialsSecret' }, ':password::']],
        });
      }
      for (const name of ['beat', 'web', 'pluginDaemon', 'sandbox'] as const) {
        expect(variablesOf(model, name).environment.MAIL_TYPE).toBeUndefined();
      }
    });

    it('speaks TLS from the start on port 465', () => {
      const model = modelFor(
        { email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' } },
        { email: emailArea(465) },
      );
      expect(variablesOf(model, 'api').environment).toMatchObject({
        SMTP_PORT: '465',
        SMTP_USE_TLS: 'true',
        SMTP_OPPORTUNISTIC_TLS: 'false',
      });
    });

    it('sets no mail without email', () => {
      expect(
        Object.keys(variablesOf(modelFor(), 'api').environment).filter((n) => /^(MAIL|SMTP)_/.test(n)),
      ).toEqual([]);
    });
  });

  describe('a closed network', () => {
    it('disables the update check and the marketplace without an egress proxy', () => {
      const { environment } = variablesOf(modelFor(closedNetwork), 'api');
      expect(environment).toMatchObject({ CHECK_UPDATE_URL: '', MARKETPLACE_ENABLED: 'false' });
      expect(environment.HTTP_PROXY).toBeUndefined();
    });

    it('sends the plugin daemon (and the API) through the egress proxy, AWS and the task itself direct', () => {
      const proxy = 'http://proxy.internal.example.com:3128';
      const model = modelFor({
        ...closedNetwork,
        dify: { images: { source: 'ecr' }, plugins: { egressProxyUrl: proxy } },
      });
      for (const name of ['pluginDaemon', 'api', 'worker'] as const) {
        const { environment } = variablesOf(model, name);
        expect(environment).toMatchObject({ HTTP_PROXY: proxy, HTTPS_PROXY: proxy });
        expect(String(environment.NO_PROXY).split(',')).toEqual(
          expect.arrayContaining([
            'localhost',
            '127.0.0.1',
            '169.254.169.254',
            '169.254.170.2',
            '.amazonaws.com',
            // The worker reaches the API tasks by their private DNS name, never through the egress proxy.
            '.test.dify.internal',
          ]),
        );
      }
      expect(variablesOf(model, 'api').environment.MARKETPLACE_ENABLED).toBe('true');
      // The sandbox keeps the SSRF proxy, which forwards to the egress proxy.
      expect(variablesOf(model, 'sandbox').environment.HTTP_PROXY).toBe('http://localhost:3128');
      expect(variablesOf(model, 'ssrfProxy').environment.SQUID_CONF).toContain(
        'cache_peer proxy.internal.example.com parent 3128 0 no-query no-digest default',
      );
    });
  });

  it('gives the plugin daemon and the sandbox the PyPI mirror', () => {
    const mirror =
      'https://my-domain-123456789012.d.codeartifact.ap-northeast-1.amazonaws.com/pypi/pypi-mirror/simple/';
    const model = modelFor({ dify: { plugins: { pipMirrorUrl: mirror } } });
    expect(variablesOf(model, 'pluginDaemon').environment.PIP_MIRROR_URL).toBe(mirror);
    expect(variablesOf(model, 'sandbox').environment.PIP_MIRROR_URL).toBe(mirror);
    expect(variablesOf(model, 'api').environment.PIP_MIRROR_URL).toBeUndefined();
  });

  it('lets the sandbox make any system call only when asked', () => {
    const { environment } = variablesOf(
      modelFor({ dify: { sandbox: { allowAnySyscalls: true } } }),
      'sandbox',
    );
    expect(environment.ALLOWED_SYSCALLS).toBe(ALL_SYSCALLS);
    expect(ALL_SYSCALLS.split(',')).toHaveLength(457);
    expect(ALL_SYSCALLS.split(',').at(-1)).toBe('456');
  });

  it('builds URLs from the load balancer name without a domain', () => {
    const { environment } = variablesOf(modelFor({ domain: undefined }), 'api');
    const dnsName = { 'Fn::GetAtt': ['LoadBalancer', 'DNSName'] };
    expect(environment.CONSOLE_API_URL).toEqual({ 'Fn::Join': ['', ['http://', dnsName]] });
    expect(environment.ENDPOINT_URL_TEMPLATE).toEqual({
      'Fn::Join': ['', ['http://', dnsName, '/e/{hook_id}']],
    });
  });

  it('encrypts ECS Exec sessions with the given key', () => {
    const key = 'arn:aws:kms:ap-northeast-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
    expect(
      modelFor({ operations: { execSessionKmsKeyArn: key } }).cluster.executeCommandConfiguration,
    ).toEqual({
      Logging: 'NONE',
      KmsKeyId: key,
    });
    expect(modelFor().cluster.executeCommandConfiguration).toEqual({ Logging: 'NONE' });
  });

  it('sets only variables ENV001 guards, or defaults a user may replace', () => {
    // Defaults the user may replace through dify.environment (the kit's value is a sensible default only).
    const replaceable = [
      'ALLOWED_SYSCALLS',
      'CHECK_UPDATE_URL',
      'ENABLE_NETWORK',
      'GIN_MODE',
      'MARKETPLACE_ENABLED',
      'NEXT_TELEMETRY_DISABLED',
      'PLUGIN_REMOTE_INSTALLING_ENABLED',
      'S3_USE_PATH_STYLE',
      'SMTP_OPPORTUNISTIC_TLS',
      'SQLALCHEMY_POOL_PRE_PING',
      'WORKER_TIMEOUT',
    ];
    const model = modelFor(
      {
        email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' },
        network: { egress: 'none', loadBalancer: { scheme: 'internal', allowedCidrs: ['10.0.0.0/8'] } },
        dify: {
          images: { source: 'ecr' },
          sandbox: { allowAnySyscalls: true },
          plugins: {
            egressProxyUrl: 'http://proxy.example.com:3128',
            pipMirrorUrl: 'https://pypi.example.com/simple/',
          },
        },
      },
      { email: emailArea() },
    );
    const managed = new Set<string>(KIT_MANAGED_VARIABLES);
    const userContainers = CONTAINER_NAMES.filter((name) => name !== 'ssrfProxy');
    const set = new Set(
      userContainers.flatMap((name) =>
        [...containerOf(model, name).environment, ...containerOf(model, name).secrets].map((v) => v.name),
      ),
    );
    const unguarded = [...set].filter((name) => !managed.has(name) && !replaceable.includes(name)).sort();
    expect(unguarded).toEqual([]);
  });
});

describe('appendPath', () => {
  it('appends to a string, extends a join, and joins any other intrinsic', () => {
    expect(appendPath('https://dify.example.com', '/e')).toBe('https://dify.example.com/e');
    expect(appendPath({ 'Fn::Join': ['', ['http://', { Ref: 'X' }]] }, '/e')).toEqual({
      'Fn::Join': ['', ['http://', { Ref: 'X' }, '/e']],
    });
    expect(appendPath({ Ref: 'Url' }, '/e')).toEqual({ 'Fn::Join': ['', [{ Ref: 'Url' }, '/e']] });
  });
});

describe('squidConfiguration', () => {
  const lines = (overrides: Overrides = {}, vpcCidr = '10.0.0.0/16') =>
    squidConfiguration(environmentFor(overrides), vpcCidr).trimEnd().split('\n');

  it('listens on 3128 for localhost and the VPC, and denies metadata endpoints and private ranges first', () => {
    const config = lines();
    expect(config[0]).toBe('http_port 3128');
    expect(config).toContain('acl from_vpc src 10.0.0.0/16');
    const access = config.filter((line) => line.startsWith('http_access'));
    expect(access).toEqual([
      'http_access deny !Safe_ports',
      'http_access deny CONNECT !SSL_ports',
      'http_access deny manager',
      'http_access deny to_metadata',
      'http_access deny to_private_networks',
      'http_access allow localhost',
      'http_access allow from_vpc',
      'http_access deny all',
    ]);
    expect(config).toContain('acl to_metadata dst 169.254.169.254/32 169.254.170.2/32');
    const privateRanges = config
      .find((line) => line.startsWith('acl to_private_networks dst '))
      ?.split(' ')
      .slice(3);
    expect(privateRanges).toEqual(
      expect.arrayContaining([
        '10.0.0.0/8',
        '172.16.0.0/12',
        '192.168.0.0/16',
        '127.0.0.0/8',
        '169.254.0.0/16',
        'fc00::/7',
      ]),
    );
    // Squid keeps IPv4 addresses in this mapped form: the range would mean every IPv4 address.
    expect(privateRanges).not.toContain('::ffff:0:0/96');
  });

  it("admits the worker's tasks from the VPC range of the network model, an existing VPC's too", () => {
    const existing = environmentFor({
      network: {
        vpc: {
          mode: 'existing',
          id: 'vpc-0a1b2c3d4e5f60000',
          cidr: '172.31.0.0/16',
          publicSubnets: [
            { id: 'subnet-0a1b2c3d4e5f60001', availabilityZone: 'ap-northeast-1a', cidr: '172.31.0.0/24' },
            { id: 'subnet-0a1b2c3d4e5f60002', availabilityZone: 'ap-northeast-1c', cidr: '172.31.1.0/24' },
          ],
          privateSubnets: [
            { id: 'subnet-0a1b2c3d4e5f60003', availabilityZone: 'ap-northeast-1a', cidr: '172.31.2.0/24' },
            { id: 'subnet-0a1b2c3d4e5f60004', availabilityZone: 'ap-northeast-1c', cidr: '172.31.3.0/24' },
          ],
        },
      },
    });
    const model = buildServicesModel(existing, areasFor(existing));
    const config = String(variablesOf(model, 'ssrfProxy').environment.SQUID_CONF).split('\n');
    expect(config).toContain('acl from_vpc src 172.31.0.0/16');
    expect(config.indexOf('http_access allow from_vpc')).toBeGreaterThan(
      config.indexOf('http_access deny to_private_networks'),
    );
    expect(config.indexOf('http_access allow from_vpc')).toBeGreaterThan(
      config.indexOf('http_access deny to_metadata'),
    );
    expect(config.indexOf('http_access allow from_vpc')).toBeLessThan(config.indexOf('http_access deny all'));
    expect(model.serviceDiscovery.namespace.vpcId).toBe('vpc-0a1b2c3d4e5f60000');
  });

  it('lets a PyPI mirror inside the VPC through by name, and sends the rest to the egress proxy', () => {
    const config = lines({
      dify: {
        plugins: {
          pipMirrorUrl:
            'https://my-domain-123456789012.d.codeartifact.ap-northeast-1.amazonaws.com/pypi/pypi-mirror/simple/',
          egressProxyUrl: 'https://proxy.example.com',
        },
      },
    });
    expect(config).toContain(
      'acl pip_mirror dstdomain my-domain-123456789012.d.codeartifact.ap-northeast-1.amazonaws.com',
    );
    expect(config.indexOf('http_access allow localhost pip_mirror')).toBeLessThan(
      config.indexOf('http_access deny to_private_networks'),
    );
    expect(config.indexOf('http_access allow localhost pip_mirror')).toBeGreaterThan(
      config.indexOf('http_access deny to_metadata'),
    );
    expect(config).toContain('cache_peer proxy.example.com parent 443 0 no-query no-digest default tls');
    expect(config).toContain('always_direct allow pip_mirror');
    expect(config).toContain('never_direct allow all');
  });
});

describe('partials/services.yaml.njk', () => {
  const env = environmentFor({ dify: { fargateSpot: true } });
  const model = buildServicesModel(env, areasFor(env));
  const text = renderPartial(model);
  const resources = resourcesOf(text);

  it('renders the same text for the same input', () => {
    expect(renderPartial(buildServicesModel(env, areasFor(env)))).toBe(text);
  });

  it('creates the cluster with Container Insights and both Fargate capacity providers', () => {
    expect(resources.Cluster?.Properties).toMatchObject({
      ClusterSettings: [{ Name: 'containerInsights', Value: 'enabled' }],
      Configuration: { ExecuteCommandConfiguration: { Logging: 'NONE' } },
    });
    expect(resources.ClusterCapacityProviders).toMatchObject({
      Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
      Properties: { Cluster: { Ref: 'Cluster' }, CapacityProviders: ['FARGATE', 'FARGATE_SPOT'] },
    });
  });

  it('creates a log group per container with the retention', () => {
    for (const group of model.logGroups) {
      expect(resources[group.logicalId]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { LogGroupName: group.name, RetentionInDays: 30 },
      });
    }
  });

  it('runs Linux x86-64 Fargate tasks whose containers all have an init process and awslogs', () => {
    const tasks = Object.values(resources).filter((r) => r.Type === 'AWS::ECS::TaskDefinition');
    expect(tasks).toHaveLength(4);
    for (const task of tasks) {
      expect(task.Properties).toMatchObject({
        RequiresCompatibilities: ['FARGATE'],
        NetworkMode: 'awsvpc',
        RuntimePlatform: { OperatingSystemFamily: 'LINUX', CpuArchitecture: 'X86_64' },
        ExecutionRoleArn: { 'Fn::GetAtt': ['TaskExecutionRole', 'Arn'] },
      });
      for (const container of containerDefinitions(task)) {
        expect(container).toMatchObject({
          Essential: true,
          LinuxParameters: { InitProcessEnabled: true },
          LogConfiguration: { LogDriver: 'awslogs', Options: { 'awslogs-stream-prefix': 'dify' } },
        });
      }
    }
  });

  it('writes the SSRF proxy configuration from its variable, then runs squid in the foreground', () => {
    const squid = containerDefinitions(resources.ApiTaskDefinition).find((c) => c.Name === 'ssrfProxy') ?? {};
    expect(squid.EntryPoint).toEqual(['/bin/sh', '-c']);
    const [command] = squid.Command as string[];
    expect(command).toContain('"$SQUID_CONF" > /etc/squid/squid.conf');
    expect(command).toContain('exec /usr/sbin/squid -f /etc/squid/squid.conf -NYC');
    expect((squid.Environment as { Name: string; Value: string }[])[0]).toEqual({
      Name: 'SQUID_CONF',
      Value: squidConfiguration(env, '10.0.0.0/16'),
    });
  });

  it('runs services on LATEST in private subnets, with ECS Exec and a rolling back circuit breaker', () => {
    const services = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::ECS::Service');
    expect(services.map(([id]) => id)).toEqual(['ApiService', 'WorkerService', 'BeatService', 'WebService']);
    for (const [, service] of services) {
      expect(service.Properties).toMatchObject({
        Cluster: { Ref: 'Cluster' },
        PlatformVersion: 'LATEST',
        EnableExecuteCommand: true,
        DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
        NetworkConfiguration: {
          AwsvpcConfiguration: {
            Subnets: [{ Ref: 'PrivateSubnet1' }, { Ref: 'PrivateSubnet2' }],
            SecurityGroups: [{ Ref: 'TaskSecurityGroup' }],
            AssignPublicIp: 'DISABLED',
          },
        },
      });
      expect(service.DependsOn).toContain('ClusterCapacityProviders');
    }
    expect(resources.BeatService?.Properties).toMatchObject({
      DesiredCount: 1,
      CapacityProviderStrategy: [{ CapacityProvider: 'FARGATE', Weight: 1 }],
      DeploymentConfiguration: { MaximumPercent: 100, MinimumHealthyPercent: 0 },
    });
    expect(resources.ApiService?.Properties?.CapacityProviderStrategy).toEqual([
      { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
    ]);
    expect(resources.ApiService?.Properties?.LoadBalancers).toEqual([
      { ContainerName: 'api', ContainerPort: 5001, TargetGroupArn: { Ref: 'ApiTargetGroup' } },
      {
        ContainerName: 'pluginDaemon',
        ContainerPort: 5002,
        TargetGroupArn: { Ref: 'PluginDaemonTargetGroup' },
      },
    ]);
    expect(resources.WorkerService?.Properties?.LoadBalancers).toBeUndefined();
    expect(resources.WorkerService?.Properties?.HealthCheckGracePeriodSeconds).toBeUndefined();
  });

  it('registers the API tasks, and only them, in a private DNS namespace of the VPC', () => {
    expect(resources.ServiceDiscoveryNamespace).toMatchObject({
      Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
      Properties: { Name: 'test.dify.internal', Vpc: { Ref: 'Vpc' } },
    });
    expect(resources.ApiDiscoveryService).toMatchObject({
      Type: 'AWS::ServiceDiscovery::Service',
      Properties: {
        Name: 'api',
        NamespaceId: { Ref: 'ServiceDiscoveryNamespace' },
        DnsConfig: { DnsRecords: [{ Type: 'A', TTL: 10 }], RoutingPolicy: 'MULTIVALUE' },
        HealthCheckCustomConfig: { FailureThreshold: 1 },
      },
    });
    expect(resources.ApiService?.Properties?.ServiceRegistries).toEqual([
      { RegistryArn: { 'Fn::GetAtt': ['ApiDiscoveryService', 'Arn'] } },
    ]);
    for (const id of ['WorkerService', 'BeatService', 'WebService'])
      expect(resources[id]?.Properties?.ServiceRegistries).toBeUndefined();
  });

  it('keeps hostile values inside their scalars', () => {
    const hostile = 'x"\n  Injected: true\n# {{ y }} \u0024{z} !Ref w';
    const hostileEnv = environmentFor({
      dify: { environment: [{ name: 'HOSTILE', value: hostile, targets: ['web'] }] },
    });
    const parsed = resourcesOf(renderPartial(buildServicesModel(hostileEnv, areasFor(hostileEnv))));
    const [web] = containerDefinitions(parsed.WebTaskDefinition);
    const variables = web?.Environment as { Name: string; Value: unknown }[];
    // Text holding `${` goes as a literal Fn::Sub: every `${` escaped as `${!`, which CloudFormation writes back as `${`.
    expect(variables.find((v) => v.Name === 'HOSTILE')?.Value).toEqual({
      'Fn::Sub': hostile.replace('\u0024{', '\u0024{!'),
    });
  });

  it('writes text without ${ as it is, and text with it as an Fn::Sub that substitutes nothing', () => {
    const env = environmentFor({
      dify: {
        environment: [
          { name: 'PLAIN', value: 'a $ {b} $x', targets: ['web'] },
          { name: 'DOLLAR', value: '\u0024{AWS::Region}-\u0024{!x}', targets: ['web'] },
        ],
      },
    });
    const [web] = containerDefinitions(
      resourcesOf(renderPartial(buildServicesModel(env, areasFor(env)))).WebTaskDefinition,
    );
    const variables = web?.Environment as { Name: string; Value: unknown }[];
    expect(variables.find((v) => v.Name === 'PLAIN')?.Value).toBe('a $ {b} $x');
    expect(variables.find((v) => v.Name === 'DOLLAR')?.Value).toEqual({
      'Fn::Sub': '\u0024{!AWS::Region}-\u0024{!!x}',
    });
  });
});
