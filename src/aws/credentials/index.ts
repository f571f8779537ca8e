export {
  type AssumeRoleWithOidcOptions,
  type AwsCredentials,
  assumeRoleWithOidc,
  DEFAULT_AUDIENCE,
} from './assume-role-with-oidc.js';
export {
  CredentialError,
  type CredentialErrorKind,
  type CredentialStep,
  explainCredentialFailure,
} from './credential-errors.js';
export { type IdTokenClaims, readIdTokenClaims } from './id-token-claims.js';
export {
  REFRESH_BEFORE_EXPIRY_MS,
  type RefreshingCredentials,
  type RefreshingCredentialsOptions,
  refreshingCredentials,
} from './refreshing-credentials.js';
export {
  backoffDelay,
  DEFAULT_RETRY,
  isIdentityProviderUnreachable,
  isTransientError,
  type RetryOptions,
  retry,
} from './retry.js';
export { parseRoleArn, type RoleArnParts } from './role-arn.js';
export { isValidRoleSessionName, ROLE_SESSION_NAME_LIMITS, roleSessionName } from './session-name.js';
export { type CallerIdentity, verifyAccount } from './verify-account.js';
