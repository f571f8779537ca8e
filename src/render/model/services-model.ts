import {
  SSRF_PROXY_CPU_UNITS,
  SSRF_PROXY_MEMORY_MIB,
} from '../../environment/checks/ecs002-api-task-fits.js';
import type { EnvironmentVariable } from '../../environment/environment.types.js';
import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { type Intrinsic, literalText, tagList } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import type { DataModel, EmailModel, SecretsModel } from './area-contracts.js';
import type { IamModel } from './iam-model.js';
import type { LoadBalancerModel } from './load-balancer-model.js';
import type { NetworkModel } from './network-model.js';
import { parameterArn } from './secrets-model.js';

type Tags = { Key: string; Value: string }[];
type Value = Intrinsic | string;

/** Every container the stack runs, each with a log group of its own. */
export const CONTAINER_NAMES = [
  'api',
  'worker',
  'beat',
  'web',
  'pluginDaemon',
  'sandbox',
  'ssrfProxy',
] as const;
export type ContainerName = (typeof CONTAINER_NAMES)[number];

/** The containers a user's extra variable may target (dify.environment[].targets). */
type TargetContainer = EnvironmentVariable['targets'][number];

/**
 * The SSRF proxy image. Dify's compose runs `ubuntu/squid:latest`, which the
 * kit refuses; this is Canonical's 24.04 channel, the one `latest` resolved to
 * (it ships Squid 6.13), pinned by its multi-platform index digest because the
 * channel tag itself is re-pushed. Source: public pins of
 * `ubuntu/squid:6.6-24.04_beta@sha256:6a097f68…` in GitHub code found with
 * find_string "ubuntu/squid:6" (a Terraform default, a Dockerfile and an e2e
 * script that verified `squid -v` in the image), and hub.docker.com/r/ubuntu/squid.
 * ECR mirrors carry the tag only (a mirror may re-index the image).
 */
export const SSRF_PROXY_IMAGE = { repository: 'ubuntu/squid', tag: '6.6-24.04_beta' } as const;
export const SSRF_PROXY_IMAGE_DIGEST =
  'sha256:6a097f68bae708cedbabd6188d68c7e2e7a38cedd05a176e1cc0ba29e3bbe029';

export const API_PORT = 5001;
export const PLUGIN_DAEMON_PORT = 5002;
export const SANDBOX_PORT = 8194;
export const SSRF_PROXY_PORT = 3128;
export const WEB_PORT = 3000;

/** The API runs database migrations when it starts: give it time before the load balancer's checks count. */
export const API_HEALTH_CHECK_GRACE_SECONDS = 600;
export const WEB_HEALTH_CHECK_GRACE_SECONDS = 120;

/** Where the plugin daemon runs plugins (its local disk). */
export const PLUGIN_WORKING_PATH = '/app/storage/cwd';

/** Hosts the plugin daemon (and the API) reach directly even when an egress proxy is set. */
export const NO_PROXY_HOSTS = [
  'localhost',
  '127.0.0.1',
  '169.254.169.254',
  '169.254.170.2',
  '.amazonaws.com',
];

const localhost = (port: number) => `http://localhost:${port}`;

/** The Cloud Map name the API tasks register under, in the environment's private DNS namespace. */
export const API_DISCOVERY_NAME = 'api';
/** Seconds a resolver keeps an API task's address: short, so a replaced task drops out quickly. */
export const API_DISCOVERY_TTL_SECONDS = 10;

/** The environment's private DNS namespace: `<environment>.dify.internal`. */
export const serviceDiscoveryNamespaceName = (env: ResolvedEnvironment): string =>
  `${env.name}.dify.internal`;

/** The name that resolves to the API tasks (each task's address, MULTIVALUE): `api.<environment>.dify.internal`. */
export const apiDiscoveryHostName = (env: ResolvedEnvironment): string =>
  `${API_DISCOVERY_NAME}.${serviceDiscoveryNamespaceName(env)}`;

export interface NameValue {
  readonly name: string;
  readonly value: Value;
}

export interface ContainerHealthCheck {
  readonly Command: readonly string[];
  readonly Interval: number;
  readonly Timeout: number;
  readonly Retries: number;
  readonly StartPeriod: number;
}

export interface ContainerModel {
  readonly name: ContainerName;
  readonly image: string;
  /** CPU units reserved for the container; absent: it shares the task's. */
  readonly cpu?: number;
  /** Hard memory limit (MiB). */
  readonly memory?: number;
  /** Soft memory limit (MiB): what is left of the task for the api container. */
  readonly memoryReservation?: number;
  readonly ports: readonly number[];
  readonly entryPoint?: readonly string[];
  readonly command?: readonly string[];
  /** Plain variables, sorted by name. Never a secret. */
  readonly environment: readonly NameValue[];
  /** Variables ECS reads from Secrets Manager or SSM (valueFrom), sorted by name. */
  readonly secrets: readonly NameValue[];
  readonly healthCheck?: ContainerHealthCheck;
  readonly dependsOn: readonly {
    readonly ContainerName: ContainerName;
    readonly Condition: 'START' | 'HEALTHY';
  }[];
  /** Logical id of the container's log group. */
  readonly logGroup: string;
  readonly logStreamPrefix: string;
}

export interface TaskDefinitionModel {
  readonly logicalId: string;
  readonly family: string;
  /** Fargate task size, as the strings CloudFormation takes. */
  readonly cpu: string;
  readonly memory: string;
  readonly taskRoleArn: Intrinsic;
  readonly containers: readonly ContainerModel[];
  readonly tags: Tags;
}

export interface ServiceModel {
  readonly logicalId: string;
  readonly taskDefinition: string;
  readonly desiredCount: number;
  readonly capacityProvider: 'FARGATE' | 'FARGATE_SPOT';
  readonly maximumPercent: number;
  readonly minimumHealthyPercent: number;
  readonly healthCheckGracePeriodSeconds?: number;
  readonly loadBalancers: readonly {
    readonly containerName: ContainerName;
    readonly containerPort: number;
    readonly targetGroup: string;
  }[];
  /** Logical id of the Cloud Map service the service's tasks register with (ServiceRegistries), if any. */
  readonly discoveryService?: string;
  readonly dependsOn: readonly string[];
  readonly tags: Tags;
}

/**
 * Cloud Map DNS service discovery: the API tasks register an A record each under
 * `api.<namespace>`, which is how the worker reaches the plugin daemon, the sandbox
 * and the SSRF proxy that run beside the api container.
 */
export interface ServiceDiscoveryModel {
  readonly namespace: {
    readonly logicalId: string;
    readonly name: string;
    readonly vpcId: Intrinsic | string;
    readonly tags: Tags;
  };
  readonly api: {
    readonly logicalId: string;
    readonly name: string;
    /** The full name the worker uses: `api.<namespace>`. */
    readonly hostName: string;
    readonly ttl: number;
    readonly tags: Tags;
  };
}

export interface LogGroupModel {
  readonly logicalId: string;
  readonly container: ContainerName;
  readonly name: string;
}

export interface ServicesModel {
  readonly cluster: {
    readonly name: string;
    readonly executeCommandConfiguration: { readonly Logging: 'NONE'; readonly KmsKeyId?: string };
    readonly tags: Tags;
  };
  readonly logGroups: readonly LogGroupModel[];
  readonly logRetentionDays: number;
  readonly logTags: Tags;
  readonly apiTaskFamily: string;
  readonly executionRoleArn: Intrinsic;
  readonly taskDefinitions: readonly TaskDefinitionModel[];
  readonly services: readonly ServiceModel[];
  readonly subnetIds: readonly (Intrinsic | string)[];
  readonly securityGroup: string;
  readonly serviceDiscovery: ServiceDiscoveryModel;
}

export interface ServicesAreas {
  readonly network: NetworkModel;
  readonly loadBalancer: LoadBalancerModel;
  readonly secrets: SecretsModel;
  readonly data: DataModel;
  readonly iam: IamModel;
  readonly email?: EmailModel | undefined;
}

/** Logical id of a container's log group. */
export const logGroupLogicalId = (container: ContainerName): string => LogicalIds.logGroup(container);

/** A container's log group name: `/dify/<environment>/<container>`. */
export const logGroupName = (env: ResolvedEnvironment, container: ContainerName): string =>
  `/dify/${env.name}/${container}`;

/** ECS on Fargate: the cluster, the api, worker, beat and web task definitions and services, and their logs. */
export function buildServicesModel(env: ResolvedEnvironment, areas: ServicesAreas): ServicesModel {
  const { loadBalancer, data, iam } = areas;
  const tags = (suffix: string) => tagList(`${env.stackName}-${suffix}`, env.tags);
  const vars = containerVariables(env, areas);
  const images = imagesOf(env);
  const container = (
    name: ContainerName,
    image: string,
    options: Partial<Omit<ContainerModel, 'name' | 'image' | 'environment' | 'secrets' | 'logGroup'>> = {},
  ): ContainerModel => ({
    name,
    image,
    ...options,
    ports: options.ports ?? [],
    dependsOn: options.dependsOn ?? [],
    environment: vars[name].environment,
    secrets: vars[name].secrets,
    logGroup: logGroupLogicalId(name),
    logStreamPrefix: 'dify',
  });

  const { api, worker, beat, web, pluginDaemon, sandbox } = env.dify.services;
  const apiContainerCpu = api.cpu - pluginDaemon.cpu - sandbox.cpu - SSRF_PROXY_CPU_UNITS;
  const apiContainerMemory = api.memory - pluginDaemon.memory - sandbox.memory - SSRF_PROXY_MEMORY_MIB;
  const apiTaskFamily = `${env.stackName}-api`;

  const taskDefinitions: TaskDefinitionModel[] = [
    {
      logicalId: LogicalIds.apiTaskDefinition,
      taskRoleArn: iam.taskRoleArn,
      family: apiTaskFamily,
      cpu: String(api.cpu),
      memory: String(api.memory),
      containers: [
        container('api', images.api, {
          cpu: apiContainerCpu,
          memoryReservation: apiContainerMemory,
          ports: [API_PORT],
          // The image has curl (Dify's compose checks it the same way). Migrations run first: allow the longest start.
          healthCheck: healthCheck(['CMD-SHELL', `curl -f ${localhost(API_PORT)}/health || exit 1`], 300),
        }),
        // No health check: the image has no reliable probe, and the load balancer checks /health/check.
        container('pluginDaemon', images.pluginDaemon, {
          cpu: pluginDaemon.cpu,
          memory: pluginDaemon.memory,
          ports: [PLUGIN_DAEMON_PORT],
        }),
        container('sandbox', images.sandbox, {
          cpu: sandbox.cpu,
          memory: sandbox.memory,
          healthCheck: healthCheck(['CMD-SHELL', `curl -f ${localhost(SANDBOX_PORT)}/health || exit 1`], 60),
          // Its dependencies install through the proxy when it starts.
          dependsOn: [{ ContainerName: 'ssrfProxy', Condition: 'HEALTHY' }],
        }),
        container('ssrfProxy', images.ssrfProxy, {
          cpu: SSRF_PROXY_CPU_UNITS,
          memory: SSRF_PROXY_MEMORY_MIB,
          // The image's entrypoint runs squid with the command as its arguments: replace it with a shell
          // that writes the configuration the task definition carries, then runs squid in the foreground.
          entryPoint: ['/bin/sh', '-c'],
          command: [SQUID_COMMAND],
          // bash's /dev/tcp: no HTTP client is needed to see the port accept connections.
          healthCheck: healthCheck(['CMD', 'bash', '-c', `</dev/tcp/127.0.0.1/${SSRF_PROXY_PORT}`], 10),
        }),
      ],
      tags: tags('api'),
    },
    {
      logicalId: LogicalIds.workerTaskDefinition,
      taskRoleArn: iam.taskRoleArn,
      family: `${env.stackName}-worker`,
      cpu: String(worker.cpu),
      memory: String(worker.memory),
      // Celery's ping is what Dify's compose would use, and it disables it by default: no health check.
      containers: [container('worker', images.api)],
      tags: tags('worker'),
    },
    {
      logicalId: LogicalIds.beatTaskDefinition,
      taskRoleArn: iam.execOnlyTaskRoleArn,
      family: `${env.stackName}-beat`,
      cpu: String(beat.cpu),
      memory: String(beat.memory),
      containers: [container('beat', images.api)],
      tags: tags('beat'),
    },
    {
      logicalId: LogicalIds.webTaskDefinition,
      taskRoleArn: iam.execOnlyTaskRoleArn,
      family: `${env.stackName}-web`,
      cpu: String(web.cpu),
      memory: String(web.memory),
      containers: [
        container('web', images.web, {
          ports: [WEB_PORT],
          // The web image has no curl: node's fetch. A redirect (to the sign-in page) is healthy, as for the load balancer.
          healthCheck: healthCheck(
            [
              'CMD',
              'node',
              '-e',
              `fetch('${localhost(WEB_PORT)}/',{redirect:'manual'}).then(r=>process.exit(r.status<400?0:1),()=>process.exit(1))`,
            ],
            30,
          ),
        }),
      ],
      tags: tags('web'),
    },
  ];

  const spot = env.dify.fargateSpot ? 'FARGATE_SPOT' : 'FARGATE';
  const loadBalanced = [loadBalancer.routingListener, ...loadBalancer.rules.map((rule) => rule.logicalId)];
  const afterData = [LogicalIds.clusterCapacityProviders, ...data.servicesDependOn];
  const services: ServiceModel[] = [
    {
      logicalId: LogicalIds.apiService,
      taskDefinition: LogicalIds.apiTaskDefinition,
      desiredCount: api.desiredCount,
      capacityProvider: spot,
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      healthCheckGracePeriodSeconds: API_HEALTH_CHECK_GRACE_SECONDS,
      loadBalancers: [
        { containerName: 'api', containerPort: API_PORT, targetGroup: LogicalIds.apiTargetGroup },
        {
          containerName: 'pluginDaemon',
          containerPort: PLUGIN_DAEMON_PORT,
          targetGroup: LogicalIds.pluginDaemonTargetGroup,
        },
      ],
      discoveryService: LogicalIds.apiDiscoveryService,
      dependsOn: [...afterData, ...loadBalanced],
      tags: tags('api'),
    },
    {
      logicalId: LogicalIds.workerService,
      taskDefinition: LogicalIds.workerTaskDefinition,
      desiredCount: worker.desiredCount,
      capacityProvider: spot,
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      loadBalancers: [],
      dependsOn: afterData,
      tags: tags('worker'),
    },
    {
      // Celery beat must never run twice: one task, and a deployment stops the old one before starting the new.
      logicalId: LogicalIds.beatService,
      taskDefinition: LogicalIds.beatTaskDefinition,
      desiredCount: 1,
      capacityProvider: 'FARGATE',
      maximumPercent: 100,
      minimumHealthyPercent: 0,
      loadBalancers: [],
      dependsOn: afterData,
      tags: tags('beat'),
    },
    {
      logicalId: LogicalIds.webService,
      taskDefinition: LogicalIds.webTaskDefinition,
      desiredCount: web.desiredCount,
      capacityProvider: spot,
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      healthCheckGracePeriodSeconds: WEB_HEALTH_CHECK_GRACE_SECONDS,
      loadBalancers: [
        { containerName: 'web', containerPort: WEB_PORT, targetGroup: LogicalIds.webTargetGroup },
      ],
      dependsOn: [LogicalIds.clusterCapacityProviders, ...loadBalanced],
      tags: tags('web'),
    },
  ];

  const kmsKeyId = env.operations.execSessionKmsKeyArn;
  return {
    cluster: {
      name: env.stackName,
      executeCommandConfiguration: { Logging: 'NONE', ...(kmsKeyId ? { KmsKeyId: kmsKeyId } : {}) },
      tags: tags('cluster'),
    },
    logGroups: CONTAINER_NAMES.map((name) => ({
      logicalId: logGroupLogicalId(name),
      container: name,
      name: logGroupName(env, name),
    })),
    logRetentionDays: env.operations.logRetentionDays,
    logTags: tags('logs'),
    apiTaskFamily,
    executionRoleArn: iam.executionRoleArn,
    taskDefinitions,
    services,
    subnetIds: areas.network.privateSubnetIds,
    securityGroup: LogicalIds.taskSecurityGroup,
    serviceDiscovery: {
      namespace: {
        logicalId: LogicalIds.serviceDiscoveryNamespace,
        name: serviceDiscoveryNamespaceName(env),
        vpcId: areas.network.vpcId,
        tags: tags('discovery'),
      },
      api: {
        logicalId: LogicalIds.apiDiscoveryService,
        name: API_DISCOVERY_NAME,
        hostName: apiDiscoveryHostName(env),
        ttl: API_DISCOVERY_TTL_SECONDS,
        tags: tags('api-discovery'),
      },
    },
  };
}

function healthCheck(command: readonly string[], startPeriod: number): ContainerHealthCheck {
  return { Command: command, Interval: 30, Timeout: 5, Retries: 3, StartPeriod: startPeriod };
}

/** Image references: one pinned tag per image, from Docker Hub or from the account's ECR mirror. */
export function imagesOf(
  env: ResolvedEnvironment,
): Record<'api' | 'web' | 'pluginDaemon' | 'sandbox' | 'ssrfProxy', string> {
  const { version, pluginDaemonVersion, sandboxVersion, images } = env.dify;
  if (pluginDaemonVersion === undefined || sandboxVersion === undefined) {
    throw new Error(
      `Dify ${version} has no plugin daemon or sandbox version to run with it; the environment checks (IMG002) should have refused it`,
    );
  }
  if (images.source === 'ecr') {
    const registry = `${env.accountId}.dkr.ecr.${env.region}.amazonaws.com/${images.ecrRepositoryPrefix}`;
    return {
      api: `${registry}/dify-api:${version}`,
      web: `${registry}/dify-web:${version}`,
      pluginDaemon: `${registry}/dify-plugin-daemon:${pluginDaemonVersion}`,
      sandbox: `${registry}/dify-sandbox:${sandboxVersion}`,
      ssrfProxy: `${registry}/squid:${SSRF_PROXY_IMAGE.tag}`,
    };
  }
  return {
    api: `langgenius/dify-api:${version}`,
    web: `langgenius/dify-web:${version}`,
    pluginDaemon: `langgenius/dify-plugin-daemon:${pluginDaemonVersion}`,
    sandbox: `langgenius/dify-sandbox:${sandboxVersion}`,
    ssrfProxy: `${SSRF_PROXY_IMAGE.repository}:${SSRF_PROXY_IMAGE.tag}@${SSRF_PROXY_IMAGE_DIGEST}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Variables

interface Variables {
  readonly environment: Record<string, Value>;
  readonly secrets: Record<string, Value>;
}

type ContainerVariables = Record<ContainerName, { environment: NameValue[]; secrets: NameValue[] }>;

/**
 * What each container is told, Dify 1.x with pgvector and S3 (reference §1.3–1.7, §2.3). Secrets only as
 * valueFrom, never as plain values. The plugin daemon and the sandbox get only what they use: plugins
 * inherit the daemon's environment, so it never sees SECRET_KEY.
 */
function containerVariables(env: ResolvedEnvironment, areas: ServicesAreas): ContainerVariables {
  const { secrets, data, email, loadBalancer, network } = areas;
  const { plugins } = env.dify;
  const closedNetwork = env.network.egress === 'none';
  const egressProxy = plugins.egressProxyUrl;
  const url = loadBalancer.url;
  const valueFrom = secrets.valueFrom;
  const port = (value: Intrinsic | number): Value => (typeof value === 'number' ? String(value) : value);

  const database = {
    environment: { DB_HOST: data.database.host, DB_PORT: port(data.database.port) },
    secrets: { DB_USERNAME: valueFrom.databaseUsername, DB_PASSWORD: valueFrom.databasePassword },
  };
  const cache = {
    environment: { REDIS_HOST: data.cache.host, REDIS_PORT: port(data.cache.port), REDIS_USE_SSL: 'true' },
    secrets: { REDIS_PASSWORD: valueFrom.cacheAuthToken },
  };
  // The worker reaches the API tasks by their private DNS name: direct too, never through the egress proxy.
  const noProxy = [...NO_PROXY_HOSTS, `.${serviceDiscoveryNamespaceName(env)}`].join(',');
  const egress: Variables = {
    environment: egressProxy ? { HTTP_PROXY: egressProxy, HTTPS_PROXY: egressProxy, NO_PROXY: noProxy } : {},
    secrets: {},
  };

  /** api, worker and beat: the same image, with Dify's shared settings. */
  const core = (mode: 'api' | 'worker' | 'beat'): Variables => ({
    environment: {
      MODE: mode,
      MIGRATION_ENABLED: mode === 'api' && env.dify.autoMigrateDatabase ? 'true' : 'false',
      CONSOLE_API_URL: url,
      CONSOLE_WEB_URL: url,
      SERVICE_API_URL: url,
      APP_API_URL: url,
      APP_WEB_URL: url,
      FILES_URL: url,
      TRIGGER_URL: url,
      ENDPOINT_URL_TEMPLATE: appendPath(url, '/e/{hook_id}'),
      // The plugin daemon fetches files here, beside the api in the same task.
      INTERNAL_FILES_URL: localhost(API_PORT),
      MARKETPLACE_ENABLED: closedNetwork && !egressProxy ? 'false' : 'true',
      ...(closedNetwork ? { CHECK_UPDATE_URL: '' } : {}),
      ...database.environment,
      DB_DATABASE: data.database.name,
      SQLALCHEMY_POOL_PRE_PING: 'true',
      ...cache.environment,
      BROKER_USE_SSL: 'true',
      STORAGE_TYPE: 's3',
      S3_BUCKET_NAME: data.bucket.name,
      S3_REGION: env.region,
      S3_USE_AWS_MANAGED_IAM: 'true',
      VECTOR_STORE: 'pgvector',
      PGVECTOR_HOST: data.database.host,
      PGVECTOR_PORT: port(data.database.port),
      PGVECTOR_DATABASE: data.database.vectorDatabase,
    },
    secrets: {
      SECRET_KEY: valueFrom.secretKey,
      ...database.secrets,
      PGVECTOR_USER: valueFrom.databaseUsername,
      PGVECTOR_PASSWORD: valueFrom.databasePassword,
      ...cache.secrets,
      CELERY_BROKER_URL: valueFrom.celeryBrokerUrl,
    },
  });

  /**
   * What api and worker need to call the plugin daemon, the sandbox and the SSRF proxy, which run in the
   * API task: the api container reaches them over localhost; the worker, in a task of its own, through
   * the API tasks' Cloud Map name (`api.<namespace>`, one A record per task), which the task security
   * group admits from the tasks on these three ports only. INTERNAL_FILES_URL stays on localhost for
   * both: the plugin daemon, beside an api container, is what fetches it.
   */
  const clients = (host: (port: number) => string): Variables => ({
    environment: {
      PLUGIN_DAEMON_URL: host(PLUGIN_DAEMON_PORT),
      CODE_EXECUTION_ENDPOINT: host(SANDBOX_PORT),
      SSRF_PROXY_HTTP_URL: host(SSRF_PROXY_PORT),
      SSRF_PROXY_HTTPS_URL: host(SSRF_PROXY_PORT),
    },
    secrets: {
      PLUGIN_DAEMON_KEY: valueFrom.pluginDaemonKey,
      INNER_API_KEY_FOR_PLUGIN: valueFrom.pluginInnerApiKey,
      CODE_EXECUTION_API_KEY: valueFrom.sandboxApiKey,
    },
  });
  const apiTasks = (port: number) => `http://${apiDiscoveryHostName(env)}:${port}`;

  const mail: Variables = email
    ? {
        environment: {
          MAIL_TYPE: 'smtp',
          MAIL_DEFAULT_SEND_FROM: literalText(email.fromAddress),
          SMTP_SERVER: email.smtpHost,
          SMTP_PORT: String(email.smtpPort),
          SMTP_USE_TLS: 'true',
          // 465 is TLS from the first byte; any other port (587) starts plain and upgrades with STARTTLS.
          SMTP_OPPORTUNISTIC_TLS: email.smtpPort === 465 ? 'false' : 'true',
        },
        secrets: { SMTP_USERNAME: email.smtpUsernameValueFrom, SMTP_PASSWORD: email.smtpPasswordValueFrom },
      }
    : { environment: {}, secrets: {} };

  const pipMirror: Record<string, string> = plugins.pipMirrorUrl
    ? { PIP_MIRROR_URL: plugins.pipMirrorUrl }
    : {};

  const pluginDaemon: Variables = {
    environment: {
      GIN_MODE: 'release',
      SERVER_PORT: String(PLUGIN_DAEMON_PORT),
      DIFY_INNER_API_URL: localhost(API_PORT),
      ...database.environment,
      DB_DATABASE: data.database.pluginDatabase,
      DB_SSL_MODE: 'require',
      ...cache.environment,
      PLUGIN_STORAGE_TYPE: 'aws_s3',
      PLUGIN_STORAGE_OSS_BUCKET: data.bucket.name,
      PLUGIN_INSTALLED_PATH: data.pluginStoragePrefix,
      S3_USE_AWS_MANAGED_IAM: 'true',
      S3_USE_PATH_STYLE: 'false',
      AWS_REGION: env.region,
      PLUGIN_WORKING_PATH,
      // Remote debugging listens on 5003, which nothing outside the task can reach.
      PLUGIN_REMOTE_INSTALLING_ENABLED: 'false',
      ...pipMirror,
      ...egress.environment,
    },
    secrets: {
      SERVER_KEY: valueFrom.pluginDaemonKey,
      DIFY_INNER_API_KEY: valueFrom.pluginInnerApiKey,
      ...database.secrets,
      ...cache.secrets,
    },
  };

  const sandbox: Variables = {
    environment: {
      GIN_MODE: 'release',
      SANDBOX_PORT: String(SANDBOX_PORT),
      WORKER_TIMEOUT: '15',
      ENABLE_NETWORK: 'true',
      // Sandboxed code reaches the network only through the SSRF proxy.
      HTTP_PROXY: localhost(SSRF_PROXY_PORT),
      HTTPS_PROXY: localhost(SSRF_PROXY_PORT),
      ...pipMirror,
      ...(env.dify.sandbox.allowAnySyscalls ? { ALLOWED_SYSCALLS: ALL_SYSCALLS } : {}),
    },
    secrets: { API_KEY: valueFrom.sandboxApiKey },
  };

  const web: Variables = {
    environment: {
      CONSOLE_API_URL: url,
      APP_API_URL: url,
      // Next.js binds to HOSTNAME, which Fargate sets to the task's own name: listen everywhere instead.
      HOSTNAME: '0.0.0.0',
      PORT: String(WEB_PORT),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    secrets: {},
  };

  const ssrfProxy: Variables = {
    environment: { SQUID_CONF: squidConfiguration(env, network.vpcCidr) },
    secrets: {},
  };

  const base: Record<ContainerName, readonly Variables[]> = {
    api: [core('api'), clients(localhost), egress, mail],
    worker: [core('worker'), clients(apiTasks), egress, mail],
    beat: [core('beat')],
    web: [web],
    pluginDaemon: [pluginDaemon],
    sandbox: [sandbox],
    ssrfProxy: [ssrfProxy],
  };

  const result = {} as ContainerVariables;
  for (const name of CONTAINER_NAMES) {
    const merged = withUserVariables(merge(base[name]), userVariables(env, name));
    result[name] = { environment: sortedEntries(merged.environment), secrets: sortedEntries(merged.secrets) };
  }
  return result;
}

/** The user's dify.environment entries that target the container: literals as plain variables, the rest as secrets. */
function userVariables(env: ResolvedEnvironment, container: ContainerName): Variables {
  const environment: Record<string, Value> = {};
  const secrets: Record<string, Value> = {};
  for (const variable of env.dify.environment) {
    if (!(variable.targets as readonly string[]).includes(container as TargetContainer)) continue;
    if (variable.value !== undefined) environment[variable.name] = literalText(variable.value);
    else if (variable.fromSsmParameter !== undefined)
      secrets[variable.name] = parameterArn(env, variable.fromSsmParameter);
    else if (variable.fromSecret !== undefined)
      secrets[variable.name] = secretValueFrom(env, variable.fromSecret, variable.jsonKey);
  }
  return { environment, secrets };
}

/**
 * ECS valueFrom of a user's Secrets Manager secret: the ARN as given, or a name as the secret's partial ARN in
 * the stack's account and region (ECS parses a JSON key only after an ARN), with `:<jsonKey>::` for one key.
 */
export function secretValueFrom(env: ResolvedEnvironment, nameOrArn: string, jsonKey?: string): Value {
  const arn = nameOrArn.startsWith('arn:')
    ? nameOrArn
    : `arn:aws:secretsmanager:${env.region}:${env.accountId}:secret:${nameOrArn}`;
  return literalText(jsonKey === undefined ? arn : `${arn}:${jsonKey}::`);
}

function merge(parts: readonly Variables[]): Variables {
  const environment: Record<string, Value> = {};
  const secrets: Record<string, Value> = {};
  for (const part of parts) {
    Object.assign(environment, part.environment);
    Object.assign(secrets, part.secrets);
  }
  return { environment, secrets };
}

/**
 * The user's variables on top of the kit's. ENV001 refuses the names the kit must own (KIT_MANAGED_VARIABLES);
 * any other kit setting (WORKER_TIMEOUT, GIN_MODE…) is a default the user's entry replaces, whatever its kind.
 */
function withUserVariables(kit: Variables, user: Variables): Variables {
  const environment = { ...kit.environment };
  const secrets = { ...kit.secrets };
  for (const name of [...Object.keys(user.environment), ...Object.keys(user.secrets)]) {
    delete environment[name];
    delete secrets[name];
  }
  return { environment: { ...environment, ...user.environment }, secrets: { ...secrets, ...user.secrets } };
}

function sortedEntries(values: Readonly<Record<string, Value>>): NameValue[] {
  return Object.keys(values)
    .sort()
    .map((name) => ({ name, value: values[name] as Value }));
}

/** `<url><path>` whether the URL is a string or an intrinsic (the load balancer's DNS name without a domain). */
export function appendPath(url: Value, path: string): Value {
  if (typeof url === 'string') return `${url}${path}`;
  if ('Fn::Join' in url && url['Fn::Join'][0] === '')
    return { 'Fn::Join': ['', [...url['Fn::Join'][1], path]] };
  return { 'Fn::Join': ['', [url, path]] };
}

/** ALLOWED_SYSCALLS when any system call is allowed: every x86-64 syscall number, 0 to 456 (as aws-samples does). */
export const ALL_SYSCALLS = Array.from({ length: 457 }, (_, i) => i).join(',');

// ---------------------------------------------------------------------------------------------------------------
// The SSRF proxy

/** Writes the configuration from SQUID_CONF, forwards squid's logs to the container's output, runs squid in the foreground. */
export const SQUID_COMMAND = [
  'printf "%s\\n" "$SQUID_CONF" > /etc/squid/squid.conf',
  'tail -F /var/log/squid/access.log /var/log/squid/cache.log 2>/dev/null &',
  'exec /usr/sbin/squid -f /etc/squid/squid.conf -NYC',
].join('\n');

/**
 * IPv4 and IPv6 ranges no request from Dify may reach: private, loopback, link-local, multicast, reserved,
 * as upstream's template has them but for `::ffff:0:0/96`: squid keeps IPv4 addresses in that mapped form,
 * so to squid it means every IPv4 address (squid only drops it with a warning because 0.0.0.0/8 overlaps it).
 */
export const SSRF_DENIED_RANGES = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
];

/**
 * squid.conf of the SSRF proxy, after Dify's docker/ssrf_proxy/squid.conf.template: clients from
 * localhost (the containers of the API task) and from the VPC's range (the worker, through service
 * discovery; the task security group admits only the tasks on 3128), the instance metadata and task
 * credential endpoints and every private range denied as destinations, port 3128. A PyPI mirror inside
 * the VPC (a CodeArtifact endpoint) is let through by name for the API task's sandbox only; an egress
 * proxy becomes squid's parent for everything else.
 */
export function squidConfiguration(env: ResolvedEnvironment, vpcCidr: string): string {
  const { egressProxyUrl, pipMirrorUrl } = env.dify.plugins;
  const mirrorHost = pipMirrorUrl ? new URL(pipMirrorUrl).hostname : undefined;
  const parent = egressProxyUrl ? new URL(egressProxyUrl) : undefined;
  const lines = [
    `http_port ${SSRF_PROXY_PORT}`,
    'acl SSL_ports port 443',
    'acl Safe_ports port 80 443 1025-65535',
    'acl CONNECT method CONNECT',
    `acl from_vpc src ${vpcCidr}`,
    'acl to_metadata dst 169.254.169.254/32 169.254.170.2/32',
    `acl to_private_networks dst ${SSRF_DENIED_RANGES.join(' ')}`,
    ...(mirrorHost ? [`acl pip_mirror dstdomain ${mirrorHost}`] : []),
    'http_access deny !Safe_ports',
    'http_access deny CONNECT !SSL_ports',
    'http_access deny manager',
    'http_access deny to_metadata',
    ...(mirrorHost ? ['http_access allow localhost pip_mirror'] : []),
    'http_access deny to_private_networks',
    'http_access allow localhost',
    'http_access allow from_vpc',
    'http_access deny all',
    ...(parent ? parentProxy(parent, mirrorHost !== undefined) : []),
    'cache deny all',
    'coredump_dir /var/spool/squid',
    'client_request_buffer_max_size 100 MB',
  ];
  return `${lines.join('\n')}\n`;
}

function parentProxy(url: URL, directMirror: boolean): string[] {
  const tls = url.protocol === 'https:';
  const port = url.port === '' ? (tls ? 443 : 80) : Number(url.port);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return [
    `cache_peer ${host} parent ${port} 0 no-query no-digest default${tls ? ' tls' : ''}`,
    ...(directMirror ? ['always_direct allow pip_mirror'] : []),
    'never_direct allow all',
  ];
}
