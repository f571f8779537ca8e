import { failureFacts } from './aws-error.js';
import { type IdTokenClaims, readIdTokenClaims } from './id-token-claims.js';
import { isIdentityProviderUnreachable, isTransientError } from './retry.js';
import { parseRoleArn } from './role-arn.js';

export type CredentialErrorKind =
  /** The job may not ask GitHub for an OIDC token (no `id-token: write`). */
  | 'missing-id-token-permission'
  /** GitHub's token service failed. */
  | 'id-token-unavailable'
  /** The role's trust policy refused the token's subject or audience. */
  | 'trust-policy-rejected'
  /** STS refused the token itself: no identity provider, or not its audience. */
  | 'invalid-identity-token'
  /** STS could not reach the identity provider's signing keys (GitHub under load), after retrying. */
  | 'identity-provider-unreachable'
  /** STS does not recognise the credentials (InvalidClientTokenId), even after waiting for new ones to spread. */
  | 'invalid-credentials'
  | 'expired-token'
  /** A malformed role ARN, session name or duration, before or at STS. */
  | 'invalid-request'
  | 'region-disabled'
  /** Throttling or an outage that outlasted the retries. */
  | 'sts-unavailable'
  | 'incomplete-response'
  | 'account-mismatch'
  | 'unexpected';

/** Getting AWS credentials failed; the message says what happened, the hint what to change. */
export class CredentialError extends Error {
  constructor(
    readonly kind: CredentialErrorKind,
    message: string,
    /** What to do about it. */
    readonly hint: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CredentialError';
  }
}

/** Where in the credential flow the failure happened, with what the explanation needs. */
export type CredentialStep =
  | { readonly step: 'get-id-token'; readonly audience: string }
  | {
      readonly step: 'assume-role';
      readonly roleArn: string;
      /** Read for its claims and cut out of any text that is passed on; never printed. */
      readonly idToken: string;
      readonly region: string;
    }
  | {
      readonly step: 'verify-account';
      readonly expectedAccountId: string;
      /** The role the credentials were just assumed as; undefined for the default credential chain. */
      readonly assumedRoleArn?: string | undefined;
    };

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SUB_KEY = 'token.actions.githubusercontent.com:sub';
const AUD_KEY = 'token.actions.githubusercontent.com:aud';

/**
 * Turns a failure of one step into a CredentialError a user can act on.
 * A CredentialError passes through unchanged. The OIDC token and anything
 * shaped like a JWT are cut out of the upstream message.
 */
export function explainCredentialFailure(error: unknown, step: CredentialStep): CredentialError {
  if (error instanceof CredentialError) return error;
  switch (step.step) {
    case 'get-id-token':
      return explainIdTokenFailure(error, step.audience);
    case 'assume-role':
      return explainAssumeRoleFailure(error, step.roleArn, step.idToken, step.region);
    case 'verify-account':
      return explainCallerIdentityFailure(error, step.expectedAccountId, step.assumedRoleArn);
  }
}

function explainIdTokenFailure(error: unknown, audience: string): CredentialError {
  const upstream = upstreamMessage(error, []);
  const withCause = causeOption(error, []);
  const missing = /ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)/.exec(upstream)?.[0];
  if (missing !== undefined) {
    return new CredentialError(
      'missing-id-token-permission',
      `could not get GitHub's OIDC token: the job has no "id-token: write" permission (the runner did not set ${missing})`,
      'Add `permissions: { id-token: write, contents: read }` to the deploy job. A job that lists any permissions gets only those, and runs for pull requests from forks never get a token: deploy on push, workflow_dispatch or schedule.',
      withCause,
    );
  }
  return new CredentialError(
    'id-token-unavailable',
    `could not get GitHub's OIDC token for audience ${JSON.stringify(audience)}: ${upstream}`,
    "GitHub's token service did not answer: re-run the job, and look at https://www.githubstatus.com if it keeps failing.",
    withCause,
  );
}

function explainAssumeRoleFailure(
  error: unknown,
  roleArn: string,
  idToken: string,
  region: string,
): CredentialError {
  const { code } = failureFacts(error);
  const upstream = upstreamMessage(error, [idToken]);
  const withCause = causeOption(error, [idToken]);
  const claims = readIdTokenClaims(idToken) ?? {};
  const role = parseRoleArn(roleArn);
  const account = role?.accountId ?? "the role's account";
  const partition = role?.partition ?? 'aws';

  switch (code) {
    case 'AccessDenied':
    case 'IDPRejectedClaim':
      return new CredentialError(
        'trust-policy-rejected',
        `the trust policy of ${roleArn} rejected this workflow: the role saw ${describeSubject(claims)} (STS: ${upstream})`,
        `In the role's trust policy, ${SUB_KEY} must match ${quoted(claims.sub, 'the sub above')} (StringLike allows a pattern such as "repo:OWNER/REPO:*"), ` +
          `${AUD_KEY} must be ${quoted(firstAudience(claims), 'the aud above')}, and the Principal must be the provider ` +
          `arn:${partition}:iam::${account}:oidc-provider/token.actions.githubusercontent.com. A job with a GitHub environment has the sub "repo:OWNER/REPO:environment:NAME".`,
        withCause,
      );
    case 'InvalidIdentityToken':
      if (isIdentityProviderUnreachable(error))
        return new CredentialError(
          'identity-provider-unreachable',
          `STS could not fetch GitHub's signing keys to check the OIDC token for ${roleArn}, and still could not after retrying: ${upstream}`,
          "GitHub's key endpoint did not answer STS in time, which happens when GitHub is under load; the identity provider and the role are not at fault. Re-run the job, and look at https://www.githubstatus.com if it keeps failing.",
          withCause,
        );
      return new CredentialError(
        'invalid-identity-token',
        `STS refused GitHub's OIDC token for ${roleArn}: ${upstream} (the token's aud was ${quoted(firstAudience(claims), 'unreadable')}, its issuer ${quoted(claims.iss, 'unreadable')})`,
        invalidTokenHint(upstream, claims, account, region),
        withCause,
      );
    case 'ExpiredToken':
      return new CredentialError(
        'expired-token',
        `GitHub's OIDC token had expired when STS received it${claims.exp === undefined ? '' : ` (it expired at ${new Date(claims.exp * 1000).toISOString()})`}`,
        "The kit asks for the token just before assuming the role, so re-run the job; if it happens again, the runner's clock is off (a self-hosted runner needs time synchronisation).",
        withCause,
      );
    case 'ValidationError':
    case 'Validation':
    case 'InvalidParameterValue':
    case 'MalformedPolicyDocument':
    case 'PackedPolicyTooLarge':
      return new CredentialError(
        'invalid-request',
        `STS refused the request to assume ${roleArn}: ${upstream}`,
        /DurationSeconds|MaxSessionDuration/i.test(upstream)
          ? `Lower duration-seconds, or raise the maximum session duration of the role${role ? ` ${role.roleName}` : ''} in IAM (at most 12 hours).`
          : 'Check role-arn (arn:aws:iam::ACCOUNT:role/NAME), the role session name and duration-seconds (900 to 43200).',
        withCause,
      );
    case 'RegionDisabled':
      return new CredentialError(
        'region-disabled',
        `STS is not active in ${region} for account ${account}: ${upstream}`,
        `Activate ${region} under IAM › Account settings › Security Token Service (STS), or use a region where STS is active.`,
        withCause,
      );
  }
  if (isTransientError(error)) {
    return new CredentialError(
      'sts-unavailable',
      `STS in ${region} was throttling or unavailable, and still was after retrying: ${upstream}`,
      'Re-run the job in a few minutes.',
      withCause,
    );
  }
  return new CredentialError(
    'unexpected',
    `could not assume ${roleArn} with GitHub's OIDC token: ${code ?? 'error'}: ${upstream}`,
    "Check role-arn and the role's trust policy (dify-aws-kit bootstrap creates both).",
    withCause,
  );
}

function explainCallerIdentityFailure(
  error: unknown,
  expectedAccountId: string,
  assumedRoleArn: string | undefined,
): CredentialError {
  const { code } = failureFacts(error);
  const upstream = upstreamMessage(error, []);
  const withCause = causeOption(error, []);
  if (code === 'ExpiredToken') {
    return new CredentialError(
      'expired-token',
      `could not confirm the AWS account: the credentials have expired (${upstream})`,
      'Assumed-role credentials last duration-seconds (one hour by default): raise it for long runs, or re-run the job.',
      withCause,
    );
  }
  if (code === 'InvalidClientTokenId') {
    // Not "the wrong account": STS does not know these credentials at all.
    return assumedRoleArn === undefined
      ? new CredentialError(
          'invalid-credentials',
          `could not confirm the AWS account: STS does not recognise the credentials of the default chain (${upstream})`,
          'The access key was deleted, deactivated or mistyped, or belongs to another partition: check AWS_ACCESS_KEY_ID and AWS_SESSION_TOKEN, or the AWS profile, of this run; or pass role-arn.',
          withCause,
        )
      : new CredentialError(
          'invalid-credentials',
          `could not confirm the AWS account: STS did not recognise the credentials it had just issued for ${assumedRoleArn}, even after waiting for them to spread (${upstream})`,
          'IAM and STS are eventually consistent: a role, trust policy or identity provider changed in the last minutes can take that long to reach every endpoint. Re-run the job in a few minutes.',
          withCause,
        );
  }
  if (isTransientError(error)) {
    return new CredentialError(
      'sts-unavailable',
      `could not confirm the AWS account: STS was throttling or unavailable, and still was after retrying: ${upstream}`,
      'Re-run the job in a few minutes.',
      withCause,
    );
  }
  return new CredentialError(
    'unexpected',
    `could not confirm the AWS account: ${code ?? 'error'}: ${upstream}`,
    `Use credentials for account ${expectedAccountId} (a role-arn in it, or an AWS profile for it).`,
    withCause,
  );
}

function invalidTokenHint(upstream: string, claims: IdTokenClaims, account: string, region: string): string {
  const audience = quoted(firstAudience(claims), 'sts.amazonaws.com');
  const issuer = claims.iss ?? GITHUB_ISSUER;
  const china = region.startsWith('cn-')
    ? ' In China regions the audience is usually "sts.amazonaws.com.cn".'
    : '';
  if (/audience/i.test(upstream)) {
    return `The IAM identity provider for ${issuer} in account ${account} must list ${audience} as an audience (client ID): add it there, or set audience to one it lists.${china}`;
  }
  // Only STS's own words say the provider is missing: any other refusal is about one that exists.
  if (/no openid ?connect provider found/i.test(upstream)) {
    return `Create the IAM OIDC identity provider for ${issuer} in account ${account} with the audience ${audience} (dify-aws-kit bootstrap does), or reuse the one that exists.${china}`;
  }
  return `Compare the IAM identity provider for ${issuer} in account ${account} (its URL and audiences, ${audience} among them) with the token's issuer and aud above; if they match, re-run the job.${china}`;
}

function describeSubject(claims: IdTokenClaims): string {
  if (claims.sub === undefined && claims.aud === undefined) return 'a token whose claims could not be read';
  return `sub ${quoted(claims.sub, '(none)')} and aud ${quoted(audiences(claims), '(none)')}`;
}

function audiences(claims: IdTokenClaims): string | undefined {
  return typeof claims.aud === 'string' ? claims.aud : claims.aud?.join(', ');
}

function firstAudience(claims: IdTokenClaims): string | undefined {
  return typeof claims.aud === 'string' ? claims.aud : claims.aud?.[0];
}

function quoted(value: string | undefined, otherwise: string): string {
  return value === undefined ? otherwise : JSON.stringify(value);
}

/**
 * The failure, kept as the cause for a stack trace on request, unless its
 * message holds a secret: then a debug print of the cause would show it.
 */
function causeOption(error: unknown, secrets: readonly string[]): { cause?: unknown } {
  const message = failureFacts(error).message;
  const leaks = secrets.some((secret) => secret !== '' && message.includes(secret)) || JWT.test(message);
  return leaks ? {} : { cause: error };
}

const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/;

/** The failure's own message on one line, with secrets and anything shaped like a JWT cut out. */
function upstreamMessage(error: unknown, secrets: readonly string[]): string {
  let text = failureFacts(error).message;
  for (const secret of secrets) if (secret !== '') text = text.replaceAll(secret, '***');
  text = text.replace(new RegExp(JWT.source, 'g'), '***');
  text = text.replace(/\s+/g, ' ').trim();
  return text === '' ? 'no message' : text;
}
