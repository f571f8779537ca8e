import { describe, expect, it } from 'vitest';
import { looksSecret } from './secret-names.js';

describe('looksSecret', () => {
  it('tells secret names from Dify settings', () => {
    for (const name of [
      'SMTP_PASSWORD',
      'PGPASSWORD',
      'NOTION_CLIENT_SECRET',
      'RESEND_API_KEY',
      'WEAVIATE_APIKEY',
      'S3_ACCESS_KEY',
      'CELERY_BROKER_URL',
    ]) {
      expect(looksSecret(name), name).toBe(true);
    }
    for (const name of [
      'MAX_TOKENS',
      'WEAVIATE_TOKENIZATION',
      'REFRESH_TOKEN_EXPIRE_DAYS',
      'RESET_PASSWORD_TOKEN_EXPIRY_MINUTES',
      'PLUGIN_BASED_TOKEN_COUNTING_ENABLED',
      'REDIS_SSL_KEYFILE',
      'CELERY_BROKER_URL_FALLBACK',
      'BROKER_USE_SSL',
    ]) {
      expect(looksSecret(name), name).toBe(false);
    }
  });
});
