// TOKEN only as a whole word: MAX_TOKENS and TOKENIZATION are Dify settings, not secrets.
const SECRET_NAME =
  /PASSWORD|PASSWD|SECRET|CREDENTIAL|API_?KEY|PRIVATE_KEY|(?:^|_)TOKEN(?:_|$)|_KEY$|^CELERY_BROKER_URL$/;
// Dify's settings about secrets (ACCESS_TOKEN_EXPIRE_MINUTES, ENABLE_EMAIL_PASSWORD_LOGIN) hold no secret.
const SETTING_NAME = /^ENABLE_|_(?:ENABLED|MINUTES|HOURS|DAYS|SECONDS|LENGTH)$/;

/**
 * Whether an environment variable name says its value is a secret. One
 * definition for the policy check (ENV002) and the template lint (SEC008), so
 * a file the check accepts never fails the lint.
 */
export function looksSecret(name: string): boolean {
  return SECRET_NAME.test(name) && !SETTING_NAME.test(name);
}
