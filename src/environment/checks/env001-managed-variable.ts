import type { EnvironmentVariable } from '../environment.types.js';
import type { Finding, PolicyCheck } from './policy-check.js';

/** Variables the kit sets in Dify's containers; an extra entry for one would conflict with it. */
export const KIT_MANAGED_VARIABLES = [
  'SECRET_KEY',
  'DB_USERNAME',
  'DB_PASSWORD',
  'DB_HOST',
  'DB_PORT',
  'DB_DATABASE',
  'DB_SSL_MODE',
  'REDIS_HOST',
  'REDIS_PORT',
  'REDIS_PASSWORD',
  'REDIS_USE_SSL',
  'CELERY_BROKER_URL',
  'STORAGE_TYPE',
  'S3_BUCKET_NAME',
  'S3_REGION',
  'S3_USE_AWS_MANAGED_IAM',
  'VECTOR_STORE',
  'PGVECTOR_HOST',
  'PGVECTOR_PORT',
  'PGVECTOR_USER',
  'PGVECTOR_PASSWORD',
  'PGVECTOR_DATABASE',
  'CODE_EXECUTION_ENDPOINT',
  'CODE_EXECUTION_API_KEY',
  'PLUGIN_DAEMON_URL',
  'PLUGIN_DAEMON_KEY',
  'INNER_API_KEY_FOR_PLUGIN',
  'SERVER_KEY',
  'SERVER_PORT',
  'DIFY_INNER_API_KEY',
  'DIFY_INNER_API_URL',
  'PLUGIN_STORAGE_TYPE',
  'PLUGIN_STORAGE_OSS_BUCKET',
  'PLUGIN_INSTALLED_PATH',
  'AWS_REGION',
  'PIP_MIRROR_URL',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'SSRF_PROXY_HTTP_URL',
  'SSRF_PROXY_HTTPS_URL',
  'API_KEY',
  'MODE',
  'MIGRATION_ENABLED',
  'CONSOLE_API_URL',
  'CONSOLE_WEB_URL',
  'SERVICE_API_URL',
  'APP_API_URL',
  'APP_WEB_URL',
  'FILES_URL',
  'INTERNAL_FILES_URL',
  'TRIGGER_URL',
  'ENDPOINT_URL_TEMPLATE',
  'BROKER_USE_SSL',
  'HOSTNAME',
  'PORT',
  'NO_PROXY',
  'PLUGIN_WORKING_PATH',
  'SANDBOX_PORT',
  'MAIL_TYPE',
  'MAIL_DEFAULT_SEND_FROM',
  'SMTP_SERVER',
  'SMTP_PORT',
  'SMTP_USE_TLS',
  'SMTP_USERNAME',
  'SMTP_PASSWORD',
] as const;

const MANAGED: ReadonlySet<string> = new Set(KIT_MANAGED_VARIABLES);

/** Mail settings are the kit's only when it manages mail (`email`); otherwise a user may bring their own relay. */
const MAIL_VARIABLES: ReadonlySet<string> = new Set([
  'MAIL_TYPE',
  'MAIL_DEFAULT_SEND_FROM',
  'SMTP_SERVER',
  'SMTP_PORT',
  'SMTP_USE_TLS',
  'SMTP_USERNAME',
  'SMTP_PASSWORD',
]);

/** Managed variables the file controls through a setting of its own. */
const SETTING_FOR: Readonly<Record<string, string>> = {
  MIGRATION_ENABLED: 'dify.autoMigrateDatabase',
  PIP_MIRROR_URL: 'dify.plugins.pipMirrorUrl',
  CONSOLE_API_URL: 'domain.hostName',
  CONSOLE_WEB_URL: 'domain.hostName',
  SERVICE_API_URL: 'domain.hostName',
  APP_API_URL: 'domain.hostName',
  APP_WEB_URL: 'domain.hostName',
  FILES_URL: 'domain.hostName',
  TRIGGER_URL: 'domain.hostName',
  ENDPOINT_URL_TEMPLATE: 'domain.hostName',
  MAIL_TYPE: 'email',
  MAIL_DEFAULT_SEND_FROM: 'email.fromAddress',
  SMTP_SERVER: 'email',
  SMTP_PORT: 'email',
  SMTP_USE_TLS: 'email',
  SMTP_USERNAME: 'email',
  SMTP_PASSWORD: 'email',
  NO_PROXY: 'dify.plugins.egressProxyUrl',
};

export const managedVariable: PolicyCheck = {
  id: 'ENV001',
  title: 'Extra variables neither override what the kit sets nor repeat one another',
  severity: 'error',
  check({ environment }) {
    const findings: Finding[] = [];
    const earlier: { index: number; variable: EnvironmentVariable }[] = [];
    environment.dify.environment.forEach((variable, index) => {
      const pointer = `/dify/environment/${index}/name`;
      const name = JSON.stringify(variable.name);
      if (
        MANAGED.has(variable.name) &&
        (environment.email !== undefined || !MAIL_VARIABLES.has(variable.name))
      ) {
        const setting = SETTING_FOR[variable.name];
        findings.push({
          pointer,
          message: `${name} is set by the kit`,
          hint: setting
            ? `Remove this entry and use ${setting}, which the kit turns into ${variable.name}.`
            : `Remove this entry: the kit sets ${variable.name} itself, and a second value would conflict with it.`,
        });
        return;
      }
      for (const other of earlier) {
        if (other.variable.name !== variable.name) continue;
        const shared = variable.targets.filter((target) => other.variable.targets.includes(target));
        if (shared.length === 0) continue;
        findings.push({
          pointer,
          message: `${name} is already given to ${describeContainers(shared)} by dify.environment[${other.index}]`,
          hint: 'Keep one entry per variable and container: merge the two, or narrow their targets so that they do not overlap.',
        });
        break;
      }
      earlier.push({ index, variable });
    });
    return findings;
  },
};

function describeContainers(targets: readonly string[]): string {
  const last = targets.at(-1) ?? '';
  const names = targets.length === 1 ? last : `${targets.slice(0, -1).join(', ')} and ${last}`;
  return `the ${names} container${targets.length === 1 ? '' : 's'}`;
}
