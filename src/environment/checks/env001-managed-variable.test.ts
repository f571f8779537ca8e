import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { KIT_MANAGED_VARIABLES, managedVariable } from './env001-managed-variable.js';

const withVariables = (...environment: Record<string, unknown>[]) => contextFor({ dify: { environment } });

describe('ENV001 managed variables', () => {
  it('lists the variables that wire Dify to AWS, its secrets and its URLs', () => {
    expect(KIT_MANAGED_VARIABLES).toEqual(
      expect.arrayContaining([
        'SECRET_KEY',
        'DB_PASSWORD',
        'CELERY_BROKER_URL',
        'PLUGIN_DAEMON_KEY',
        'CONSOLE_API_URL',
      ]),
    );
  });

  it('accepts variables the kit leaves alone, and one name for different containers', () => {
    expect(managedVariable.check(contextFor())).toEqual([]);
    expect(
      managedVariable.check(
        withVariables(
          { name: 'LOG_LEVEL', value: 'INFO', targets: ['api', 'worker'] },
          { name: 'LOG_LEVEL', value: 'DEBUG', targets: ['pluginDaemon'] },
          { name: 'SMTP_PASSWORD', fromSecret: 'dify/prod/smtp', jsonKey: 'password' },
        ),
      ),
    ).toEqual([]);
  });

  it('refuses mail settings only when the kit manages mail', () => {
    const smtp = { name: 'SMTP_PASSWORD', fromSecret: 'dify/prod/smtp', jsonKey: 'password' };
    expect(managedVariable.check(withVariables(smtp))).toEqual([]);
    const withEmail = contextFor({
      email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' },
      dify: { environment: [smtp] },
    });
    expect(managedVariable.check(withEmail).map((f) => f.message)).toEqual([
      '"SMTP_PASSWORD" is set by the kit',
    ]);
  });

  it('refuses a variable the kit sets', () => {
    expect(
      managedVariable.check(
        withVariables(
          { name: 'LOG_LEVEL', value: 'INFO' },
          { name: 'SECRET_KEY', fromSecret: 'dify/prod/key' },
        ),
      ),
    ).toEqual([
      {
        pointer: '/dify/environment/1/name',
        message: '"SECRET_KEY" is set by the kit',
        hint: 'Remove this entry: the kit sets SECRET_KEY itself, and a second value would conflict with it.',
      },
    ]);
  });

  it('names the setting that controls a managed variable', () => {
    const [finding] = managedVariable.check(withVariables({ name: 'MIGRATION_ENABLED', value: 'false' }));
    expect(finding?.hint).toBe(
      'Remove this entry and use dify.autoMigrateDatabase, which the kit turns into MIGRATION_ENABLED.',
    );
  });

  it('refuses a name given twice to the same container, at the later entry', () => {
    expect(
      managedVariable.check(
        withVariables(
          { name: 'LOG_LEVEL', value: 'INFO', targets: ['api', 'worker'] },
          { name: 'SENTRY_DSN', fromSsmParameter: '/dify/prod/sentry-dsn' },
          { name: 'LOG_LEVEL', value: 'DEBUG', targets: ['worker', 'beat'] },
        ),
      ),
    ).toEqual([
      {
        pointer: '/dify/environment/2/name',
        message: '"LOG_LEVEL" is already given to the worker container by dify.environment[0]',
        hint: 'Keep one entry per variable and container: merge the two, or narrow their targets so that they do not overlap.',
      },
    ]);
  });

  it('names every container the two entries share', () => {
    const [finding] = managedVariable.check(
      withVariables({ name: 'LOG_LEVEL', value: 'INFO' }, { name: 'LOG_LEVEL', value: 'DEBUG' }),
    );
    expect(finding?.message).toBe(
      '"LOG_LEVEL" is already given to the api and worker containers by dify.environment[0]',
    );
  });
});
