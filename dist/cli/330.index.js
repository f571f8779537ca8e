export const id = 330;
export const ids = [330];
export const modules = {

/***/ 1378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ failureFacts)
/* harmony export */ });
function failureFacts(error) {
    if (typeof error !== 'object' || error === null) {
        return { code: undefined, httpStatus: undefined, networkCode: undefined, message: String(error) };
    }
    const metadata = field(error, '$metadata');
    const status = typeof metadata === 'object' && metadata !== null ? field(metadata, 'httpStatusCode') : undefined;
    const name = stringField(error, 'name');
    const code = name !== undefined && name !== 'Error' ? name : (stringField(error, 'Code') ?? name);
    return {
        code: code?.replace(/(.)Exception$/, '$1'),
        httpStatus: typeof status === 'number' ? status : undefined,
        networkCode: systemCode(error) ?? systemCode(field(error, 'cause')),
        message: stringField(error, 'message') ?? '',
    };
}
function systemCode(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const code = stringField(value, 'code');
    return code !== undefined && /^E[A-Z_]+$/.test(code) ? code : undefined;
}
function field(value, key) {
    return value[key];
}
function stringField(value, key) {
    const found = field(value, key);
    return typeof found === 'string' && found !== '' ? found : undefined;
}


/***/ }),

/***/ 3971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* binding */ CredentialError),
  T: () => (/* binding */ explainCredentialFailure)
});

// EXTERNAL MODULE: ./src/aws/credentials/aws-error.ts
var aws_error = __webpack_require__(1378);
;// CONCATENATED MODULE: ./src/aws/credentials/id-token-claims.ts
/**
 * Decodes the payload of a JWT (base64url JSON, its middle part) without
 * verifying it. Undefined when the text is not a JWT with a JSON object payload.
 */
function readIdTokenClaims(token) {
    const parts = token.split('.');
    const payload = parts.length === 3 ? parts[1] : undefined;
    if (payload === undefined || !/^[\w-]+$/.test(payload))
        return undefined;
    let decoded;
    try {
        decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded))
        return undefined;
    const { sub, aud, iss, exp } = decoded;
    return {
        ...(typeof sub === 'string' ? { sub } : {}),
        ...(typeof aud === 'string' || isStringArray(aud) ? { aud } : {}),
        ...(typeof iss === 'string' ? { iss } : {}),
        ...(typeof exp === 'number' ? { exp } : {}),
    };
}
function isStringArray(value) {
    return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

// EXTERNAL MODULE: ./src/aws/credentials/retry.ts
var retry = __webpack_require__(6726);
;// CONCATENATED MODULE: ./src/aws/credentials/role-arn.ts
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]{1,64})$/;
/** Undefined when the text is not a full role ARN (a bare role name, a user ARN, a typo). */
function parseRoleArn(arn) {
    const match = ROLE_ARN.exec(arn);
    if (!match)
        return undefined;
    const [, partition = '', accountId = '', roleName = ''] = match;
    return { partition, accountId, roleName };
}

;// CONCATENATED MODULE: ./src/aws/credentials/credential-errors.ts




/** Getting AWS credentials failed; the message says what happened, the hint what to change. */
class CredentialError extends Error {
    kind;
    hint;
    constructor(kind, message, 
    /** What to do about it. */
    hint, options) {
        super(message, options);
        this.kind = kind;
        this.hint = hint;
        this.name = 'CredentialError';
    }
}
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SUB_KEY = 'token.actions.githubusercontent.com:sub';
const AUD_KEY = 'token.actions.githubusercontent.com:aud';
/**
 * Turns a failure of one step into a CredentialError a user can act on.
 * A CredentialError passes through unchanged. The OIDC token and anything
 * shaped like a JWT are cut out of the upstream message.
 */
function explainCredentialFailure(error, step) {
    if (error instanceof CredentialError)
        return error;
    switch (step.step) {
        case 'get-id-token':
            return explainIdTokenFailure(error, step.audience);
        case 'assume-role':
            return explainAssumeRoleFailure(error, step.roleArn, step.idToken, step.region);
        case 'verify-account':
            return explainCallerIdentityFailure(error, step.expectedAccountId, step.assumedRoleArn);
    }
}
function explainIdTokenFailure(error, audience) {
    const upstream = upstreamMessage(error, []);
    const withCause = causeOption(error, []);
    const missing = /ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)/.exec(upstream)?.[0];
    if (missing !== undefined) {
        return new CredentialError('missing-id-token-permission', `could not get GitHub's OIDC token: the job has no "id-token: write" permission (the runner did not set ${missing})`, 'Add `permissions: { id-token: write, contents: read }` to the deploy job. A job that lists any permissions gets only those, and runs for pull requests from forks never get a token: deploy on push, workflow_dispatch or schedule.', withCause);
    }
    return new CredentialError('id-token-unavailable', `could not get GitHub's OIDC token for audience ${JSON.stringify(audience)}: ${upstream}`, "GitHub's token service did not answer: re-run the job, and look at https://www.githubstatus.com if it keeps failing.", withCause);
}
function explainAssumeRoleFailure(error, roleArn, idToken, region) {
    const { code } = (0,aws_error/* failureFacts */._)(error);
    const upstream = upstreamMessage(error, [idToken]);
    const withCause = causeOption(error, [idToken]);
    const claims = readIdTokenClaims(idToken) ?? {};
    const role = parseRoleArn(roleArn);
    const account = role?.accountId ?? "the role's account";
    const partition = role?.partition ?? 'aws';
    switch (code) {
        case 'AccessDenied':
        case 'IDPRejectedClaim':
            return new CredentialError('trust-policy-rejected', `the trust policy of ${roleArn} rejected this workflow: the role saw ${describeSubject(claims)} (STS: ${upstream})`, `In the role's trust policy, ${SUB_KEY} must match ${quoted(claims.sub, 'the sub above')} (StringLike allows a pattern such as "repo:OWNER/REPO:*"), ` +
                `${AUD_KEY} must be ${quoted(firstAudience(claims), 'the aud above')}, and the Principal must be the provider ` +
                `arn:${partition}:iam::${account}:oidc-provider/token.actions.githubusercontent.com. A job with a GitHub environment has the sub "repo:OWNER/REPO:environment:NAME".`, withCause);
        case 'InvalidIdentityToken':
            if ((0,retry/* isIdentityProviderUnreachable */.WI)(error))
                return new CredentialError('identity-provider-unreachable', `STS could not fetch GitHub's signing keys to check the OIDC token for ${roleArn}, and still could not after retrying: ${upstream}`, "GitHub's key endpoint did not answer STS in time, which happens when GitHub is under load; the identity provider and the role are not at fault. Re-run the job, and look at https://www.githubstatus.com if it keeps failing.", withCause);
            return new CredentialError('invalid-identity-token', `STS refused GitHub's OIDC token for ${roleArn}: ${upstream} (the token's aud was ${quoted(firstAudience(claims), 'unreadable')}, its issuer ${quoted(claims.iss, 'unreadable')})`, invalidTokenHint(upstream, claims, account, region), withCause);
        case 'ExpiredToken':
            return new CredentialError('expired-token', `GitHub's OIDC token had expired when STS received it${claims.exp === undefined ? '' : ` (it expired at ${new Date(claims.exp * 1000).toISOString()})`}`, "The kit asks for the token just before assuming the role, so re-run the job; if it happens again, the runner's clock is off (a self-hosted runner needs time synchronisation).", withCause);
        case 'ValidationError':
        case 'Validation':
        case 'InvalidParameterValue':
        case 'MalformedPolicyDocument':
        case 'PackedPolicyTooLarge':
            return new CredentialError('invalid-request', `STS refused the request to assume ${roleArn}: ${upstream}`, /DurationSeconds|MaxSessionDuration/i.test(upstream)
                ? `Lower duration-seconds, or raise the maximum session duration of the role${role ? ` ${role.roleName}` : ''} in IAM (at most 12 hours).`
                : 'Check role-arn (arn:aws:iam::ACCOUNT:role/NAME), the role session name and duration-seconds (900 to 43200).', withCause);
        case 'RegionDisabled':
            return new CredentialError('region-disabled', `STS is not active in ${region} for account ${account}: ${upstream}`, `Activate ${region} under IAM › Account settings › Security Token Service (STS), or use a region where STS is active.`, withCause);
    }
    if ((0,retry/* isTransientError */.bV)(error)) {
        return new CredentialError('sts-unavailable', `STS in ${region} was throttling or unavailable, and still was after retrying: ${upstream}`, 'Re-run the job in a few minutes.', withCause);
    }
    return new CredentialError('unexpected', `could not assume ${roleArn} with GitHub's OIDC token: ${code ?? 'error'}: ${upstream}`, "Check role-arn and the role's trust policy (dify-aws-kit bootstrap creates both).", withCause);
}
function explainCallerIdentityFailure(error, expectedAccountId, assumedRoleArn) {
    const { code } = (0,aws_error/* failureFacts */._)(error);
    const upstream = upstreamMessage(error, []);
    const withCause = causeOption(error, []);
    if (code === 'ExpiredToken') {
        return new CredentialError('expired-token', `could not confirm the AWS account: the credentials have expired (${upstream})`, 'Assumed-role credentials last duration-seconds (one hour by default): raise it for long runs, or re-run the job.', withCause);
    }
    if (code === 'InvalidClientTokenId') {
        // Not "the wrong account": STS does not know these credentials at all.
        return assumedRoleArn === undefined
            ? new CredentialError('invalid-credentials', `could not confirm the AWS account: STS does not recognise the credentials of the default chain (${upstream})`, 'The access key was deleted, deactivated or mistyped, or belongs to another partition: check AWS_ACCESS_KEY_ID and AWS_SESSION_TOKEN, or the AWS profile, of this run; or pass role-arn.', withCause)
            : new CredentialError('invalid-credentials', `could not confirm the AWS account: STS did not recognise the credentials it had just issued for ${assumedRoleArn}, even after waiting for them to spread (${upstream})`, 'IAM and STS are eventually consistent: a role, trust policy or identity provider changed in the last minutes can take that long to reach every endpoint. Re-run the job in a few minutes.', withCause);
    }
    if ((0,retry/* isTransientError */.bV)(error)) {
        return new CredentialError('sts-unavailable', `could not confirm the AWS account: STS was throttling or unavailable, and still was after retrying: ${upstream}`, 'Re-run the job in a few minutes.', withCause);
    }
    return new CredentialError('unexpected', `could not confirm the AWS account: ${code ?? 'error'}: ${upstream}`, `Use credentials for account ${expectedAccountId} (a role-arn in it, or an AWS profile for it).`, withCause);
}
function invalidTokenHint(upstream, claims, account, region) {
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
function describeSubject(claims) {
    if (claims.sub === undefined && claims.aud === undefined)
        return 'a token whose claims could not be read';
    return `sub ${quoted(claims.sub, '(none)')} and aud ${quoted(audiences(claims), '(none)')}`;
}
function audiences(claims) {
    return typeof claims.aud === 'string' ? claims.aud : claims.aud?.join(', ');
}
function firstAudience(claims) {
    return typeof claims.aud === 'string' ? claims.aud : claims.aud?.[0];
}
function quoted(value, otherwise) {
    return value === undefined ? otherwise : JSON.stringify(value);
}
/**
 * The failure, kept as the cause for a stack trace on request, unless its
 * message holds a secret: then a debug print of the cause would show it.
 */
function causeOption(error, secrets) {
    const message = (0,aws_error/* failureFacts */._)(error).message;
    const leaks = secrets.some((secret) => secret !== '' && message.includes(secret)) || JWT.test(message);
    return leaks ? {} : { cause: error };
}
const JWT = /eyJ[\w-]*\.[\w-]+\.[\w-]*/;
/** The failure's own message on one line, with secrets and anything shaped like a JWT cut out. */
function upstreamMessage(error, secrets) {
    let text = (0,aws_error/* failureFacts */._)(error).message;
    for (const secret of secrets)
        if (secret !== '')
            text = text.replaceAll(secret, '***');
    text = text.replace(new RegExp(JWT.source, 'g'), '***');
    text = text.replace(/\s+/g, ' ').trim();
    return text === '' ? 'no message' : text;
}


/***/ }),

/***/ 6726:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L5: () => (/* binding */ retry),
/* harmony export */   WI: () => (/* binding */ isIdentityProviderUnreachable),
/* harmony export */   bV: () => (/* binding */ isTransientError)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, backoffDelay */
/* harmony import */ var _aws_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1378);

const DEFAULT_RETRY = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000 };
/** Codes that mean "slow down": AWS will answer if asked again later. */
const THROTTLING = new Set([
    'Throttling',
    'RequestLimitExceeded',
    'TooManyRequests',
    'RequestThrottled',
    'ProvisionedThroughputExceeded',
    'SlowDown',
]);
/** Codes that mean AWS, or the identity provider behind it, failed for a moment. */
const TRANSIENT = new Set([
    'IDPCommunicationError',
    'ServiceUnavailable',
    'InternalFailure',
    'InternalError',
    'InternalServerError',
    'RequestTimeout',
    'TimeoutError',
]);
/**
 * Codes that asking again cannot fix, even when they come with a 5xx: a policy,
 * a token or the request itself is wrong. Checked first, so they always stop.
 */
const NEVER_RETRIED = new Set([
    'AccessDenied',
    'InvalidIdentityToken',
    'ExpiredToken',
    'IDPRejectedClaim',
    'Validation',
    'ValidationError',
    'MalformedPolicyDocument',
    'PackedPolicyTooLarge',
    'RegionDisabled',
    'InvalidClientTokenId',
    'InvalidParameterValue',
    'MissingParameter',
    'AbortError',
]);
/** A dropped, refused or timed-out connection, or a DNS lookup that may work next time. */
const NETWORK = new Set([
    'ECONNRESET',
    'ETIMEDOUT',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'EAI_AGAIN',
    'ENETUNREACH',
    'EHOSTUNREACH',
]);
/**
 * STS could not fetch the identity provider's signing keys to check the token
 * ("InvalidIdentityToken: Couldn't retrieve verification key from your identity
 * provider"): GitHub's key endpoint did not answer STS in time, as happens under
 * load. The token and the provider are fine; asking again usually works.
 */
function isIdentityProviderUnreachable(error) {
    const { code, message } = (0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .failureFacts */ ._)(error);
    return code === 'InvalidIdentityToken' && /retrieve verification key/i.test(message);
}
/** Throttling, a server-side failure or a network error: worth another attempt after a pause. */
function isTransientError(error) {
    const { code, httpStatus, networkCode } = (0,_aws_error_js__WEBPACK_IMPORTED_MODULE_0__/* .failureFacts */ ._)(error);
    if (isIdentityProviderUnreachable(error))
        return true;
    if (code !== undefined && NEVER_RETRIED.has(code))
        return false;
    if (code !== undefined && (THROTTLING.has(code) || TRANSIENT.has(code)))
        return true;
    if (networkCode !== undefined && NETWORK.has(networkCode))
        return true;
    return httpStatus !== undefined && (httpStatus === 429 || httpStatus >= 500);
}
/**
 * The delay before retry number `retry` (1 for the first retry): exponential,
 * capped at maxDelayMs, and jittered in its upper half ("equal jitter") so that
 * parallel runs spread out but never retry at once.
 */
function backoffDelay(retry, options = {}) {
    const base = options.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs;
    const max = options.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs;
    const ceiling = Math.min(max, base * 2 ** (retry - 1));
    const random = Math.min(Math.max((options.random ?? Math.random)(), 0), 1);
    return Math.round(ceiling / 2 + (random * ceiling) / 2);
}
/**
 * Calls `operation` until it succeeds, a failure is not retryable, or
 * maxAttempts calls have been made; then rethrows the last failure unchanged.
 */
async function retry(operation, options = {}) {
    const maxAttempts = Math.max(1, Math.floor(options.maxAttempts ?? DEFAULT_RETRY.maxAttempts));
    const isRetryable = options.isRetryable ?? isTransientError;
    const sleep = options.sleep ?? defaultSleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await operation(attempt);
        }
        catch (error) {
            if (attempt >= maxAttempts || !isRetryable(error))
                throw error;
            await sleep(backoffDelay(attempt, options));
        }
    }
}
function defaultSleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}


/***/ }),

/***/ 2685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IY: () => (/* binding */ callAws),
/* harmony export */   sH: () => (/* binding */ DeployError),
/* harmony export */   zc: () => (/* binding */ explainDeployFailure)
/* harmony export */ });
/* harmony import */ var _credentials_aws_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1378);
/* harmony import */ var _credentials_credential_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3971);
/* harmony import */ var _credentials_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6726);
/* harmony import */ var _unexpected_answer_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1489);




/** An AWS call of the deploy failed; the message says which and why, the hint what to change. */
class DeployError extends Error {
    action;
    hint;
    constructor(
    /** The API action that failed, such as `cloudformation:DescribeStacks`. */
    action, message, hint, options) {
        super(message, options);
        this.action = action;
        this.hint = hint;
        this.name = 'DeployError';
    }
}
/** What AWS answers when the request was signed with credentials that have expired. */
const EXPIRED = new Set(['ExpiredToken', 'RequestExpired', 'TokenRefreshRequired']);
const CARRIES_ON = 'CloudFormation carries on with any operation this deploy started; a deploy run again with wait-for-in-progress: true waits for it and converges.';
/** Turns the failure of one AWS call into a DeployError that names the call. */
function explainDeployFailure(action, error) {
    if (error instanceof DeployError)
        return error;
    if (error instanceof _unexpected_answer_js__WEBPACK_IMPORTED_MODULE_2__/* .UnexpectedAnswer */ .M)
        return new DeployError(action, `${action} gave an answer the deploy cannot act on: ${error.message}`, 'The deploy stopped rather than guess. Run it again; if the answer repeats, compare it with the AWS CLI (aws cloudformation describe-stacks --stack-name NAME) and check that nothing between the runner and AWS (AWS_ENDPOINT_URL, a proxy) rewrites answers.', { cause: error });
    if (error instanceof _credentials_credential_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CredentialError */ .o)
        return new DeployError(action, `${action} was not sent: the role's credentials ran out and new ones could not be had: ${error.message}`, `${error.hint} ${CARRIES_ON}`, { cause: error });
    const { code, message } = (0,_credentials_aws_error_js__WEBPACK_IMPORTED_MODULE_3__/* .failureFacts */ ._)(error);
    const said = message === '' ? (code ?? 'no message') : message;
    if (EXPIRED.has(code ?? ''))
        return new DeployError(action, `${action} failed: ${code}: ${said}: the credentials expired during the run`, `Credentials from role-arn are renewed by the kit before they expire; others (the default chain, such as aws-actions/configure-aws-credentials) last their session: give them a role-duration-seconds longer than timeout-minutes, or pass role-arn. ${CARRIES_ON}`, { cause: error });
    const hint = code === 'AccessDenied' || code === 'UnauthorizedOperation' || code === 'Forbidden'
        ? `The role the deploy runs as may not call ${action}: deploy with the DeployRoleArn output of the bootstrap stack (dify-aws-kit bootstrap), or grant ${action} to the role.`
        : (0,_credentials_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .isTransientError */ .bV)(error)
            ? 'AWS kept refusing or failing after several attempts (throttling or an outage): run the deploy again.'
            : 'Read the message from AWS above; nothing was retried because asking again would not change the answer.';
    return new DeployError(action, `${action} failed: ${code === undefined ? '' : `${code}: `}${said}`, hint, {
        cause: error,
    });
}
/**
 * One AWS call, retried on throttling and transient failures (bounded and jittered,
 * on top of the SDK's own attempts), and explained when it fails for good.
 */
async function callAws(action, operation, retryOptions) {
    try {
        return await (0,_credentials_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(operation, retryOptions);
    }
    catch (error) {
        throw explainDeployFailure(action, error);
    }
}


/***/ }),

/***/ 3557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ describeStack),
/* harmony export */   x: () => (/* binding */ isMissingStackError)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3805);
/* harmony import */ var _credentials_aws_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1378);
/* harmony import */ var _credentials_retry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6726);
/* harmony import */ var _unexpected_answer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1489);
/* harmony import */ var _deploy_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2685);





/**
 * True only for CloudFormation's answer that the stack does not exist
 * ("Stack with id X does not exist", a ValidationError). AccessDenied, throttling
 * and every other ValidationError are failures, never "no stack".
 */
function isMissingStackError(error) {
    const { code, message } = (0,_credentials_aws_error_js__WEBPACK_IMPORTED_MODULE_3__/* .failureFacts */ ._)(error);
    return ((code === 'ValidationError' || code === 'Validation') && /^Stack with id .+ does not exist$/.test(message));
}
/**
 * The stack by name or id, or undefined when CloudFormation says there is none.
 * An answer without an error but without the stack asked for (`{Stacks: []}`, no
 * `Stacks`, another stack) is a DeployError: taken for "no stack", it would start a
 * CREATE change set next to a stack that exists.
 */
async function describeStack(cloudFormation, stackName, retryOptions) {
    try {
        const { Stacks } = await (0,_credentials_retry_js__WEBPACK_IMPORTED_MODULE_0__/* .retry */ .L5)(() => cloudFormation.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_4__/* .DescribeStacksCommand */ .Y47({ StackName: stackName })), retryOptions);
        const [stack] = Stacks ?? [];
        if (stack === undefined)
            throw new _unexpected_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedAnswer */ .M('cloudformation:DescribeStacks', `DescribeStacks answered for ${stackName} without an error and without the stack (${Stacks === undefined ? 'no Stacks field' : 'an empty Stacks list'}); only "Stack with id ${stackName} does not exist" means there is none`);
        if (stack.StackName !== stackName && stack.StackId !== stackName)
            throw new _unexpected_answer_js__WEBPACK_IMPORTED_MODULE_1__/* .UnexpectedAnswer */ .M('cloudformation:DescribeStacks', `DescribeStacks answered for ${stackName} with another stack (${stack.StackName ?? stack.StackId ?? 'unnamed'})`);
        return stack;
    }
    catch (error) {
        if (isMissingStackError(error))
            return undefined;
        throw (0,_deploy_error_js__WEBPACK_IMPORTED_MODULE_2__/* .explainDeployFailure */ .zc)('cloudformation:DescribeStacks', error);
    }
}


/***/ }),

/***/ 1398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CI: () => (/* reexport */ DEPLOY_TIMEOUT_MINUTES),
  sH: () => (/* reexport */ deploy_error/* DeployError */.sH),
  G: () => (/* reexport */ changeSetName),
  gE: () => (/* reexport */ deployStack),
  qo: () => (/* reexport */ protectiveStackPolicy),
  wm: () => (/* reexport */ statefulLogicalIds),
  oL: () => (/* reexport */ templateResourceTypes)
});

// UNUSED EXPORTS: CAPABILITIES, CHANGE_SET_NAME_MAX_LENGTH, CHANGE_SET_NAME_PATTERN, GUARDED_UPDATE_ACTIONS, SHORT_OPERATION_POLLING, STACK_OPERATION_POLLING, TEMPLATE_BODY_MAX_BYTES, callAws, createChangeSet, deleteChangeSet, describeStack, eventKey, explainDeployFailure, formatEvent, isCascadeReason, isEmptyChangeSet, isMissingStackError, judgeChangeSet, newEvents, nextDelay, parseStackPolicy, planForStackState, pollUntil, readChanges, regionOfStackId, rootCause, stackPolicyAllowing, streamStackEvents, systemClock, templateBytes, templateKey, templateUrl, uploadTemplate, waitForChangeSet

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/aws/deploy/change-set-name.ts

/** CloudFormation's rule for change-set names. */
const CHANGE_SET_NAME_PATTERN = /^[a-zA-Z][-a-zA-Z0-9]*$/;
const CHANGE_SET_NAME_MAX_LENGTH = 128;
const HASH_LENGTH = 8;
/**
 * `dify-<environment>-<run>`: the same environment and run always give the same
 * name, so a re-run finds its change set. Characters CloudFormation refuses become
 * hyphens; when that (or shortening to 128 characters) loses information, a hash
 * of the exact input is appended, so two different runs never share a name.
 */
function changeSetName(environmentName, runId) {
    const environment = sanitise(environmentName);
    const run = sanitise(runId);
    const name = ['dify', environment, run].filter((part) => part !== '').join('-');
    const lossless = environment === environmentName && run === runId && run !== '';
    if (lossless && name.length <= CHANGE_SET_NAME_MAX_LENGTH)
        return name;
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(`${environmentName}\u0000${runId}`)
        .digest('hex')
        .slice(0, HASH_LENGTH);
    const room = CHANGE_SET_NAME_MAX_LENGTH - HASH_LENGTH - 1;
    return `${name.slice(0, room).replace(/-+$/, '')}-${hash}`;
}
/** Runs of characters outside [-a-zA-Z0-9] become one hyphen; hyphens at either end go. */
function sanitise(part) {
    return part.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/aws/credentials/aws-error.ts
var aws_error = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/aws/credentials/retry.ts
var retry = __webpack_require__(6726);
// EXTERNAL MODULE: ./src/aws/unexpected-answer.ts
var unexpected_answer = __webpack_require__(1489);
// EXTERNAL MODULE: ./src/aws/deploy/deploy-error.ts
var deploy_error = __webpack_require__(2685);
// EXTERNAL MODULE: ./src/aws/deploy/waiting.ts
var waiting = __webpack_require__(6438);
;// CONCATENATED MODULE: ./src/aws/deploy/change-set-operations.ts






/** IAM roles and policies are in every kit template, some of them named. */
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'];
/**
 * CreateChangeSet. A change set of the same name left by an earlier attempt of the
 * same run (or by a retried request) is deleted and created again: it was never executed.
 */
async function createChangeSet(cloudFormation, request, retryOptions, log) {
    const command = new dist_cjs/* CreateChangeSetCommand */.YDU({
        StackName: request.stackName,
        ChangeSetName: request.changeSetName,
        ChangeSetType: request.changeSetType,
        ...request.template,
        Capabilities: [...CAPABILITIES],
        Tags: request.tags.map(({ Key, Value }) => ({ Key, Value })),
        IncludeNestedStacks: false,
        ...(request.roleArn === undefined ? {} : { RoleARN: request.roleArn }),
        ...(request.parameters && request.parameters.length > 0
            ? {
                Parameters: request.parameters.map(({ ParameterKey, ParameterValue }) => ({
                    ParameterKey,
                    ParameterValue,
                })),
            }
            : {}),
        Description: `dify-aws-kit ${request.changeSetType === 'CREATE' ? 'creates' : 'updates'} ${request.stackName}`,
    });
    const send = () => (0,retry/* retry */.L5)(() => cloudFormation.send(command), retryOptions);
    let created;
    try {
        created = await send();
    }
    catch (error) {
        if ((0,aws_error/* failureFacts */._)(error).code !== 'AlreadyExists')
            throw (0,deploy_error/* explainDeployFailure */.zc)('cloudformation:CreateChangeSet', error);
        log(`change set ${request.changeSetName} exists from an earlier attempt; deleting it and creating it again`);
        await deleteChangeSet(cloudFormation, request.changeSetName, request.stackName, retryOptions);
        try {
            created = await send();
        }
        catch (again) {
            throw (0,deploy_error/* explainDeployFailure */.zc)('cloudformation:CreateChangeSet', again);
        }
    }
    if (created.Id === undefined || created.StackId === undefined)
        throw (0,deploy_error/* explainDeployFailure */.zc)('cloudformation:CreateChangeSet', new Error('CloudFormation returned no change set id or stack id'));
    return { changeSetId: created.Id, stackId: created.StackId };
}
/** Change-set statuses after which nothing more happens to it. */
const SETTLED = new Set(['CREATE_COMPLETE', 'FAILED', 'DELETE_COMPLETE', 'DELETE_FAILED']);
/**
 * Waits (short, jittered polling) until CloudFormation has computed the change set or given up.
 * An answer without a status is a DeployError, not "still computing" until the time runs out.
 */
function waitForChangeSet(cloudFormation, changeSetId, options, retryOptions) {
    const action = 'cloudformation:DescribeChangeSet';
    return (0,waiting/* pollUntil */.g3)({
        check: async () => {
            const answer = await (0,deploy_error/* callAws */.IY)(action, () => cloudFormation.send(new dist_cjs/* DescribeChangeSetCommand */.TTT({ ChangeSetName: changeSetId })), retryOptions);
            if (answer.Status === undefined)
                throw (0,deploy_error/* explainDeployFailure */.zc)(action, new unexpected_answer/* UnexpectedAnswer */.M(action, `DescribeChangeSet answered for ${changeSetId} without a status`));
            return answer;
        },
        isDone: (changeSet) => changeSet.Status !== undefined && SETTLED.has(changeSet.Status),
        clock: options.clock,
        timeoutMs: options.timeoutMs,
        schedule: waiting/* SHORT_OPERATION_POLLING */.Vr,
        ...(options.random === undefined ? {} : { random: options.random }),
    });
}
/**
 * Every change of the change set, every page, with before and after property values.
 * (A computed change set may list none: one that changes only the stack's outputs.)
 */
async function readChanges(cloudFormation, changeSetId, retryOptions) {
    const action = 'cloudformation:DescribeChangeSet';
    try {
        return await (0,unexpected_answer/* readAllPages */.s)(action, async (token) => {
            const page = await (0,deploy_error/* callAws */.IY)(action, () => cloudFormation.send(new dist_cjs/* DescribeChangeSetCommand */.TTT({
                ChangeSetName: changeSetId,
                IncludePropertyValues: true,
                ...(token === undefined ? {} : { NextToken: token }),
            })), retryOptions);
            return { items: page.Changes, nextToken: page.NextToken };
        });
    }
    catch (error) {
        throw (0,deploy_error/* explainDeployFailure */.zc)(action, error);
    }
}
/** DeleteChangeSet, awaited; `stackName` is needed when the change set is named rather than an ARN. */
async function deleteChangeSet(cloudFormation, changeSet, stackName, retryOptions) {
    await (0,deploy_error/* callAws */.IY)('cloudformation:DeleteChangeSet', () => cloudFormation.send(new dist_cjs/* DeleteChangeSetCommand */.$GE({
        ChangeSetName: changeSet,
        ...(changeSet.startsWith('arn:') ? {} : { StackName: stackName }),
    })), retryOptions);
}

// EXTERNAL MODULE: ./src/render/lint/rules/sec007-stateful-protection.ts
var sec007_stateful_protection = __webpack_require__(8585);
;// CONCATENATED MODULE: ./src/aws/deploy/change-set-verdict.ts

/** Reads a change set into rows and decides whether it may run. */
function judgeChangeSet({ changes, templateTypes, allowReplacement, }) {
    const rows = changes.flatMap((change) => change.ResourceChange === undefined ? [] : [rowOf(change.ResourceChange, templateTypes)]);
    return { rows, statefulGuard: guardStatefulResources(rows, allowReplacement) };
}
function rowOf(change, templateTypes) {
    const logicalId = change.LogicalResourceId ?? '(unnamed)';
    const type = change.ResourceType ?? (Object.hasOwn(templateTypes, logicalId) ? templateTypes[logicalId] : undefined);
    const action = actionOf(change);
    const details = action === 'add' || action === 'remove' ? [] : causingDetails(change.Details ?? [], action);
    const row = {
        logicalId,
        type: type ?? 'unknown type',
        action,
        causes: unique(details.flatMap(({ Target }) => changedName(Target) ?? [])),
        causedBy: unique(details.flatMap((detail) => detail.CausingEntity ?? [])),
    };
    return change.PolicyAction === undefined ? row : { ...row, policyAction: change.PolicyAction };
}
/**
 * Add and Import bring a resource in; Remove takes it out; Modify, Dynamic and
 * SyncWithActual change it, in place or by replacement as `Replacement` says.
 */
function actionOf(change) {
    switch (change.Action) {
        case 'Add':
        case 'Import':
            return 'add';
        case 'Remove':
            return 'remove';
        default:
            if (change.Replacement === 'True')
                return 'replace';
            if (change.Replacement === 'Conditional')
                return 'conditional-replace';
            return 'modify';
    }
}
/**
 * The details that explain the row: for a replacement, those that require
 * recreation (Always first, then Conditionally); otherwise, or when CloudFormation
 * names none, every change.
 */
function causingDetails(details, action) {
    const requiring = (...levels) => details.filter(({ Target }) => Target?.RequiresRecreation !== undefined && levels.includes(Target.RequiresRecreation));
    const candidates = action === 'replace'
        ? [requiring('Always'), requiring('Always', 'Conditionally')]
        : action === 'conditional-replace'
            ? [requiring('Always', 'Conditionally')]
            : [];
    return candidates.find((found) => found.length > 0) ?? [...details];
}
/** A property's name, or the attribute (Tags, Metadata, UpdatePolicy…) that changes. */
function changedName(target) {
    if (target === undefined)
        return undefined;
    return target.Attribute === 'Properties' || target.Attribute === undefined ? target.Name : target.Attribute;
}
function guardStatefulResources(rows, allowReplacement) {
    const guarded = rows.flatMap((row) => {
        if (!(0,sec007_stateful_protection/* isStatefulResourceType */.lu)(row.type))
            return [];
        if (row.action !== 'replace' && row.action !== 'conditional-replace' && row.action !== 'remove')
            return [];
        return [guardedChange(row, row.action)];
    });
    const allowed = guarded.filter((change) => allowReplacement.includes(change.logicalId));
    const refused = guarded.filter((change) => !allowReplacement.includes(change.logicalId));
    const unusedAllowances = unique(allowReplacement.filter((id) => !guarded.some((change) => change.logicalId === id)));
    return refused.length === 0
        ? { verdict: 'pass', allowed, unusedAllowances }
        : { verdict: 'refuse', refused, allowed, unusedAllowances };
}
function guardedChange(row, action) {
    const subject = `${row.logicalId} (${row.type})`;
    const because = row.causes.length === 0
        ? ''
        : ` because ${list(row.causes)} ${row.causes.length === 1 ? 'changes' : 'change'}${row.causedBy.length === 0 ? '' : ` (through ${list(row.causedBy)})`}`;
    const fate = DATA_FATE[row.policyAction ?? (action === 'remove' ? 'Delete' : 'ReplaceAndDelete')];
    const message = action === 'remove'
        ? `the change set removes ${subject} from the stack; ${fate}`
        : action === 'replace'
            ? `the change set replaces ${subject}${because}; ${fate}`
            : `the change set may replace ${subject}${because}, depending on values CloudFormation only knows while it runs; ${fate}`;
    const hint = action === 'remove'
        ? `Keep ${row.logicalId} in the template; if removing it is intended, add ${row.logicalId} to allow-replacement.`
        : `Revert the change to ${row.causes.length === 0 ? row.logicalId : list(row.causes)}; if replacing it is intended, add ${row.logicalId} to allow-replacement.`;
    return { logicalId: row.logicalId, type: row.type, action, causes: row.causes, message, hint };
}
/** What becomes of the old resource's data, by the change's PolicyAction (the offline prediction says the same). */
const DATA_FATE = {
    Delete: 'the resource and its data would be deleted',
    ReplaceAndDelete: 'the old resource and its data would be deleted',
    Retain: 'the resource would be kept outside the stack, and Dify would stop using its data',
    ReplaceAndRetain: 'the old resource would be kept outside the stack, and Dify would start on an empty one',
    Snapshot: 'the resource would be deleted after a final snapshot',
    ReplaceAndSnapshot: 'the old resource would be deleted after a final snapshot, and Dify would start on an empty one',
};
/**
 * True when a FAILED change set failed only because there was nothing to change:
 * a success with changed=false (the change set is then deleted).
 */
function isEmptyChangeSet(status, statusReason) {
    return status === 'FAILED' && statusReason !== undefined && EMPTY_CHANGE_SET.test(statusReason);
}
/**
 * "The submitted information didn't contain changes. Submit different information to create a change set."
 * and "No updates are to be performed."
 */
const EMPTY_CHANGE_SET = /didn['’]t contain changes|no updates are to be performed/i;
function unique(values) {
    return [...new Set(values)];
}
function list(values) {
    if (values.length <= 1)
        return values.join('');
    return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

// EXTERNAL MODULE: ./src/environment/unsafe-characters.ts
var unsafe_characters = __webpack_require__(6340);
;// CONCATENATED MODULE: ./src/aws/deploy/change-set-events.ts





/** The failures shown in a message; the rest are counted. */
const MAX_SHOWN = 10;
/**
 * Why CloudFormation refused to create a change set, resource by resource, as one
 * sentence to append to its StatusReason. Early validation (checks CloudFormation
 * runs before computing a change set, such as a property value the resource type
 * refuses or a bucket name that exists) only says "use the DescribeEvents API":
 * this calls DescribeEvents with the change set and its failed events, and names
 * each resource, the property path and the reason. Called for every failed change
 * set, not only when the reason names early validation, and before it is deleted.
 * Never throws: a DescribeEvents that fails (an older role without
 * cloudformation:DescribeEvents) is said as such, without hiding the change set's own failure.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/validate-stack-deployments.html
 */
async function changeSetFailureDetails(cloudFormation, changeSetArn, retryOptions) {
    let events;
    try {
        events = await (0,unexpected_answer/* readAllPages */.s)('cloudformation:DescribeEvents', async (token) => {
            const page = await (0,retry/* retry */.L5)(() => cloudFormation.send(new dist_cjs/* DescribeEventsCommand */.w6x({
                ChangeSetName: changeSetArn,
                Filters: { FailedEvents: true },
                ...(token === undefined ? {} : { NextToken: token }),
            })), retryOptions);
            return { items: page.OperationEvents, nextToken: page.NextToken };
        });
    }
    catch (error) {
        const { code, message } = (0,aws_error/* failureFacts */._)(error);
        const why = code === 'AccessDenied' || code === 'UnauthorizedOperation'
            ? 'the role may not call cloudformation:DescribeEvents on the stack and its change sets: grant it to see them here'
            : `${code === undefined ? '' : `${code}: `}${(0,unsafe_characters/* escapeUnsafe */.au)(message)}`;
        return ` The failed checks could not be read (${why}); see them with: aws cloudformation describe-events --change-set-name ${changeSetArn} --filters FailedEvents=true`;
    }
    const failures = events.filter(isFailure).map(describeFailure);
    if (failures.length === 0)
        return '';
    const shown = failures.slice(0, MAX_SHOWN).join('; ');
    const more = failures.length > MAX_SHOWN ? `; and ${failures.length - MAX_SHOWN} more` : '';
    return ` Failed: ${shown}${more}.`;
}
/** CloudFormation's StatusReason, then the details as sentences of their own. */
function withFailureDetails(statusReason, details) {
    if (details === '')
        return statusReason;
    return `${statusReason}${/[.!?]$/.test(statusReason) ? '' : '.'}${details}`;
}
/** An event that says something failed: a validation, a hook, or a resource. */
function isFailure(event) {
    return (event.EventType === 'VALIDATION_ERROR' ||
        event.EventType === 'HOOK_INVOCATION_ERROR' ||
        event.EventType === 'PROVISIONING_ERROR' ||
        event.ValidationStatus === 'FAILED' ||
        event.ResourceStatus?.endsWith('_FAILED') === true);
}
/** `DatabaseCluster (AWS::RDS::DBCluster) at /Properties/EngineVersion: reason [validation]`. */
function describeFailure(event) {
    const resource = event.LogicalResourceId ?? 'the stack';
    const type = event.ResourceType === undefined ? '' : ` (${event.ResourceType})`;
    const path = event.ValidationPath === undefined || event.ValidationPath === '' ? '' : ` at ${event.ValidationPath}`;
    const reason = event.ValidationStatusReason || event.HookStatusReason || event.ResourceStatusReason || 'no reason given';
    const check = event.ValidationName === undefined ? '' : ` [${event.ValidationName}]`;
    return (0,unsafe_characters/* escapeUnsafe */.au)(`${resource}${type}${path}: ${reason}${check}`);
}

// EXTERNAL MODULE: ./src/aws/deploy/describe-stack.ts
var describe_stack = __webpack_require__(3557);
;// CONCATENATED MODULE: ./src/aws/deploy/stack-events.ts

/**
 * The key an event is remembered by: its EventId, or, for an event without one,
 * what it says (so that it is still shown once).
 */
function eventKey(event) {
    return (event.EventId ??
        [
            event.LogicalResourceId,
            event.Timestamp?.toISOString(),
            event.ResourceStatus,
            event.ResourceStatusReason,
        ].join('|'));
}
/**
 * The events of a DescribeStackEvents page (newest first) not seen yet, oldest
 * first, in the order CloudFormation recorded them. The caller adds their keys
 * (`eventKey`) to what it has seen.
 */
function newEvents(seen, page) {
    const fresh = [];
    const inPage = new Set();
    for (const event of page) {
        const key = eventKey(event);
        if (seen.has(key) || inPage.has(key))
            continue;
        inPage.add(key);
        fresh.push(event);
    }
    return fresh.reverse();
}
/**
 * One line: `2026-05-01T10:03:12.000Z DatabaseCluster CREATE_FAILED reason`,
 * with control and invisible characters of the logical id and reason escaped.
 */
function formatEvent(event) {
    const time = event.Timestamp?.toISOString() ?? '-';
    const logicalId = (0,unsafe_characters/* escapeUnsafe */.au)(event.LogicalResourceId ?? event.StackName ?? '-');
    const status = event.ResourceStatus ?? event.HookStatus ?? '-';
    const reason = event.ResourceStatusReason ?? event.HookStatusReason;
    const line = `${time} ${logicalId} ${status}`;
    return reason === undefined || reason === '' ? line : `${line} ${(0,unsafe_characters/* escapeUnsafe */.au)(reason)}`;
}
/**
 * What CloudFormation writes on resources that failed only because another did:
 * the cancelled siblings and the stack's own summary.
 */
const CASCADE_REASONS = [
    /^Resource creation cancelled/i,
    /^Resource update cancelled/i,
    /^Resource deletion cancelled/i,
    /^The following resource\(s\) failed to /i,
];
function isCascadeReason(reason) {
    return reason !== undefined && CASCADE_REASONS.some((pattern) => pattern.test(reason));
}
/**
 * The events that explain a failed operation: its *_FAILED events whose reason is
 * not a cascade, oldest first (the first is the root cause). Pass the events of
 * one operation only, oldest first as `newEvents` returns them (ties in time keep
 * that order). Empty when every failure is a cascade.
 */
function rootCause(events) {
    return events
        .map((event, index) => ({ event, index }))
        .filter(({ event }) => event.ResourceStatus?.endsWith('_FAILED') === true && !isCascadeReason(event.ResourceStatusReason))
        .sort((a, b) => time(a.event) - time(b.event) || a.index - b.index)
        .map(({ event }) => event);
}
function time(event) {
    return event.Timestamp?.getTime() ?? Number.POSITIVE_INFINITY;
}

;// CONCATENATED MODULE: ./src/aws/deploy/event-stream.ts


/** More than this many pages of new events between two looks is not an operation of this kit's stack. */
const MAX_PAGES_PER_POLL = 50;
/**
 * Streams a stack's events: each look pages from the newest event back to the
 * first one already seen, and logs each new event once, oldest first.
 */
function streamStackEvents(fetchPage, log) {
    const seen = new Set();
    const shown = [];
    let failure;
    let baseline = false;
    const failed = (error) => {
        if (failure !== undefined)
            return;
        failure = (0,unsafe_characters/* escapeUnsafe */.au)(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
        log(`warning: the stack events could not be read (${failure}); the deploy goes on watching the stack's status, which decides the outcome`);
    };
    return {
        async markExisting() {
            try {
                const page = await fetchPage(undefined);
                for (const event of page.events)
                    seen.add(eventKey(event));
                baseline = true;
            }
            catch (error) {
                failed(error);
            }
        },
        async poll() {
            if (!baseline)
                return [];
            const collected = [];
            let token;
            try {
                for (let pages = 0; pages < MAX_PAGES_PER_POLL; pages++) {
                    const page = await fetchPage(token);
                    const firstSeen = page.events.findIndex((event) => seen.has(eventKey(event)));
                    collected.push(...(firstSeen === -1 ? page.events : page.events.slice(0, firstSeen)));
                    if (firstSeen !== -1 || page.nextToken === undefined)
                        break;
                    token = page.nextToken;
                }
            }
            catch (error) {
                // Nothing of a partial read is shown: the next look reads it all again, in order.
                failed(error);
                return [];
            }
            const fresh = newEvents(seen, collected);
            for (const event of fresh) {
                seen.add(eventKey(event));
                shown.push(event);
                log(formatEvent(event));
            }
            return fresh;
        },
        events: () => shown,
        failure: () => failure,
    };
}

;// CONCATENATED MODULE: ./src/aws/deploy/stack-policy.ts

/** The update actions that lose a stateful resource's data. */
const GUARDED_UPDATE_ACTIONS = ['Update:Replace', 'Update:Delete'];
/** The logical ids of the resources that hold data (STATEFUL_RESOURCE_TYPES), sorted. */
function statefulLogicalIds(resourceTypes) {
    return Object.entries(resourceTypes)
        .filter(([, type]) => (0,sec007_stateful_protection/* isStatefulResourceType */.lu)(type))
        .map(([logicalId]) => logicalId)
        .sort();
}
/**
 * The permanent stack policy: every update is allowed, except replacing or
 * deleting the stateful resources (an explicit Deny wins over the Allow).
 */
function protectiveStackPolicy(statefulIds) {
    const allow = { Effect: 'Allow', Principal: '*', Action: 'Update:*', Resource: '*' };
    const ids = [...new Set(statefulIds)].sort();
    const statements = ids.length === 0
        ? [allow]
        : [
            allow,
            {
                Effect: 'Deny',
                Principal: '*',
                Action: [...GUARDED_UPDATE_ACTIONS],
                Resource: ids.map((id) => `LogicalResourceId/${id}`),
            },
        ];
    return stringify({ Statement: statements });
}
/**
 * The policy for one deploy that `allowReplacement` lets replace or remove some
 * stateful resources: the given policy without those ids in its Deny statements
 * (a Deny left with no resource goes). The policy is unchanged when it names none.
 * ExecuteChangeSet takes no policy for the duration of an update, so the deploy
 * sets this one before executing and the protective one again afterwards.
 */
function stackPolicyAllowing(policyJson, allowReplacement) {
    const policy = parseStackPolicy(policyJson);
    const allowed = new Set(allowReplacement.map((id) => `LogicalResourceId/${id}`));
    const statements = policy.Statement.flatMap((statement) => {
        if (statement.Effect !== 'Deny')
            return [statement];
        const resources = typeof statement.Resource === 'string' ? [statement.Resource] : statement.Resource;
        const kept = resources.filter((resource) => !allowed.has(resource));
        if (kept.length === resources.length)
            return [statement];
        return kept.length === 0 ? [] : [{ ...statement, Resource: kept }];
    });
    return stringify({ Statement: statements });
}
/** Reads a stack policy; throws a TypeError naming what is wrong when it is not one. */
function parseStackPolicy(policyJson) {
    let parsed;
    try {
        parsed = JSON.parse(policyJson);
    }
    catch (error) {
        throw new TypeError(`the stack policy is not JSON: ${error.message}`, { cause: error });
    }
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.Statement))
        throw new TypeError('the stack policy has no Statement list');
    return parsed;
}
function stringify(policy) {
    return JSON.stringify(policy, null, 2);
}

;// CONCATENATED MODULE: ./src/aws/deploy/stack-state.ts
/** Decides what a deploy does with the stack DescribeStacks returned (`undefined`: none). */
function planForStackState(stack, options) {
    if (stack === undefined)
        return { kind: 'create', status: undefined, reason: 'the stack does not exist yet' };
    const name = stack.StackName ?? stack.StackId ?? 'the stack';
    const cli = (command) => awsCommand(command, stack);
    const status = stack.StackStatus;
    if (status === undefined) {
        return {
            kind: 'stop',
            status,
            reason: `${name} has no status; it does not deploy over a stack it cannot read`,
            nextStep: cli('describe-stacks'),
        };
    }
    const inProgress = (what) => options.waitForInProgress
        ? { kind: 'wait', status, reason: `${name} is ${status}: ${what}; waiting for it to finish` }
        : {
            kind: 'stop',
            status,
            reason: `${name} is ${status}: ${what}, and a second operation must not start; run the deploy again once it has finished`,
            nextStep: cli('describe-stack-events'),
            option: 'wait-for-in-progress',
        };
    switch (status) {
        case 'REVIEW_IN_PROGRESS':
            return {
                kind: 'create',
                status,
                reason: `${name} is REVIEW_IN_PROGRESS: a change set created it but was never executed, so it is created through a new CREATE change set`,
            };
        case 'DELETE_COMPLETE':
            return { kind: 'create', status, reason: `${name} was deleted` };
        case 'CREATE_COMPLETE':
        case 'UPDATE_COMPLETE':
        case 'IMPORT_COMPLETE':
            return { kind: 'update', status, reason: `${name} is ${status}` };
        case 'UPDATE_ROLLBACK_COMPLETE':
            return {
                kind: 'update',
                status,
                reason: `${name} is UPDATE_ROLLBACK_COMPLETE: its last update failed and was rolled back, and it can be updated again`,
            };
        case 'IMPORT_ROLLBACK_COMPLETE':
            return {
                kind: 'update',
                status,
                reason: `${name} is IMPORT_ROLLBACK_COMPLETE: its last import failed and was rolled back, and it can be updated again`,
            };
        case 'CREATE_IN_PROGRESS':
            return inProgress('it is being created');
        case 'UPDATE_IN_PROGRESS':
            return inProgress('it is being updated');
        case 'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS':
            return inProgress('an update succeeded and the resources it replaced are being deleted');
        case 'UPDATE_ROLLBACK_IN_PROGRESS':
            return inProgress('a failed update is being rolled back');
        case 'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS':
            return inProgress('a failed update was rolled back and the resources it created are being deleted');
        case 'ROLLBACK_IN_PROGRESS':
            return inProgress('its first create failed and is being rolled back');
        case 'DELETE_IN_PROGRESS':
            return inProgress('it is being deleted');
        case 'IMPORT_IN_PROGRESS':
            return inProgress('resources are being imported into it');
        case 'IMPORT_ROLLBACK_IN_PROGRESS':
            return inProgress('a failed import is being rolled back');
        case 'ROLLBACK_COMPLETE':
            return options.recreateFailedStack
                ? {
                    kind: 'delete-then-create',
                    status,
                    reason: `${name} is ROLLBACK_COMPLETE: its first create failed and it cannot be updated; it is deleted and created again`,
                }
                : {
                    kind: 'stop',
                    status,
                    reason: `${name} is ROLLBACK_COMPLETE: its first create failed and was rolled back, and CloudFormation cannot update such a stack; it must be deleted and created again`,
                    nextStep: 'recreate-failed-stack: true',
                    option: 'recreate-failed-stack',
                };
        case 'UPDATE_ROLLBACK_FAILED':
            return options.continueUpdateRollback
                ? {
                    kind: 'continue-rollback',
                    status,
                    reason: `${name} is UPDATE_ROLLBACK_FAILED: the rollback of a failed update is continued`,
                }
                : {
                    kind: 'stop',
                    status,
                    reason: `${name} is UPDATE_ROLLBACK_FAILED: a failed update could not be rolled back; fix the resource named in the failed events, then continue the rollback`,
                    nextStep: cli('continue-update-rollback'),
                    option: 'continue-update-rollback',
                };
        case 'CREATE_FAILED':
        case 'UPDATE_FAILED':
            return {
                kind: 'stop',
                status,
                reason: `${name} is ${status}: the operation failed with rollback disabled, so the resources it changed are as it left them; roll the stack back, then deploy again`,
                nextStep: cli('rollback-stack'),
            };
        case 'ROLLBACK_FAILED':
            return {
                kind: 'stop',
                status,
                reason: `${name} is ROLLBACK_FAILED: its first create failed and some resources could not be deleted; delete the stack (after fixing or retaining those resources), then deploy again`,
                nextStep: cli('delete-stack'),
            };
        case 'DELETE_FAILED':
            return {
                kind: 'stop',
                status,
                reason: `${name} is DELETE_FAILED: someone started deleting it and some resources could not be deleted; a deploy does not finish or undo a deletion`,
                nextStep: cli('describe-stack-events'),
            };
        case 'IMPORT_ROLLBACK_FAILED':
            return {
                kind: 'stop',
                status,
                reason: `${name} is IMPORT_ROLLBACK_FAILED: a failed import could not be rolled back; fix the resources named in the failed events before deploying again`,
                nextStep: cli('describe-stack-events'),
            };
        default:
            return unknownStatus(status, name, cli('describe-stacks'));
    }
}
/** A status newer than this code: stop rather than guess (the SDK types it as one of the known ones). */
function unknownStatus(status, name, nextStep) {
    const shown = status;
    return {
        kind: 'stop',
        status,
        reason: `${name} is ${shown}, a status this version of dify-aws-kit does not know; it does not deploy over it`,
        nextStep,
    };
}
const SHELL_SAFE = /^[-A-Za-z0-9_.:/=+@]+$/;
/** `aws cloudformation <command> --stack-name … --region …`, the region read from the stack id. */
function awsCommand(command, stack) {
    const name = stack.StackName ?? stack.StackId ?? '';
    const region = regionOfStackId(stack.StackId);
    const parts = ['aws', 'cloudformation', command, '--stack-name', shellQuote(name)];
    if (region !== undefined)
        parts.push('--region', region);
    return parts.join(' ');
}
/** arn:aws:cloudformation:eu-west-1:123456789012:stack/dify-prod/… → eu-west-1 */
function regionOfStackId(stackId) {
    const region = stackId?.split(':')[3];
    return region !== undefined && /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region) ? region : undefined;
}
function shellQuote(value) {
    return SHELL_SAFE.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/aws/deploy/template-resources.ts

/**
 * Logical id → resource type of a rendered template (YAML or JSON, long-form
 * intrinsics as the kit renders them). Entries without a string Type are left out.
 */
function templateResourceTypes(templateBody) {
    const template = (0,dist/* parse */.qg)(templateBody);
    const resources = isRecord(template) ? template.Resources : undefined;
    const types = {};
    if (!isRecord(resources))
        return types;
    for (const [logicalId, resource] of Object.entries(resources)) {
        if (isRecord(resource) && typeof resource.Type === 'string')
            types[logicalId] = resource.Type;
    }
    return types;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/aws/deploy/template-upload.ts
var template_upload = __webpack_require__(1453);
;// CONCATENATED MODULE: ./src/aws/deploy/deploy-stack.ts















/** How long a deploy may take, waits included, unless the caller gives its own budget (the CLI's and the action's default). */
const DEPLOY_TIMEOUT_MINUTES = 60;
/** Another look at the stack after waiting or recovering; more rounds means the stack keeps changing under us. */
const MAX_SETTLE_ROUNDS = 6;
const SUCCEEDED = new Set(['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE']);
/**
 * Deploys the template through a change set, whatever state the stack is in:
 * waits for or recovers from the state (as the options allow), refuses a change
 * set that would replace or remove stateful resources, executes it (unless
 * `execute` is false), streams the events, and protects the stack afterwards.
 * AWS failures throw a DeployError; everything CloudFormation decides is an outcome.
 */
async function deployStack(options) {
    const givenClock = options.clock ?? waiting/* systemClock */.ml;
    const clock = options.signal === undefined ? givenClock : (0,waiting/* abortableClock */.dC)(givenClock, options.signal);
    const random = options.random === undefined ? {} : { random: options.random };
    const run = {
        options,
        cf: options.clients.cloudFormation,
        clock,
        random: options.random,
        retry: { sleep: (ms) => clock.sleep(ms), ...random },
        cleanupRetry: { sleep: (ms) => givenClock.sleep(ms), ...random },
        deadline: clock.now() + options.timeoutMs,
        facts: {
            stackId: undefined,
            stackStatus: undefined,
            rows: [],
            guard: undefined,
            changeSetMs: 0,
            executeMs: 0,
            executed: false,
            policyNote: '',
        },
    };
    parseStackPolicy(options.stackPolicy);
    const bytes = (0,template_upload/* templateBytes */.aV)(options.templateBody);
    if (bytes > template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_ && options.artifactBucket === undefined) {
        return finish(run, 'refused', `the template is ${bytes} bytes, over the ${template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_} bytes CloudFormation accepts inline, and no artifact bucket is set: set artifact-bucket to the ArtifactBucketName output of the bootstrap stack (dify-aws-kit bootstrap), and the template is uploaded there and passed by URL`);
    }
    try {
        options.signal?.throwIfAborted();
        const settled = await settleStack(run);
        if (settled.kind === 'outcome')
            return settled.outcome;
        return await deployThroughChangeSet(run, settled.changeSetType, settled.stack, bytes);
    }
    catch (error) {
        if (options.signal?.aborted)
            throw cancelled(run, error);
        if (error instanceof deploy_error/* DeployError */.sH && run.facts.policyNote !== '')
            throw new deploy_error/* DeployError */.sH(error.action, `${error.message}.${run.facts.policyNote}`, error.hint, {
                cause: error.cause,
            });
        throw error;
    }
}
/** The run was cancelled (GitHub sends SIGINT, then SIGTERM): what CloudFormation is left doing. */
function cancelled(run, reason) {
    const { options, facts } = run;
    const message = facts.executed
        ? `the run was cancelled while change set ${options.changeSetName} was executing: CloudFormation carries on with it.${facts.policyNote}`
        : `the run was cancelled before change set ${options.changeSetName} was executed: the stack was not changed`;
    const hint = facts.executed
        ? `See where the stack is with: ${awsCli('describe-stack-events', options)}; a deploy with wait-for-in-progress: true waits for it to finish.`
        : 'Run the deploy again.';
    return new deploy_error/* DeployError */.sH('cancelled', message, hint, { cause: reason });
}
/** Looks at the stack until it can take a change set: waits, deletes or continues a rollback as allowed. */
async function settleStack(run) {
    const { options } = run;
    let recreateFailedStack = options.recreateFailedStack && options.execute;
    let continueUpdateRollback = options.continueUpdateRollback && options.execute;
    for (let round = 0; round < MAX_SETTLE_ROUNDS; round++) {
        const stack = await (0,describe_stack/* describeStack */.G)(run.cf, options.stackName, run.retry);
        noteStack(run, stack);
        const plan = planForStackState(stack, {
            recreateFailedStack,
            waitForInProgress: options.waitForInProgress,
            continueUpdateRollback,
        });
        options.log(plan.reason);
        switch (plan.kind) {
            case 'create':
                return { kind: 'ready', changeSetType: 'CREATE', stack };
            case 'update':
                return { kind: 'ready', changeSetType: 'UPDATE', stack };
            case 'stop':
                return { kind: 'outcome', outcome: finish(run, 'refused', refusal(plan, options)) };
            case 'wait': {
                const timedOut = await waitWhileBusy(run, stack?.StackId ?? options.stackName);
                if (timedOut !== undefined)
                    return { kind: 'outcome', outcome: timedOut };
                break;
            }
            case 'delete-then-create': {
                const stackId = stack?.StackId ?? options.stackName;
                await (0,deploy_error/* callAws */.IY)('cloudformation:DeleteStack', () => run.cf.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: stackId })), run.retry);
                options.log(`deleting ${options.stackName} to create it again`);
                const timedOut = await waitWhileBusy(run, stackId, plan.status);
                if (timedOut !== undefined)
                    return { kind: 'outcome', outcome: timedOut };
                recreateFailedStack = false;
                break;
            }
            case 'continue-rollback': {
                await (0,deploy_error/* callAws */.IY)('cloudformation:ContinueUpdateRollback', () => run.cf.send(new dist_cjs/* ContinueUpdateRollbackCommand */.cAj({ StackName: options.stackName })), run.retry);
                options.log(`continuing the update rollback of ${options.stackName}`);
                const timedOut = await waitWhileBusy(run, stack?.StackId ?? options.stackName, plan.status);
                if (timedOut !== undefined)
                    return { kind: 'outcome', outcome: timedOut };
                continueUpdateRollback = false;
                break;
            }
        }
    }
    return {
        kind: 'outcome',
        outcome: finish(run, 'refused', `${options.stackName} kept changing state while the deploy waited for it (${run.facts.stackStatus ?? 'no status'}); run the deploy again once nothing else is changing it. See: ${awsCli('describe-stack-events', options)}`),
    };
}
/** `reason. Next step: …`, and, in a preview, why the deploy did not take that step itself. */
function refusal(plan, options) {
    const asked = (plan.option === 'recreate-failed-stack' && options.recreateFailedStack) ||
        (plan.option === 'continue-update-rollback' && options.continueUpdateRollback);
    const preview = asked && !options.execute
        ? ` A preview (execute: false) never deletes a stack nor continues a rollback: run the deploy with execute: true and ${plan.option}: true to let it do so.`
        : '';
    const option = !asked && plan.option !== undefined && plan.nextStep !== `${plan.option}: true`
        ? ` (or set ${plan.option}: true to let the deploy do it)`
        : '';
    return `${plan.reason}. Next step: ${plan.nextStep}${option}.${preview}`;
}
/**
 * Polls the stack until no operation runs on it; a timeout is returned as the outcome.
 * After a call that starts an operation (DeleteStack, ContinueUpdateRollback), `leaving`
 * is the status the stack had: a read still showing it, before the operation was
 * seen running, is stale and does not end the wait.
 */
async function waitWhileBusy(run, stackRef, leaving) {
    let sawBusy = false;
    const waited = await (0,waiting/* pollUntil */.g3)({
        check: async () => {
            const stack = await (0,describe_stack/* describeStack */.G)(run.cf, stackRef, run.retry);
            if (isBusy(stack?.StackStatus))
                sawBusy = true;
            return stack;
        },
        isDone: (stack) => stack === undefined || (!isBusy(stack.StackStatus) && (sawBusy || stack.StackStatus !== leaving)),
        clock: run.clock,
        timeoutMs: remaining(run),
        ...(run.random === undefined ? {} : { random: run.random }),
    });
    if (waited.done) {
        noteStack(run, waited.value);
        run.options.log(`${run.options.stackName} is ${waited.value?.StackStatus ?? 'gone'}`);
        return undefined;
    }
    noteStack(run, waited.last);
    return timedOut(run, waited.last?.StackStatus);
}
async function deployThroughChangeSet(run, changeSetType, stackBefore, bytes) {
    const { options, clock } = run;
    const changeSetStart = clock.now();
    const template = await templateSource(run, bytes);
    const created = await createChangeSet(run.cf, {
        stackName: options.stackName,
        changeSetName: options.changeSetName,
        changeSetType,
        template,
        tags: options.tags,
        roleArn: options.cloudFormationRoleArn,
        parameters: options.parameters,
    }, run.retry, options.log);
    run.facts.stackId = created.stackId;
    options.log(`change set ${options.changeSetName} (${changeSetType}) created; waiting for CloudFormation to compute it`);
    const waited = await waitForChangeSet(run.cf, created.changeSetId, { clock, timeoutMs: remaining(run), ...(run.random === undefined ? {} : { random: run.random }) }, run.retry);
    run.facts.changeSetMs = clock.now() - changeSetStart;
    if (!waited.done) {
        return finish(run, 'timed-out', `change set ${options.changeSetName} was still being computed (${waited.last.Status ?? 'no status'}) when the deploy's time ran out; nothing was executed. See it with: ${awsCli('describe-change-set', options, ['--change-set-name', options.changeSetName])}`);
    }
    const changeSet = waited.value;
    if (changeSet.Status !== 'CREATE_COMPLETE') {
        const empty = isEmptyChangeSet(changeSet.Status, changeSet.StatusReason);
        // Read before the change set is deleted: its events may go with it.
        const details = empty ? '' : await changeSetFailureDetails(run.cf, created.changeSetId, run.retry);
        if (changeSet.Status === 'FAILED')
            await deleteChangeSet(run.cf, created.changeSetId, options.stackName, run.retry);
        if (empty) {
            options.log(`change set ${options.changeSetName} has no changes; deleted it`);
            if (options.execute && stackBefore !== undefined)
                await protect(run, stackBefore, true);
            return finish(run, 'unchanged', `${options.stackName} already matches the template: change set ${options.changeSetName} had no changes and was deleted`);
        }
        return finish(run, 'failed', `CloudFormation could not create change set ${options.changeSetName} (${changeSet.Status ?? 'no status'}): ${(0,unsafe_characters/* escapeUnsafe */.au)(withFailureDetails(changeSet.StatusReason ?? 'no reason given', details))}`);
    }
    if (changeSet.ExecutionStatus !== undefined && changeSet.ExecutionStatus !== 'AVAILABLE') {
        return finish(run, 'failed', `change set ${options.changeSetName} cannot be executed: its execution status is ${changeSet.ExecutionStatus}${changeSet.StatusReason === undefined ? '' : ` (${changeSet.StatusReason})`}`);
    }
    const changes = await readChanges(run.cf, created.changeSetId, run.retry);
    const verdict = judgeChangeSet({
        changes,
        templateTypes: templateResourceTypes(options.templateBody),
        allowReplacement: options.allowReplacement,
    });
    run.facts.rows = verdict.rows;
    run.facts.guard = verdict.statefulGuard;
    run.facts.changeSetMs = clock.now() - changeSetStart;
    logChangeTable(options.log, options.changeSetName, verdict.rows);
    for (const id of verdict.statefulGuard.unusedAllowances)
        options.log(`allow-replacement names ${id}, but the change set neither replaces nor removes a stateful ${id}`);
    if (verdict.statefulGuard.verdict === 'refuse') {
        await deleteChangeSet(run.cf, created.changeSetId, options.stackName, run.retry);
        const reasons = verdict.statefulGuard.refused.map((change) => `${change.message}. ${change.hint}`);
        return finish(run, 'refused', `the stateful guard refused change set ${options.changeSetName}, which was deleted: ${reasons.join(' ')}`);
    }
    if (!options.execute) {
        return finish(run, 'previewed', `change set ${options.changeSetName} was created and left for review (execute: false); nothing was executed. See it with: ${awsCli('describe-change-set', options, ['--change-set-name', options.changeSetName])}`);
    }
    return executeAndWatch(run, created.changeSetId, created.stackId, changeSetType, stackBefore);
}
async function templateSource(run, bytes) {
    const { options } = run;
    if (bytes <= template_upload/* TEMPLATE_BODY_MAX_BYTES */.F_ || options.artifactBucket === undefined)
        return { TemplateBody: options.templateBody };
    const uploaded = await (0,template_upload/* uploadTemplate */.i3)({
        s3: options.clients.s3,
        bucket: options.artifactBucket,
        region: options.region,
        stackName: options.stackName,
        templateBody: options.templateBody,
        retry: run.retry,
    });
    options.log(`the template is ${bytes} bytes: ${uploaded.uploaded ? 'uploaded to' : 'already in'} s3://${options.artifactBucket}/${uploaded.key}`);
    return { TemplateURL: uploaded.url };
}
/**
 * Executes the change set and watches it to the end. A stack policy that lets the
 * allowed ids be replaced is set for the update only: the protective one is set
 * again on every way out (success, failure, timeout, an AWS error, a cancelled
 * run), and a failure to set it is said in the outcome or the error.
 */
async function executeAndWatch(run, changeSetId, stackId, changeSetType, stackBefore) {
    const { options } = run;
    // ExecuteChangeSet takes no policy for the update: a temporary one lets the allowed ids be replaced.
    const duringUpdate = changeSetType === 'UPDATE' && options.allowReplacement.length > 0
        ? stackPolicyAllowing(options.stackPolicy, options.allowReplacement)
        : options.stackPolicy;
    const policy = { relaxed: false };
    let outcome;
    try {
        outcome = await executeAndJudge(run, { changeSetId, stackId, changeSetType, stackBefore, duringUpdate }, policy);
    }
    catch (error) {
        if (policy.relaxed)
            run.facts.policyNote = await restorePolicy(run, stackId);
        throw error;
    }
    if (!policy.relaxed)
        return outcome;
    const note = await restorePolicy(run, stackId);
    return { ...outcome, message: `${outcome.message}${note}` };
}
async function executeAndJudge(run, execution, policy) {
    const { options, clock } = run;
    const { changeSetId, stackId, changeSetType, stackBefore, duringUpdate } = execution;
    const stream = streamStackEvents((nextToken) => stackEventsPage(run, stackId, nextToken), options.log);
    await stream.markExisting();
    if (changeSetType === 'UPDATE') {
        // Set before the call: a call that fails may still have set it.
        policy.relaxed = duringUpdate !== options.stackPolicy;
        await setStackPolicy(run, stackId, duringUpdate);
        if (policy.relaxed)
            options.log(`stack policy set for this deploy: ${options.allowReplacement.join(', ')} may be replaced or removed`);
    }
    const executeStart = clock.now();
    run.facts.executed = true;
    await (0,deploy_error/* callAws */.IY)('cloudformation:ExecuteChangeSet', () => run.cf.send(new dist_cjs/* ExecuteChangeSetCommand */.PB_({
        ChangeSetName: changeSetId,
        StackName: stackId,
        ClientRequestToken: executionToken(options.changeSetName, changeSetId),
    })), run.retry);
    options.log(`executing change set ${options.changeSetName}`);
    // The events only show the way (the stream never throws); the stack's status decides.
    const watched = await (0,waiting/* pollUntil */.g3)({
        check: async () => {
            await stream.poll();
            return (0,describe_stack/* describeStack */.G)(run.cf, stackId, run.retry);
        },
        isDone: (stack) => stack === undefined || isFinished(stack, stackBefore, stream),
        clock,
        timeoutMs: remaining(run),
        ...(run.random === undefined ? {} : { random: run.random }),
    });
    run.facts.executeMs = clock.now() - executeStart;
    if (!watched.done) {
        noteStack(run, watched.last);
        return finish(run, 'timed-out', timedOutMessage(run, watched.last?.StackStatus), { changed: true });
    }
    await stream.poll();
    const stack = watched.value;
    noteStack(run, stack);
    const status = stack?.StackStatus;
    if (stack !== undefined && status !== undefined && SUCCEEDED.has(status)) {
        const deployed = `${options.stackName} is ${status}: change set ${options.changeSetName} was executed`;
        const unprotected = await protectAfterDeploy(run, stack, changeSetType === 'CREATE' || policy.relaxed, policy);
        if (unprotected !== undefined)
            return finish(run, 'failed', `${deployed}, but ${unprotected}`, {
                changed: true,
                outputs: outputsOf(stack),
            });
        return finish(run, 'deployed', deployed, { changed: true, outputs: outputsOf(stack) });
    }
    const causes = rootCause(stream.events());
    const unread = stream.failure();
    const explanation = causes.length > 0
        ? `root cause: ${causes.map(formatEvent).join('; ')}`
        : unread !== undefined
            ? `its events could not be read (${unread}); see them with ${awsCli('describe-stack-events', options)}`
            : `no failed event explains it; see ${awsCli('describe-stack-events', options)}`;
    const next = status === 'ROLLBACK_COMPLETE'
        ? ' The stack cannot be updated now: fix the cause, then deploy with recreate-failed-stack: true.'
        : '';
    return finish(run, 'failed', `${options.stackName} ended in ${status ?? 'no status'}: ${explanation}.${next}`, {
        changed: true,
        rootCause: causes,
    });
}
/**
 * protect() after a successful execution: undefined when the stack is protected,
 * otherwise what could not be done, for the outcome (the stack is deployed either way).
 */
async function protectAfterDeploy(run, stack, setPolicy, policy) {
    try {
        await protect(run, stack, setPolicy);
        policy.relaxed = false;
        return undefined;
    }
    catch (error) {
        return `protecting it failed: ${error.message}. ${error instanceof deploy_error/* DeployError */.sH ? error.hint : ''} Run the deploy again: it finds no changes and protects the stack.`.replace(/\s+/g, ' ');
    }
}
/**
 * The ExecuteChangeSet request token: the change set's name (it shows in the stack
 * events), made unique to this change set by a digest of its ARN. A retried request
 * sends the same token, so CloudFormation runs it once; a re-run of the same GitHub
 * run, which creates its change set again under the same name, sends a new one
 * rather than one CloudFormation may take for the earlier, finished request.
 */
function executionToken(changeSetName, changeSetArn) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(changeSetArn).digest('hex').slice(0, 8);
    return `${changeSetName.slice(0, CLIENT_REQUEST_TOKEN_MAX_LENGTH - digest.length - 1)}-${digest}`;
}
const CLIENT_REQUEST_TOKEN_MAX_LENGTH = 128;
/**
 * The operation this deploy started has finished: the stack is in a settled state
 * and that state is not the one it was in before (events of the operation were
 * seen, or the status or update time moved), so a stale terminal status read
 * just after ExecuteChangeSet is not taken for the end.
 */
function isFinished(stack, before, stream) {
    if (isBusy(stack.StackStatus) || stack.StackStatus === 'REVIEW_IN_PROGRESS')
        return false;
    if (stream.events().length > 0 || before === undefined)
        return true;
    return (stack.StackStatus !== before.StackStatus ||
        stack.LastUpdatedTime?.getTime() !== before.LastUpdatedTime?.getTime());
}
async function stackEventsPage(run, stackId, nextToken) {
    const page = await (0,deploy_error/* callAws */.IY)('cloudformation:DescribeStackEvents', () => run.cf.send(new dist_cjs/* DescribeStackEventsCommand */.Ie9({
        StackName: stackId,
        ...(nextToken === undefined ? {} : { NextToken: nextToken }),
    })), run.retry);
    return { events: page.StackEvents ?? [], nextToken: page.NextToken };
}
/** After a successful deploy: the protective stack policy (when `setPolicy`) and termination protection. */
async function protect(run, stack, setPolicy) {
    const { options } = run;
    const stackId = stack.StackId ?? options.stackName;
    if (setPolicy) {
        await setStackPolicy(run, stackId, options.stackPolicy);
        options.log('stack policy set: the stateful resources cannot be replaced or deleted by an update');
    }
    if (options.terminationProtection && stack.EnableTerminationProtection !== true) {
        await (0,deploy_error/* callAws */.IY)('cloudformation:UpdateTerminationProtection', () => run.cf.send(new dist_cjs/* UpdateTerminationProtectionCommand */.mP2({ StackName: stackId, EnableTerminationProtection: true })), run.retry);
        options.log('termination protection turned on');
    }
}
async function setStackPolicy(run, stackId, policy) {
    await (0,deploy_error/* callAws */.IY)('cloudformation:SetStackPolicy', () => run.cf.send(new dist_cjs/* SetStackPolicyCommand */.kpO({ StackName: stackId, StackPolicyBody: policy })), run.retry);
}
/**
 * Sets the protective policy again after the temporary one, with retries that a
 * cancelled run does not interrupt. What was done, as a sentence for the outcome.
 */
async function restorePolicy(run, stackId) {
    try {
        await (0,deploy_error/* callAws */.IY)('cloudformation:SetStackPolicy', () => run.cf.send(new dist_cjs/* SetStackPolicyCommand */.kpO({ StackName: stackId, StackPolicyBody: run.options.stackPolicy })), run.cleanupRetry);
        run.options.log('stack policy restored: the stateful resources cannot be replaced or deleted by an update');
        return ' The protective stack policy was set again.';
    }
    catch (error) {
        return ` The protective stack policy could not be set again (${error.message}): until a deploy sets it, an update may replace ${run.options.allowReplacement.join(', ')}; run the deploy again.`;
    }
}
function timedOut(run, status) {
    return finish(run, 'timed-out', timedOutMessage(run, status));
}
function timedOutMessage(run, status) {
    const { options } = run;
    return `${options.stackName} is still changing in CloudFormation (${status ?? 'no status'}): the deploy stopped watching after ${Math.round(options.timeoutMs / 1000)} s, but CloudFormation carries on. See where it is with: ${awsCli('describe-stack-events', options)}; a deploy with wait-for-in-progress: true waits for it to finish.`;
}
function logChangeTable(log, changeSetName, rows) {
    const count = (action) => rows.filter((row) => (typeof action === 'string' ? row.action === action : action.includes(row.action)))
        .length;
    log(`change set ${changeSetName}: ${count('add')} to add, ${count('modify')} to modify, ${count(['replace', 'conditional-replace'])} to replace, ${count('remove')} to remove`);
    for (const row of rows) {
        const causes = row.causes.length === 0 ? '' : ` (${row.causes.join(', ')})`;
        log(`  ${row.action} ${row.logicalId} ${row.type}${causes}`);
    }
}
function outputsOf(stack) {
    const outputs = {};
    for (const output of stack.Outputs ?? []) {
        if (output.OutputKey !== undefined)
            outputs[output.OutputKey] = output.OutputValue ?? '';
    }
    return outputs;
}
/** An operation runs on the stack. REVIEW_IN_PROGRESS is a stack waiting for its first change set, not one. */
function isBusy(status) {
    return status?.endsWith('_IN_PROGRESS') === true && status !== 'REVIEW_IN_PROGRESS';
}
function noteStack(run, stack) {
    if (stack === undefined)
        return;
    run.facts.stackId = stack.StackId ?? run.facts.stackId;
    run.facts.stackStatus = stack.StackStatus ?? run.facts.stackStatus;
}
function remaining(run) {
    return Math.max(0, run.deadline - run.clock.now());
}
function awsCli(command, options, extra = []) {
    return [
        'aws',
        'cloudformation',
        command,
        ...extra,
        '--stack-name',
        options.stackName,
        '--region',
        options.region,
    ].join(' ');
}
function finish(run, status, message, extra = {}) {
    const { facts } = run;
    return {
        status,
        changed: extra.changed ?? false,
        ...(facts.stackId === undefined ? {} : { stackId: facts.stackId }),
        ...(facts.stackStatus === undefined ? {} : { stackStatus: facts.stackStatus }),
        changeSetName: run.options.changeSetName,
        rows: facts.rows,
        ...(facts.guard === undefined ? {} : { guard: facts.guard }),
        rootCause: extra.rootCause ?? [],
        outputs: extra.outputs ?? {},
        durations: { changeSetMs: facts.changeSetMs, executeMs: facts.executeMs },
        message,
    };
}

;// CONCATENATED MODULE: ./src/aws/deploy/index.ts















/***/ }),

/***/ 1453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F_: () => (/* binding */ TEMPLATE_BODY_MAX_BYTES),
/* harmony export */   aV: () => (/* binding */ templateBytes),
/* harmony export */   i3: () => (/* binding */ uploadTemplate)
/* harmony export */ });
/* unused harmony exports templateKey, templateUrl */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3711);
/* harmony import */ var _credentials_aws_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1378);
/* harmony import */ var _credentials_retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6726);
/* harmony import */ var _deploy_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2685);





/** The largest TemplateBody CloudFormation accepts; a larger template goes through S3. */
const TEMPLATE_BODY_MAX_BYTES = 51_200;
function templateBytes(templateBody) {
    return Buffer.byteLength(templateBody, 'utf8');
}
/** `<folder>/<stackName>/<sha256 of the template>.yaml`: the same template always has the same key. */
function templateKey(stackName, templateBody, folder = 'templates') {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(templateBody, 'utf8').digest('hex');
    return `${folder}/${stackName}/${digest}.yaml`;
}
/** The regional virtual-hosted URL CloudFormation reads the template from. */
function templateUrl(bucket, region, key) {
    const domain = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    const path = key.split('/').map(encodeURIComponent).join('/');
    return `https://${bucket}.s3.${region}.${domain}/${path}`;
}
/**
 * Puts the template in the artifact bucket under its content-addressed key,
 * encrypted (AES256), unless HeadObject finds it there already. A HeadObject that
 * is refused (403: no s3:ListBucket, so S3 cannot say "not found") uploads too.
 */
async function uploadTemplate(options) {
    const { s3, bucket, region, stackName, templateBody } = options;
    const retryOptions = options.retry ?? {};
    const key = templateKey(stackName, templateBody, options.folder);
    const url = templateUrl(bucket, region, key);
    if ((options.reuseExisting ?? true) && (await exists(s3, bucket, key, retryOptions)))
        return { key, url, uploaded: false };
    await (0,_deploy_error_js__WEBPACK_IMPORTED_MODULE_2__/* .callAws */ .IY)('s3:PutObject', () => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .PutObjectCommand */ .wKZ({
        Bucket: bucket,
        Key: key,
        Body: templateBody,
        ContentType: 'application/x-yaml',
        ServerSideEncryption: 'AES256',
    })), retryOptions);
    return { key, url, uploaded: true };
}
async function exists(s3, bucket, key, retryOptions) {
    try {
        await (0,_credentials_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L5)(() => s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_3__/* .HeadObjectCommand */ .l81({ Bucket: bucket, Key: key })), retryOptions);
        return true;
    }
    catch (error) {
        const { code, httpStatus } = (0,_credentials_aws_error_js__WEBPACK_IMPORTED_MODULE_4__/* .failureFacts */ ._)(error);
        if (httpStatus === 404 || code === 'NotFound' || code === 'NoSuchKey')
            return false;
        if (httpStatus === 403 || code === 'Forbidden' || code === 'AccessDenied')
            return false;
        throw (0,_deploy_error_js__WEBPACK_IMPORTED_MODULE_2__/* .explainDeployFailure */ .zc)('s3:HeadObject', error);
    }
}


/***/ }),

/***/ 6438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vr: () => (/* binding */ SHORT_OPERATION_POLLING),
/* harmony export */   dC: () => (/* binding */ abortableClock),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   ml: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony exports STACK_OPERATION_POLLING, nextDelay */
/** A stack operation: minutes long, so a short first look and then at most 15 s behind. */
const STACK_OPERATION_POLLING = { minDelayMs: 2_000, maxDelayMs: 15_000 };
/** A change set being created, or drift being detected: seconds to a minute. */
const SHORT_OPERATION_POLLING = { minDelayMs: 1_000, maxDelayMs: 5_000 };
/**
 * The pause before poll `attempt + 1` (attempt counts from 0), with "equal jitter":
 * half the doubling ceiling, plus up to the other half by `random` (in [0, 1)),
 * never below the minimum nor above the maximum.
 */
function nextDelay(attempt, random, schedule = STACK_OPERATION_POLLING) {
    const { minDelayMs, maxDelayMs } = schedule;
    const ceiling = Math.min(maxDelayMs, minDelayMs * 2 ** (Math.max(0, attempt) + 1));
    const jitter = Math.min(1, Math.max(0, Number.isFinite(random) ? random : 0));
    const delay = ceiling / 2 + (ceiling / 2) * jitter;
    return Math.round(Math.min(maxDelayMs, Math.max(minDelayMs, delay)));
}
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal === undefined) {
            setTimeout(resolve, ms);
            return;
        }
        if (signal.aborted) {
            reject(signal.reason);
            return;
        }
        // The timer is cleared on abort, so that a cancelled run does not stay alive until it fires.
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    }),
};
/**
 * The same clock, but a sleep rejects with `signal.reason` as soon as the signal
 * aborts (at once when it already has), whether or not the clock honours signals.
 */
function abortableClock(clock, signal) {
    return {
        now: () => clock.now(),
        sleep: (ms) => new Promise((resolve, reject) => {
            if (signal.aborted) {
                reject(signal.reason);
                return;
            }
            const onAbort = () => reject(signal.reason);
            signal.addEventListener('abort', onAbort, { once: true });
            clock
                .sleep(ms, signal)
                .then(resolve, reject)
                .finally(() => signal.removeEventListener('abort', onAbort));
        }),
    };
}
/**
 * Checks until `isDone`, pausing by `nextDelay` and never past the deadline. A
 * timeout is an outcome, not an exception: the caller says what is still running.
 * An abort is an exception (the signal's reason): the caller asked to stop.
 */
async function pollUntil({ check, isDone, clock: givenClock, timeoutMs, schedule = STACK_OPERATION_POLLING, random = Math.random, signal, }) {
    const clock = signal === undefined ? givenClock : abortableClock(givenClock, signal);
    const start = clock.now();
    const deadline = start + timeoutMs;
    for (let attempt = 0;; attempt++) {
        signal?.throwIfAborted();
        const value = await check();
        const now = clock.now();
        const attempts = attempt + 1;
        if (isDone(value))
            return { done: true, value, attempts, elapsedMs: now - start };
        const remaining = deadline - now;
        if (remaining <= 0)
            return { done: false, reason: 'timeout', last: value, attempts, elapsedMs: now - start };
        await clock.sleep(Math.min(nextDelay(attempt, random(), schedule), remaining));
    }
}


/***/ }),

/***/ 9331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* reexport */ DRIFT_TIMEOUT_MINUTES),
  ul: () => (/* reexport */ DriftError),
  lh: () => (/* reexport */ compareTemplates),
  D9: () => (/* reexport */ detectDrift),
  wM: () => (/* reexport */ driftStatus),
  C: () => (/* reexport */ driftedCount),
  Dy: () => (/* reexport */ fetchDeployedTemplate),
  EI: () => (/* reexport */ renderDriftReport)
});

// UNUSED EXPORTS: DRIFT_LABEL, MAX_ROWS, MAX_SHOWN_VALUE_LENGTH, SECRET_PLACEHOLDER, decideDriftIssue, driftIssueTitle, driftMarker, explainDriftFailure, hasTemplateDrift, maskDifference, ownDriftIssues, parseDeployedTemplate, syncDriftIssue

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/aws/credentials/retry.ts
var retry = __webpack_require__(6726);
// EXTERNAL MODULE: ./src/aws/deploy/waiting.ts
var waiting = __webpack_require__(6438);
// EXTERNAL MODULE: ./src/aws/unexpected-answer.ts
var unexpected_answer = __webpack_require__(1489);
// EXTERNAL MODULE: ./src/aws/credentials/aws-error.ts
var aws_error = __webpack_require__(1378);
// EXTERNAL MODULE: ./src/aws/deploy/describe-stack.ts
var describe_stack = __webpack_require__(3557);
;// CONCATENATED MODULE: ./src/aws/drift/drift-error.ts



/** Checking for drift failed before there was an outcome; the message says what happened, the hint what to do. */
class DriftError extends Error {
    kind;
    hint;
    constructor(kind, message, 
    /** What to do about it. */
    hint, options) {
        super(message, options);
        this.kind = kind;
        this.hint = hint;
        this.name = 'DriftError';
    }
}
const PERMISSIONS = {
    DescribeStacks: 'cloudformation:DescribeStacks',
    DetectStackDrift: 'cloudformation:DetectStackDrift',
    DescribeStackDriftDetectionStatus: 'cloudformation:DescribeStackDriftDetectionStatus',
    DescribeStackResourceDrifts: 'cloudformation:DescribeStackResourceDrifts',
    GetTemplate: 'cloudformation:GetTemplate',
};
/** Turns an AWS failure of one call into a DriftError a user can act on; a DriftError passes through. */
function explainDriftFailure(error, stackName, step) {
    if (error instanceof DriftError)
        return error;
    const { code, message } = (0,aws_error/* failureFacts */._)(error);
    const name = JSON.stringify(stackName);
    if (error instanceof unexpected_answer/* UnexpectedAnswer */.M) {
        return new DriftError('aws-error', `${step} on stack ${name} gave an answer drift detection cannot act on: ${error.message}`, 'Nothing was concluded from it. Run again; if the answer repeats, compare it with the AWS CLI (aws cloudformation detect-stack-drift) and check that nothing between the runner and AWS (AWS_ENDPOINT_URL, a proxy) rewrites answers.', { cause: error });
    }
    if ((0,describe_stack/* isMissingStackError */.x)(error)) {
        return new DriftError('stack-not-found', `stack ${name} does not exist in this account and region: there is nothing to check for drift`, 'Deploy the environment first (dify-aws-kit deploy FILE), or check stackName, region and accountId in environment.json and the credentials the run uses.', { cause: error });
    }
    if (code === 'AccessDenied' || code === 'UnauthorizedOperation') {
        return new DriftError('access-denied', `${step} on stack ${name} was denied: ${message}`, `Allow ${PERMISSIONS[step]} on the stack for the role the run uses; drift detection also needs read access (Describe*, Get*, List*) to every resource type in the stack.`, { cause: error });
    }
    return new DriftError('aws-error', `${step} on stack ${name} failed${code === undefined ? '' : ` (${code})`}: ${message}`, 'Run again later; if it keeps failing, look at the stack in the CloudFormation console (Stack actions → Detect drift).', { cause: error });
}

;// CONCATENATED MODULE: ./src/aws/drift/drift-checkable.ts

/**
 * The statuses CloudFormation detects drift in: a stack whose last operation
 * finished, its update rolled back included ("Detect drift on an entire
 * CloudFormation stack", AWS CloudFormation User Guide).
 */
const CHECKABLE = new Set([
    'CREATE_COMPLETE',
    'UPDATE_COMPLETE',
    'UPDATE_ROLLBACK_COMPLETE',
    'UPDATE_ROLLBACK_FAILED',
    'IMPORT_COMPLETE',
]);
/**
 * Undefined when drift can be detected on a stack in this status; otherwise the
 * DriftError that says why not and what to do, rather than DetectStackDrift's
 * ValidationError and "run again later", which would never help a stack whose
 * first create failed or that was never deployed.
 */
function notCheckable(stackName, status) {
    if (status !== undefined && CHECKABLE.has(status))
        return undefined;
    const name = JSON.stringify(stackName);
    const stop = (message, hint) => new DriftError('stack-not-checkable', message, hint);
    if (status === undefined)
        return stop(`stack ${name} has no status: drift cannot be detected on it`, 'Look at the stack in the CloudFormation console.');
    if (status === 'REVIEW_IN_PROGRESS')
        return stop(`stack ${name} has not been deployed (REVIEW_IN_PROGRESS: a change set created it and was never executed): there is nothing to check for drift`, 'Deploy the environment (dify-aws-kit deploy FILE, or the deploy action with execute: true).');
    if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED' || status === 'CREATE_FAILED')
        return stop(`stack ${name} is ${status}: its first create failed, so it holds no deployed resources to check for drift`, 'Fix the cause named in its events, then deploy with recreate-failed-stack: true, which deletes the stack and creates it again.');
    if (status.startsWith('DELETE_'))
        return stop(`stack ${name} is ${status}: it is being or was deleted, and drift is not detected on it`, 'If the environment should exist, finish or undo the deletion in the CloudFormation console, then deploy it.');
    if (status.endsWith('_IN_PROGRESS'))
        return stop(`stack ${name} is ${status}: an operation is running on it, and drift is detected only on a settled stack`, 'Run the drift check again once the operation has finished (the next scheduled run does).');
    return stop(`stack ${name} is ${status}: its last operation failed and was not rolled back, and drift is not detected on it`, 'Roll the stack back or continue its rollback (the deploy says how), then check drift again.');
}

// EXTERNAL MODULE: ./src/environment/secret-names.ts
var secret_names = __webpack_require__(9704);
;// CONCATENATED MODULE: ./src/aws/drift/mask-secret-values.ts

/** What a report shows instead of a value that is, or may be, a secret. */
const SECRET_PLACEHOLDER = '(secret, not shown)';
/** Longer values are cut to this many characters, the last one an ellipsis. */
const MAX_SHOWN_VALUE_LENGTH = 200;
/**
 * The name beside the value a pointer ends at, as in `/ContainerDefinitions/0/Environment/3/Value`:
 * the `Name` of that same object in the resource's properties (JSON), when it can be found.
 */
function siblingName(propertiesJson, path) {
    if (propertiesJson === undefined || !path.endsWith('/Value'))
        return undefined;
    let node;
    try {
        node = JSON.parse(propertiesJson);
    }
    catch {
        return undefined;
    }
    const segments = path.split('/').slice(1, -1);
    for (const raw of segments) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (typeof node !== 'object' || node === null)
            return undefined;
        node = node[segment];
    }
    if (typeof node !== 'object' || node === null)
        return undefined;
    const name = node.Name;
    return typeof name === 'string' ? name : undefined;
}
/** A value cut to MAX_SHOWN_VALUE_LENGTH characters (code points), ending in an ellipsis when cut. */
function shortened(value) {
    const characters = Array.from(value);
    if (characters.length <= MAX_SHOWN_VALUE_LENGTH)
        return value;
    return `${characters.slice(0, MAX_SHOWN_VALUE_LENGTH - 1).join('')}…`;
}
/**
 * A property difference safe to show: both values replaced by SECRET_PLACEHOLDER
 * when the path, a value, or the name beside the value says it is a secret;
 * otherwise both values shortened. Applying it twice changes nothing.
 */
function maskDifference(difference, context = {}) {
    const { path, expected, actual } = difference;
    const name = siblingName(context.actualProperties, path) ?? siblingName(context.expectedProperties, path);
    // The rules of src/environment/secret-names.ts: a secret-named path or name beside, or a credential-looking value.
    const secret = [expected, actual].some((value) => (0,secret_names/* holdsSecret */.hK)({ path, name, value }));
    if (secret) {
        return {
            ...difference,
            path: shortened(path),
            expected: expected === '' ? '' : SECRET_PLACEHOLDER,
            actual: actual === '' ? '' : SECRET_PLACEHOLDER,
        };
    }
    return { ...difference, path: shortened(path), expected: shortened(expected), actual: shortened(actual) };
}

;// CONCATENATED MODULE: ./src/aws/drift/detect-drift.ts







/** How long drift detection may take unless the caller gives its own budget (the CLI's and the action's default). */
const DRIFT_TIMEOUT_MINUTES = 15;
/**
 * Asks CloudFormation to detect drift on the stack (DetectStackDrift), polls
 * the detection with backoff up to `timeoutMs`, and on completion reads the
 * resources that were modified or deleted, every value already masked.
 * A failed or timed-out detection is its own outcome. A stack that does not
 * exist, one in a state drift cannot be detected in (never deployed, a failed
 * first create, an operation running, deleted: its status is read first), a
 * denied call or a failure that outlasts the retries is a DriftError.
 */
async function detectDrift(options) {
    const { stackName, cloudFormation, timeoutMs } = options;
    const clock = options.clock ?? waiting/* systemClock */.ml;
    const random = options.random ?? Math.random;
    const retryOptions = { sleep: (ms) => clock.sleep(ms), random, ...options.retry };
    const call = async (step, send) => {
        try {
            return await (0,retry/* retry */.L5)(send, retryOptions);
        }
        catch (error) {
            throw explainDriftFailure(error, stackName, step);
        }
    };
    const stack = await call('DescribeStacks', async () => {
        const { Stacks } = await cloudFormation.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stackName }));
        const [found] = Stacks ?? [];
        if (found === undefined)
            throw new unexpected_answer/* UnexpectedAnswer */.M('cloudformation:DescribeStacks', `DescribeStacks answered for ${stackName} without an error and without the stack`);
        return found;
    });
    const unchecked = notCheckable(stackName, stack.StackStatus);
    if (unchecked !== undefined)
        throw unchecked;
    const started = await call('DetectStackDrift', async () => {
        const answer = await cloudFormation.send(new dist_cjs/* DetectStackDriftCommand */._9b({ StackName: stackName }));
        if (!answer.StackDriftDetectionId)
            throw new unexpected_answer/* UnexpectedAnswer */.M('cloudformation:DetectStackDrift', 'DetectStackDrift answered without a detection id');
        return answer;
    });
    const detectionId = started.StackDriftDetectionId ?? '';
    const polled = await (0,waiting/* pollUntil */.g3)({
        check: () => call('DescribeStackDriftDetectionStatus', async () => {
            const answer = await cloudFormation.send(new dist_cjs/* DescribeStackDriftDetectionStatusCommand */.Hb8({ StackDriftDetectionId: detectionId }));
            if (answer.DetectionStatus === undefined)
                throw new unexpected_answer/* UnexpectedAnswer */.M('cloudformation:DescribeStackDriftDetectionStatus', `DescribeStackDriftDetectionStatus answered for detection ${detectionId} without a detection status`);
            return answer;
        }),
        isDone: (status) => status.DetectionStatus !== undefined && status.DetectionStatus !== 'DETECTION_IN_PROGRESS',
        clock,
        timeoutMs,
        schedule: options.schedule ?? waiting/* SHORT_OPERATION_POLLING */.Vr,
        random,
    });
    if (!polled.done)
        return { outcome: 'timed-out', detectionId, elapsedMs: polled.elapsedMs };
    const status = polled.value;
    if (status.DetectionStatus !== 'DETECTION_COMPLETE') {
        return {
            outcome: 'detection-failed',
            detectionId,
            reason: status.DetectionStatusReason || `detection ended with status ${status.DetectionStatus ?? 'unknown'}`,
        };
    }
    const drifts = await call('DescribeStackResourceDrifts', () => (0,unexpected_answer/* readAllPages */.s)('cloudformation:DescribeStackResourceDrifts', async (token) => {
        const page = await cloudFormation.send(new dist_cjs/* DescribeStackResourceDriftsCommand */.Bkw({
            StackName: stackName,
            StackResourceDriftStatusFilters: ['MODIFIED', 'DELETED'],
            ...(token === undefined ? {} : { NextToken: token }),
        }));
        return { items: page.StackResourceDrifts, nextToken: page.NextToken };
    }));
    const drifted = drifts
        .map(toResourceDrift)
        .filter((drift) => drift !== undefined)
        .sort((a, b) => compare(a.logicalId, b.logicalId));
    if (drifted.length > 0)
        return { outcome: 'drifted', detectionId, drifted };
    switch (status.StackDriftStatus) {
        case 'IN_SYNC':
            return { outcome: 'in-sync', detectionId, drifted: [] };
        case 'DRIFTED':
            // CloudFormation says the stack drifted but listed no resource: report it rather than call it in sync.
            return { outcome: 'drifted', detectionId, drifted: [] };
        default:
            // Only CloudFormation's IN_SYNC is "in sync": a completed detection without a verdict is not one.
            return {
                outcome: 'detection-failed',
                detectionId,
                reason: `detection completed without saying whether the stack drifted (stack drift status ${status.StackDriftStatus ?? 'missing'})`,
            };
    }
}
function toResourceDrift(drift) {
    const status = drift.StackResourceDriftStatus;
    if (status !== 'MODIFIED' && status !== 'DELETED')
        return undefined;
    const context = { expectedProperties: drift.ExpectedProperties, actualProperties: drift.ActualProperties };
    const differences = (drift.PropertyDifferences ?? [])
        .map((difference) => maskDifference({
        path: difference.PropertyPath ?? '',
        expected: difference.ExpectedValue ?? '',
        actual: difference.ActualValue ?? '',
        differenceType: difference.DifferenceType ?? 'NOT_EQUAL',
    }, context))
        .sort((a, b) => compare(a.path, b.path));
    return {
        logicalId: drift.LogicalResourceId ?? '',
        physicalId: drift.PhysicalResourceId,
        type: drift.ResourceType ?? '',
        status,
        differences,
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/text/markdown.ts
var markdown = __webpack_require__(6590);
// EXTERNAL MODULE: ./src/text/plural.ts
var plural = __webpack_require__(573);
;// CONCATENATED MODULE: ./src/text/url.ts
/** A surrogate without its other half: it has no UTF-8 form, so percent-encoding throws on it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * A part of a URL path (a file name, a segment) percent-encoded so that nothing
 * in it can end a Markdown link or add to it: parentheses and the other
 * characters encodeURIComponent leaves are encoded too, and a lone surrogate
 * becomes U+FFFD instead of throwing.
 */
function urlPathSegment(text) {
    return encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd')).replace(/[()!*']/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A whole URL for a Markdown link's destination: spaces, parentheses and the like encoded, never throwing. */
function markdownLinkUrl(url) {
    return encodeURI(url.replace(LONE_SURROGATE, '\ufffd')).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/aws/drift/template-drift.ts




/** Whether the two templates differ at all. */
function hasTemplateDrift(drift) {
    return (drift.added.length + drift.removed.length + drift.changed.length > 0 ||
        drift.outputs.added.length + drift.outputs.removed.length + drift.outputs.changed.length > 0);
}
/**
 * Compares the template deployed (GetTemplate's TemplateBody, YAML or JSON,
 * short-form intrinsics such as `!Ref` understood) with the template rendered
 * from the repository: resources added, removed and changed, and outputs.
 * Pure; every list sorted.
 */
function compareTemplates(deployed, rendered) {
    const before = parseDeployedTemplate(deployed);
    const beforeResources = before.Resources;
    const afterResources = rendered.Resources;
    const ids = sortedUnion(Object.keys(beforeResources), Object.keys(afterResources));
    const added = [];
    const removed = [];
    const changed = [];
    for (const logicalId of ids) {
        const old = beforeResources[logicalId];
        const current = afterResources[logicalId];
        if (old === undefined && current !== undefined)
            added.push({ logicalId, type: current.Type });
        else if (old !== undefined && current === undefined)
            removed.push({ logicalId, type: old.Type });
        else if (old !== undefined && current !== undefined) {
            const change = compareResource(logicalId, old, current);
            if (change !== undefined)
                changed.push(change);
        }
    }
    return { added, removed, changed, outputs: compareRecords(before.Outputs ?? {}, rendered.Outputs ?? {}) };
}
function compareResource(logicalId, old, current) {
    const properties = differingKeys(old.Properties ?? {}, current.Properties ?? {});
    const attributes = differingKeys(withoutProperties(old), withoutProperties(current)).filter((attribute) => attribute !== 'Type');
    const deployedType = old.Type === current.Type ? undefined : old.Type;
    if (properties.length === 0 && attributes.length === 0 && deployedType === undefined)
        return undefined;
    return { logicalId, type: current.Type, deployedType, properties, attributes };
}
function withoutProperties(resource) {
    const { Properties: _properties, ...rest } = resource;
    return rest;
}
function compareRecords(before, after) {
    const names = sortedUnion(Object.keys(before), Object.keys(after));
    return {
        added: names.filter((name) => !(name in before)),
        removed: names.filter((name) => !(name in after)),
        changed: names.filter((name) => name in before && name in after && !sameValue(before[name], after[name])),
    };
}
function differingKeys(before, after) {
    return sortedUnion(Object.keys(before), Object.keys(after)).filter((key) => !sameValue(before[key], after[key]));
}
function sameValue(a, b) {
    return canonical(a) === canonical(b);
}
/** JSON with object keys sorted, so that key order never counts as a change. */
function canonical(value) {
    return (JSON.stringify(value, (_key, inner) => typeof inner === 'object' && inner !== null && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => template_drift_compare(a, b)))
        : inner) ?? 'undefined');
}
function sortedUnion(a, b) {
    return [...new Set([...a, ...b])].sort(template_drift_compare);
}
function template_drift_compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The short-form intrinsics of CloudFormation YAML, read as their long forms. */
const INTRINSICS = [
    'Base64',
    'Cidr',
    'FindInMap',
    'GetAZs',
    'ImportValue',
    'Join',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'If',
    'Equals',
    'Not',
    'And',
    'Or',
    'Contains',
    'EachMemberEquals',
    'EachMemberIn',
    'RefAll',
    'ValueOf',
    'ValueOfAll',
    'GetAtt',
    'Length',
    'ToJsonString',
];
function cloudFormationTags() {
    const tags = [
        { tag: '!Ref', resolve: (value) => ({ Ref: value }) },
        { tag: '!Condition', resolve: (value) => ({ Condition: value }) },
    ];
    for (const name of INTRINSICS) {
        const key = `Fn::${name}`;
        tags.push({
            tag: `!${name}`,
            resolve: (value) => ({ [key]: name === 'GetAtt' ? splitGetAtt(value) : value }),
        });
        for (const collection of ['seq', 'map']) {
            tags.push({
                tag: `!${name}`,
                collection,
                resolve: (node) => ({ [key]: node.toJSON() }),
            });
        }
    }
    return tags;
}
function splitGetAtt(value) {
    const dot = value.indexOf('.');
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}
/** The deployed template, parsed; a DriftError when it is neither YAML nor JSON with Resources. */
function parseDeployedTemplate(text) {
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(text, { customTags: cloudFormationTags(), maxAliasCount: 1_000 });
    }
    catch (error) {
        throw unreadable(`it is not valid YAML or JSON: ${error.message}`, error);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw unreadable('it is not a mapping');
    const resources = parsed.Resources;
    if (typeof resources !== 'object' || resources === null || Array.isArray(resources))
        throw unreadable('it has no Resources');
    return parsed;
}
function unreadable(why, cause) {
    return new DriftError('unreadable-template', `the template deployed could not be read: ${why}`, 'Look at the template in the CloudFormation console (Template tab); redeploy from the repository to replace it.', cause === undefined ? undefined : { cause });
}
/** The template the stack was last deployed with, as submitted (GetTemplate, TemplateStage Original). */
async function fetchDeployedTemplate(cloudFormation, stackName, retryOptions = {}) {
    try {
        const answer = await (0,retry/* retry */.L5)(() => cloudFormation.send(new dist_cjs/* GetTemplateCommand */._JK({ StackName: stackName, TemplateStage: 'Original' })), retryOptions);
        if (answer.TemplateBody === undefined)
            throw unreadable('GetTemplate returned no template body');
        return answer.TemplateBody;
    }
    catch (error) {
        throw explainDriftFailure(error, stackName, 'GetTemplate');
    }
}

;// CONCATENATED MODULE: ./src/aws/drift/drift-report.ts





function driftStatus(report) {
    if (report.drift.outcome === 'detection-failed' || report.drift.outcome === 'timed-out')
        return 'failed';
    if (report.drift.outcome === 'drifted')
        return 'drifted';
    return report.templateDrift !== undefined && hasTemplateDrift(report.templateDrift) ? 'drifted' : 'in-sync';
}
/** Resources that drifted, in the stack and in the template. */
function driftedCount(report) {
    const resources = report.drift.outcome === 'drifted' ? report.drift.drifted.length : 0;
    const template = report.templateDrift;
    return template === undefined
        ? resources
        : resources + template.added.length + template.removed.length + template.changed.length;
}
/** The hidden line that finds an environment's issue again; the name is percent-encoded, so it cannot end the comment. */
function drift_report_driftMarker(environment) {
    return `<!-- dify-aws-kit:drift:${urlPathSegment(environment)} -->`;
}
/** The most table rows a report shows; the rest are counted. An issue body holds at most 65,536 characters. */
const MAX_ROWS = 100;
/** Markdown for the job summary and the issue: marker, status line, drifted resources, template drift. */
function renderDriftReport(report) {
    const sections = [
        drift_report_driftMarker(report.environment),
        `## Drift in ${(0,markdown/* inertCode */.gQ)(report.environment)}`,
        statusLine(report),
    ];
    if (report.drift.outcome === 'drifted')
        sections.push(resourceSection(report.drift.drifted));
    if (report.templateDrift !== undefined && hasTemplateDrift(report.templateDrift))
        sections.push(templateSection(report.templateDrift));
    else if (report.templateDrift === undefined)
        sections.push('The template deployed was not compared with the repository.');
    sections.push(footer(report));
    return `${sections.join('\n\n')}\n`;
}
function statusLine(report) {
    const stack = `stack ${(0,markdown/* inertCode */.gQ)(report.stackName)} (${(0,markdown/* inertCode */.gQ)(report.region)})`;
    const { drift } = report;
    switch (drift.outcome) {
        case 'detection-failed':
            return `❌ **Drift detection failed** on ${stack}: ${(0,markdown/* inertCode */.gQ)(cut(drift.reason, 2_000))}. Whether the stack drifted is not known; this is not "in sync".`;
        case 'timed-out': {
            const line = `❌ **Drift detection timed out** on ${stack} after ${Math.round(drift.elapsedMs / 1_000)} s; whether the stack drifted is not known. The detection may still be running in CloudFormation`;
            if (!PLAIN.test(report.region) || !PLAIN.test(drift.detectionId))
                return `${line}: detection ${(0,markdown/* inertCode */.gQ)(drift.detectionId)}.`;
            return [
                `${line}:`,
                '',
                '```sh',
                `aws cloudformation describe-stack-drift-detection-status --region ${report.region} --stack-drift-detection-id ${drift.detectionId}`,
                '```',
            ].join('\n');
        }
        case 'drifted':
            return `⚠️ **Drifted**: ${(0,plural/* plural */.L)(drift.drifted.length, 'resource')} of ${stack} changed outside CloudFormation.`;
        case 'in-sync':
            return driftStatus(report) === 'drifted'
                ? `⚠️ **Drifted**: the resources of ${stack} match the template deployed, but that template is not the one the repository renders.`
                : `✅ **In sync**: ${stack} matches its template${report.templateDrift === undefined ? '' : ', and that template is the one the repository renders'}.`;
    }
}
function resourceSection(drifted) {
    const rows = [];
    for (const resource of drifted) {
        const head = [(0,markdown/* inertCode */.gQ)(resource.logicalId), (0,markdown/* inertCode */.gQ)(resource.type), resource.status];
        if (resource.differences.length === 0)
            rows.push([...head, '—', '—', '—', '—']);
        for (const raw of resource.differences) {
            const difference = maskDifference(raw);
            rows.push([
                ...head,
                (0,markdown/* inertCode */.gQ)(difference.path),
                difference.differenceType,
                difference.expected === '' ? '—' : (0,markdown/* inertCode */.gQ)(difference.expected),
                difference.actual === '' ? '—' : (0,markdown/* inertCode */.gQ)(difference.actual),
            ]);
        }
    }
    return [
        '### Resources changed outside CloudFormation',
        limited((0,markdown/* table */.tp)(['Resource', 'Type', 'Drift', 'Property', 'Difference', 'Expected', 'Actual'], rows.slice(0, MAX_ROWS)), rows.length),
        'Revert the change by hand, or deploy again from the repository to put the template back (a deleted resource is not recreated by an update: remove it from CloudFormation’s view or restore it first).',
    ].join('\n\n');
}
function templateSection(drift) {
    const rows = [
        ...drift.added.map((r) => [
            'added',
            (0,markdown/* inertCode */.gQ)(r.logicalId),
            (0,markdown/* inertCode */.gQ)(r.type),
            'in the repository, not deployed',
        ]),
        ...drift.removed.map((r) => [
            'removed',
            (0,markdown/* inertCode */.gQ)(r.logicalId),
            (0,markdown/* inertCode */.gQ)(r.type),
            'deployed, not in the repository',
        ]),
        ...drift.changed.map((r) => [
            'changed',
            (0,markdown/* inertCode */.gQ)(r.logicalId),
            r.deployedType === undefined
                ? (0,markdown/* inertCode */.gQ)(r.type)
                : `${(0,markdown/* inertCode */.gQ)(r.deployedType)} → ${(0,markdown/* inertCode */.gQ)(r.type)}`,
            [...r.properties, ...r.attributes].map(markdown/* inertCode */.gQ).join(', ') || 'type',
        ]),
    ];
    const outputs = [
        ...drift.outputs.added.map((name) => `${(0,markdown/* inertCode */.gQ)(name)} added`),
        ...drift.outputs.removed.map((name) => `${(0,markdown/* inertCode */.gQ)(name)} removed`),
        ...drift.outputs.changed.map((name) => `${(0,markdown/* inertCode */.gQ)(name)} changed`),
    ];
    return [
        '### Template drift',
        'The template deployed is not the one the repository renders from environment.json: someone may have deployed from a branch, or the repository changed since the last deploy.',
        ...(rows.length > 0
            ? [limited((0,markdown/* table */.tp)(['Change', 'Resource', 'Type', 'What differs'], rows.slice(0, MAX_ROWS)), rows.length)]
            : []),
        ...(outputs.length > 0 ? [`Outputs: ${outputs.join('; ')}.`] : []),
        'Deploy from the default branch to bring the stack back to the repository.',
    ].join('\n\n');
}
function footer(report) {
    const run = report.runUrl === undefined ? '' : ` in [this run](${markdownLinkUrl(report.runUrl)})`;
    return `Checked ${(0,markdown/* inertCode */.gQ)(report.checkedAt)}${run}.`;
}
function limited(markdown, total) {
    return total > MAX_ROWS ? `${markdown}\n\n… and ${(0,plural/* plural */.L)(total - MAX_ROWS, 'more row')}.` : markdown;
}
function cut(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** A word that can go into a shell command and a code block as it is. */
const PLAIN = /^[A-Za-z0-9._:/-]+$/;

;// CONCATENATED MODULE: ./src/aws/drift/drift-issue.ts


/** The label on every drift issue. */
const DRIFT_LABEL = 'dify-drift';
function driftIssueTitle(environment) {
    return `Drift in ${escapeUnsafe(environment)}`;
}
/**
 * The environment's open drift issues: labelled issues that carry its marker
 * and were opened by the bot, oldest first. Anyone else's issue is ignored,
 * even one that quotes the marker.
 */
function ownDriftIssues(issues, environment, botLogin) {
    const marker = driftMarker(environment);
    const bot = botLogin.toLowerCase();
    return issues
        .filter((issue) => issue.user !== null && issue.user.toLowerCase() === bot && (issue.body ?? '').includes(marker))
        .sort((a, b) => a.number - b.number);
}
/**
 * What to do with the environment's issue: drift, or a failed detection, opens
 * one or updates the oldest; back in sync closes every open one with a
 * comment; a failed detection never closes one.
 */
function decideDriftIssue(input, openIssues) {
    const own = ownDriftIssues(openIssues, input.environment, input.botLogin);
    const oldest = own[0];
    if (input.status === 'in-sync') {
        if (own.length === 0)
            return { kind: 'nothing' };
        const report = input.body.replace(driftMarker(input.environment), '').trimStart();
        return {
            kind: 'close',
            numbers: own.map((issue) => issue.number),
            comment: `Back in sync: closing.\n\n${report}`,
        };
    }
    if (oldest === undefined)
        return {
            kind: 'open',
            title: driftIssueTitle(input.environment),
            body: input.body,
            labels: [DRIFT_LABEL],
        };
    if (oldest.body === input.body)
        return { kind: 'unchanged', number: oldest.number };
    return { kind: 'update', number: oldest.number, body: input.body };
}
/** Lists the labelled open issues, decides, and does it; returns what it did. */
async function syncDriftIssue(client, input) {
    const decision = decideDriftIssue(input, await client.listOpenIssues(DRIFT_LABEL));
    switch (decision.kind) {
        case 'open': {
            const created = await client.createIssue(decision.title, decision.body, decision.labels);
            return { action: 'opened', number: created.number };
        }
        case 'update':
            await client.updateIssue(decision.number, decision.body);
            return { action: 'updated', number: decision.number };
        case 'unchanged':
            return { action: 'unchanged', number: decision.number };
        case 'close':
            for (const number of decision.numbers) {
                await client.comment(number, decision.comment);
                await client.closeIssue(number);
            }
            return { action: 'closed', numbers: decision.numbers };
        case 'nothing':
            return { action: 'none' };
    }
}

;// CONCATENATED MODULE: ./src/aws/drift/index.ts








/***/ }),

/***/ 1489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ UnexpectedAnswer),
/* harmony export */   s: () => (/* binding */ readAllPages)
/* harmony export */ });
/**
 * An AWS call answered without an error but with something the kit cannot act
 * on: a field that is always there missing, a list that cannot be empty empty,
 * a page token that does not move. Acting on it as if it meant "nothing" (no
 * stack, no changes, in sync) is how a deploy creates a second stack or
 * executes a change set its guard never saw, so the caller stops instead.
 */
class UnexpectedAnswer extends Error {
    action;
    constructor(
    /** The API action that answered, such as `cloudformation:DescribeStacks`. */
    action, message) {
        super(message);
        this.action = action;
        this.name = 'UnexpectedAnswer';
    }
}
/** More pages than any stack of the kit has: the token is going round. */
const MAX_PAGES = 200;
/**
 * Every item of every page, following NextToken until it is empty. A token that
 * comes back twice, or more pages than a stack can fill, is an UnexpectedAnswer
 * rather than a loop that never ends.
 */
async function readAllPages(action, fetchPage) {
    const items = [];
    const tokens = new Set();
    let nextToken;
    for (let pages = 0;; pages++) {
        if (pages >= MAX_PAGES)
            throw new UnexpectedAnswer(action, `${action} answered more than ${MAX_PAGES} pages`);
        const page = await fetchPage(nextToken);
        items.push(...(page.items ?? []));
        nextToken = page.nextToken === '' ? undefined : page.nextToken;
        if (nextToken === undefined)
            return items;
        if (tokens.has(nextToken))
            throw new UnexpectedAnswer(action, `${action} answered a NextToken it had already given`);
        tokens.add(nextToken);
    }
}


/***/ }),

/***/ 9330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkedEnvironment: () => (/* binding */ checkedEnvironment),
  confirmedClients: () => (/* binding */ confirmedClients),
  deployCommand: () => (/* binding */ deployCommand),
  nonEmpty: () => (/* binding */ nonEmpty),
  regionOption: () => (/* binding */ regionOption),
  reportingAwsErrors: () => (/* binding */ reportingAwsErrors),
  singleFile: () => (/* binding */ singleFile),
  timeoutMinutes: () => (/* binding */ timeoutMinutes)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/aws/credentials/credential-errors.ts + 2 modules
var credential_errors = __webpack_require__(3971);
// EXTERNAL MODULE: ./src/aws/credentials/retry.ts
var credentials_retry = __webpack_require__(6726);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/aws/credentials/session-name.ts

/** STS's rules for RoleSessionName: 2 to 64 characters of `[\w+=,.@-]`. */
const session_name_ROLE_SESSION_NAME_LIMITS = { minLength: 2, maxLength: 64, pattern: /^[\w+=,.@-]*$/ };
const PREFIX = 'gha';
/** Longer run ids (GitHub's are about 11 digits) are cut; the hash keeps the name unique. */
const MAX_RUN_ID_LENGTH = 20;
const HASH_LENGTH = 8;
function session_name_isValidRoleSessionName(name) {
    return (name.length >= session_name_ROLE_SESSION_NAME_LIMITS.minLength &&
        name.length <= session_name_ROLE_SESSION_NAME_LIMITS.maxLength &&
        session_name_ROLE_SESSION_NAME_LIMITS.pattern.test(name));
}
/**
 * The role session name for a workflow run, as CloudTrail will show it:
 * `gha-OWNER.REPO-RUNID`, for example `gha-octo-org.dify-infra-12345678901`.
 * Characters STS refuses become "-"; a name over 64 characters keeps the run id
 * and the start of the repository, followed by a hash of the whole, so two long
 * repositories never share a name. The same inputs always give the same name.
 */
function roleSessionName(repository, runId) {
    // Owner names cannot contain ".", so "/" → "." keeps owner and repository apart.
    const repo = sanitise(repository.replaceAll('/', '.'));
    const run = sanitise(String(runId));
    const full = [PREFIX, repo, run].filter((part) => part !== '').join('-');
    if (full.length <= session_name_ROLE_SESSION_NAME_LIMITS.maxLength)
        return full;
    const hash = createHash('sha256').update(`${repository}\n${runId}`).digest('hex').slice(0, HASH_LENGTH);
    const runPart = run.slice(0, MAX_RUN_ID_LENGTH);
    const room = session_name_ROLE_SESSION_NAME_LIMITS.maxLength - `${PREFIX}-.${hash}-${runPart}`.length;
    const repoPart = repo.slice(0, room).replace(/[-.]+$/, '');
    return [PREFIX, repoPart === '' ? hash : `${repoPart}.${hash}`, runPart]
        .filter((part) => part !== '')
        .join('-');
}
function sanitise(text) {
    return text.replace(/[^\w+=,.@-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
}

;// CONCATENATED MODULE: ./src/aws/credentials/assume-role-with-oidc.ts





const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
const DURATION_SECONDS = { min: 900, max: 43_200 };
/**
 * Exchanges GitHub's OIDC token for the role's temporary credentials
 * (STS AssumeRoleWithWebIdentity). Each credential value is masked as soon as
 * STS returns it, before anything else happens. Throttling and transient
 * failures are retried with backoff; every failure is a CredentialError.
 */
async function assumeRoleWithOidc(options) {
    const { roleArn, sessionName, durationSeconds, region, sts, maskSecret } = options;
    const audience = options.audience ?? DEFAULT_AUDIENCE;
    checkRequest(roleArn, sessionName, durationSeconds);
    const retryOptions = {
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
        ...(options.maxDelayMs !== undefined ? { maxDelayMs: options.maxDelayMs } : {}),
    };
    let idToken;
    try {
        idToken = await retry(() => options.getIdToken(audience), retryOptions);
    }
    catch (error) {
        throw explainCredentialFailure(error, { step: 'get-id-token', audience });
    }
    let response;
    try {
        response = await retry(() => sts.send(new AssumeRoleWithWebIdentityCommand({
            RoleArn: roleArn,
            RoleSessionName: sessionName,
            WebIdentityToken: idToken,
            ...(durationSeconds !== undefined ? { DurationSeconds: durationSeconds } : {}),
        })), retryOptions);
    }
    catch (error) {
        throw explainCredentialFailure(error, { step: 'assume-role', roleArn, idToken, region });
    }
    const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = response.Credentials ?? {};
    // Mask first: from here on, any of these may end up in a log line.
    for (const value of [AccessKeyId, SecretAccessKey, SessionToken])
        if (value)
            maskSecret(value);
    if (!AccessKeyId || !SecretAccessKey || !SessionToken || !(Expiration instanceof Date)) {
        throw new CredentialError('incomplete-response', `STS assumed ${roleArn} but returned incomplete credentials`, 'Re-run the job; if it happens again, report it to AWS support with the time of the run.');
    }
    return {
        accessKeyId: AccessKeyId,
        secretAccessKey: SecretAccessKey,
        sessionToken: SessionToken,
        expiration: Expiration,
    };
}
/** Refuses, before any call, what STS would refuse anyway, with a clearer message. */
function checkRequest(roleArn, sessionName, durationSeconds) {
    if (parseRoleArn(roleArn) === undefined) {
        throw new CredentialError('invalid-request', `role-arn ${JSON.stringify(roleArn)} is not the ARN of an IAM role`, 'Give the full ARN, arn:aws:iam::ACCOUNT:role/NAME (the bootstrap stack outputs it), not the role name.');
    }
    if (!isValidRoleSessionName(sessionName)) {
        const { minLength, maxLength } = ROLE_SESSION_NAME_LIMITS;
        throw new CredentialError('invalid-request', `the role session name ${JSON.stringify(sessionName)} is not one STS accepts`, `A session name has ${minLength} to ${maxLength} characters among letters, digits and _+=,.@-; roleSessionName() builds one from the repository and run id.`);
    }
    if (durationSeconds !== undefined &&
        !(Number.isInteger(durationSeconds) &&
            durationSeconds >= DURATION_SECONDS.min &&
            durationSeconds <= DURATION_SECONDS.max)) {
        throw new CredentialError('invalid-request', `duration-seconds ${durationSeconds} is out of range`, `Give a whole number of seconds from ${DURATION_SECONDS.min} (15 minutes) to ${DURATION_SECONDS.max} (12 hours), within the role's maximum session duration.`);
    }
}

// EXTERNAL MODULE: ./src/aws/credentials/aws-error.ts
var aws_error = __webpack_require__(1378);
;// CONCATENATED MODULE: ./src/aws/credentials/verify-account.ts




/**
 * Retries for credentials just assumed: STS may not know them yet everywhere
 * (IAM is eventually consistent), and answers InvalidClientTokenId for a few
 * seconds. About 20 s in all, then the failure stands.
 */
const JUST_ASSUMED_RETRY = { maxAttempts: 6, baseDelayMs: 1_000, maxDelayMs: 8_000 };
/**
 * Asks STS who the credentials belong to (GetCallerIdentity, retried on
 * throttling and transient errors) and refuses any account but the expected
 * one, so a deploy never starts against the wrong account. Credentials just
 * assumed as `assumedRoleArn` are also given time to spread (InvalidClientTokenId
 * is retried briefly); those of the default chain are not.
 */
async function verifyAccount(sts, expectedAccountId, retryOptions = {}, assumedRoleArn) {
    let identity;
    const options = assumedRoleArn === undefined
        ? retryOptions
        : {
            ...JUST_ASSUMED_RETRY,
            ...retryOptions,
            isRetryable: (error) => (0,credentials_retry/* isTransientError */.bV)(error) || (0,aws_error/* failureFacts */._)(error).code === 'InvalidClientTokenId',
        };
    try {
        identity = await (0,credentials_retry/* retry */.L5)(() => sts.send(new client_sts_dist_cjs/* GetCallerIdentityCommand */.zI({})), options);
    }
    catch (error) {
        throw (0,credential_errors/* explainCredentialFailure */.T)(error, { step: 'verify-account', expectedAccountId, assumedRoleArn });
    }
    const accountId = identity.Account ?? '';
    const arn = identity.Arn ?? '';
    if (accountId !== expectedAccountId) {
        throw new credential_errors/* CredentialError */.o('account-mismatch', `the credentials are for AWS account ${JSON.stringify(accountId)} (${arn || 'no ARN'}), but environment.json's accountId is ${JSON.stringify(expectedAccountId)}: the run stops before touching anything`, `Use a role in account ${expectedAccountId} (role-arn arn:aws:iam::${expectedAccountId}:role/NAME) or a profile for it; if the environment moved, correct accountId in environment.json.`);
    }
    return { accountId, arn };
}

;// CONCATENATED MODULE: ./src/aws/credentials/index.ts









// EXTERNAL MODULE: ./src/aws/deploy/index.ts + 10 modules
var deploy = __webpack_require__(1398);
// EXTERNAL MODULE: ./src/aws/drift/index.ts + 8 modules
var drift = __webpack_require__(9331);
// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(1916);
// EXTERNAL MODULE: ./src/data/aws-regions.ts
var aws_regions = __webpack_require__(5809);
;// CONCATENATED MODULE: ./src/aws/region.ts


/**
 * Undefined for a commercial AWS region the kit knows (src/data/aws-regions.ts,
 * the table the environment file's `region` is checked against); otherwise what
 * is wrong with it. The SDK would take any string and fail later, at the first
 * call, with an endpoint or signature error that does not name the option.
 */
function checkRegion(region) {
    if ((0,aws_regions/* isKnownRegion */.K)(region))
        return undefined;
    const { asOf } = aws_regions/* awsRegionTable */.i;
    if (!/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/.test(region))
        return {
            message: 'not an AWS region code',
            hint: `Give a region code such as ${suggestion(region) ?? 'eu-west-1'} (the regions are listed in src/data/aws-regions.ts), or leave it out to use the environment file's region.`,
        };
    if (/^(?:[a-z]{2}-gov-|cn-)/.test(region))
        return {
            message: 'a GovCloud or China region, which the kit does not support',
            hint: `Use one of the commercial regions listed in src/data/aws-regions.ts (as of ${asOf}).`,
        };
    return {
        message: 'not an AWS region the kit knows',
        hint: `Did you mean ${JSON.stringify(suggestion(region))}? If AWS launched ${region} after ${asOf}, add it to src/data/aws-regions.ts.`,
    };
}
function suggestion(region) {
    const candidate = (0,mod/* closest */.kp)(region.toLowerCase().trim(), Object.keys(aws_regions/* awsRegionTable */.i.regions));
    return candidate === '' ? undefined : candidate;
}

// EXTERNAL MODULE: ./src/environment/diagnostic.ts
var diagnostic = __webpack_require__(9862);
// EXTERNAL MODULE: ./src/environment/load-environment.ts + 6 modules
var load_environment = __webpack_require__(2158);
// EXTERNAL MODULE: ./src/render/render-and-lint.ts
var render_and_lint = __webpack_require__(3958);
// EXTERNAL MODULE: ./src/report/diagnostic-line.ts
var diagnostic_line = __webpack_require__(1834);
// EXTERNAL MODULE: ./src/report/template-finding-line.ts
var template_finding_line = __webpack_require__(7729);
// EXTERNAL MODULE: ./src/text/printable.ts
var printable = __webpack_require__(8572);
// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/version.ts + 1 modules
var version = __webpack_require__(3985);
;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts
















const OPTIONS = {
    region: { type: 'string' },
    'no-execute': { type: 'boolean', default: false },
    'allow-replacement': { type: 'string', multiple: true },
    'recreate-failed-stack': { type: 'boolean', default: false },
    'continue-update-rollback': { type: 'boolean', default: false },
    'no-wait': { type: 'boolean', default: false },
    'artifact-bucket': { type: 'string' },
    'cloudformation-role-arn': { type: 'string' },
    'timeout-minutes': { type: 'string' },
    debug: { type: 'boolean', default: false },
};
const FAILED = new Set(['refused', 'failed', 'timed-out']);
/**
 * `dify-aws-kit deploy FILE`: check and render the environment as preflight does,
 * confirm that the local AWS credentials (the SDK's default chain) are for its
 * account, then deploy through a change set with the same engine as the deploy
 * action, printing the stack events as they come, the change table and the outcome.
 * Exit 0 deployed, unchanged or previewed; 1 an invalid file, a refused, failed or
 * timed-out deploy, or an AWS error; 2 a usage error.
 */
async function deployCommand(args, io) {
    const options = parseDeployArgs(args);
    const environment = await checkedEnvironment(options.file, io);
    if (environment === undefined)
        return cli_io/* EXIT_FINDINGS */.cB;
    const { rendered, lint } = (0,render_and_lint/* renderAndLint */.V)(environment, version/* VERSION */.x);
    for (const finding of lint.findings)
        io.stdout(`${(0,template_finding_line/* formatTemplateFindingLine */.H)(finding)}\n`);
    if (lint.errors > 0) {
        io.stderr(`dify-aws-kit: the template rendered from ${(0,printable/* printable */.g)(options.file)} has ${lint.errors} lint error(s): nothing was sent to AWS\n`);
        return cli_io/* EXIT_FINDINGS */.cB;
    }
    const region = options.region ?? environment.region;
    // Ctrl-C stops the deploy, not the process: the protective stack policy is set again first.
    const cancel = new AbortController();
    const onSignal = () => {
        io.stderr('dify-aws-kit: cancelling (the protective stack policy is set again before stopping)\n');
        cancel.abort(new Error('cancelled'));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    return reportingAwsErrors(io, options.debug, async () => {
        const clients = await confirmedClients(environment, region, io);
        const log = (line) => io.stdout(`${(0,printable/* printable */.g)(line)}\n`);
        const outcome = await (0,deploy/* deployStack */.gE)({
            stackName: environment.stackName,
            region,
            templateBody: rendered.text,
            tags: Object.entries(environment.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
            changeSetName: (0,deploy/* changeSetName */.G)(environment.name, localRunId(new Date())),
            execute: options.execute,
            allowReplacement: options.allowReplacement,
            recreateFailedStack: options.recreateFailedStack,
            waitForInProgress: options.waitForInProgress,
            continueUpdateRollback: options.continueUpdateRollback,
            terminationProtection: true,
            stackPolicy: (0,deploy/* protectiveStackPolicy */.qo)((0,deploy/* statefulLogicalIds */.wm)((0,deploy/* templateResourceTypes */.oL)(rendered.text))),
            ...(options.artifactBucket === undefined ? {} : { artifactBucket: options.artifactBucket }),
            ...(options.cloudFormationRoleArn === undefined
                ? {}
                : { cloudFormationRoleArn: options.cloudFormationRoleArn }),
            clients: { cloudFormation: clients.cloudFormation, s3: clients.s3 },
            log,
            timeoutMs: options.timeoutMinutes * 60_000,
            signal: cancel.signal,
        });
        return reportOutcome(outcome, io);
    }).finally(() => {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    });
}
function reportOutcome(outcome, io) {
    if (FAILED.has(outcome.status)) {
        io.stderr(`dify-aws-kit: deploy ${outcome.status}: ${(0,printable/* printable */.g)(outcome.message)}\n`);
        return cli_io/* EXIT_FINDINGS */.cB;
    }
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const { changeSetMs, executeMs } = outcome.durations;
    io.stdout(`${outcome.status}: ${(0,printable/* printable */.g)(outcome.message)} (changed: ${outcome.changed}; change set ${seconds(changeSetMs)}, execution ${seconds(executeMs)})\n`);
    for (const [key, value] of Object.entries(outcome.outputs))
        io.stdout(`  output ${(0,printable/* printable */.g)(key)} = ${(0,printable/* printable */.g)(value)}\n`);
    const difyUrl = outcome.outputs.DifyUrl;
    if (difyUrl !== undefined)
        io.stdout(`Dify is at ${(0,printable/* printable */.g)(difyUrl)}\n`);
    return cli_io/* EXIT_OK */.Ij;
}
function parseDeployArgs(args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new cli_io/* UsageError */.eb(`deploy: ${error.message.split('\n')[0]}`);
    }
    const { values, positionals } = parsed;
    const allowReplacement = (values['allow-replacement'] ?? [])
        .flatMap((list) => list.split(','))
        .map((id) => id.trim())
        .filter((id) => id !== '');
    for (const id of allowReplacement) {
        if (!/^[A-Za-z0-9]+$/.test(id))
            throw new cli_io/* UsageError */.eb(`deploy: --allow-replacement ${JSON.stringify(id)} is not a logical id (letters and digits)`);
    }
    return {
        file: singleFile('deploy', positionals),
        region: regionOption('deploy', values.region),
        execute: !values['no-execute'],
        allowReplacement,
        recreateFailedStack: values['recreate-failed-stack'],
        continueUpdateRollback: values['continue-update-rollback'],
        waitForInProgress: !values['no-wait'],
        artifactBucket: nonEmpty('deploy', 'artifact-bucket', values['artifact-bucket']),
        cloudFormationRoleArn: nonEmpty('deploy', 'cloudformation-role-arn', values['cloudformation-role-arn']),
        timeoutMinutes: timeoutMinutes('deploy', values['timeout-minutes'], deploy/* DEPLOY_TIMEOUT_MINUTES */.CI),
        debug: values.debug,
    };
}
/* Shared with the drift command (drift.ts), which takes the same steps before its own. */
function singleFile(command, positionals) {
    const [file] = positionals;
    if (file === undefined || positionals.length !== 1)
        throw new cli_io/* UsageError */.eb(`${command}: name exactly one environment file`);
    return file;
}
function nonEmpty(command, option, value) {
    if (value === undefined)
        return undefined;
    if (value.trim() === '')
        throw new cli_io/* UsageError */.eb(`${command}: --${option} needs a value`);
    return value.trim();
}
/** --region: a region the kit knows, checked before anything is read or sent; undefined when not given. */
function regionOption(command, value) {
    const region = nonEmpty(command, 'region', value);
    if (region === undefined)
        return undefined;
    const problem = checkRegion(region);
    if (problem !== undefined)
        throw new cli_io/* UsageError */.eb(`${command}: --region ${JSON.stringify(region)} is ${problem.message}. ${problem.hint}`);
    return region;
}
/** --timeout-minutes: a whole number from 1 to 360 (six hours); the default otherwise. */
function timeoutMinutes(command, value, fallback) {
    if (value === undefined)
        return fallback;
    const minutes = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(minutes >= 1 && minutes <= 360))
        throw new cli_io/* UsageError */.eb(`${command}: --timeout-minutes ${JSON.stringify(value)}: give a whole number from 1 to 360`);
    return minutes;
}
/** Loads and checks the file, printing every diagnostic; undefined (exit 1, nothing sent to AWS) on an error. */
async function checkedEnvironment(file, io) {
    const result = await (0,load_environment/* loadEnvironment */.Y)(file);
    for (const diagnostic of result.diagnostics)
        io.stdout(`${(0,diagnostic_line/* formatDiagnosticLine */.l)(diagnostic)}\n`);
    const { errors } = (0,diagnostic/* countBySeverity */.O)(result.diagnostics);
    if (errors > 0 || result.environment === undefined) {
        io.stderr(`dify-aws-kit: ${(0,printable/* printable */.g)(file)} has ${errors} error(s): fix them and run again; nothing was sent to AWS\n`);
        return undefined;
    }
    return result.environment;
}
/**
 * The SDK clients on the default credential chain (environment variables,
 * AWS_PROFILE, SSO, instance roles…), proven by GetCallerIdentity to be in the
 * environment's account before any other call: a wrong account stops here.
 */
async function confirmedClients(environment, region, io) {
    const clients = {
        sts: new client_sts_dist_cjs/* STSClient */.iM({ region }),
        cloudFormation: new dist_cjs/* CloudFormationClient */.m1N({ region }),
        s3: new client_s3_dist_cjs/* S3Client */.YxF({ region }),
    };
    const identity = await verifyAccount(clients.sts, environment.accountId);
    io.stdout(`AWS account ${identity.accountId} confirmed (${(0,printable/* printable */.g)(identity.arn)}), region ${region}\n`);
    return clients;
}
/**
 * Runs the AWS part of a command: the kit's own errors (credentials, deploy,
 * drift) become one line, `dify-aws-kit: what happened. What to do.`, and exit 1;
 * the stack trace only with --debug. Anything else is left to main's handler.
 */
async function reportingAwsErrors(io, debug, work) {
    try {
        return await work();
    }
    catch (error) {
        if (!(error instanceof credential_errors/* CredentialError */.o || error instanceof deploy/* DeployError */.sH || error instanceof drift/* DriftError */.ul))
            throw error;
        const prefix = error instanceof credential_errors/* CredentialError */.o ? 'could not use the AWS credentials: ' : '';
        const trace = debug ? `\n${error.stack ?? ''}` : '';
        const message = error.message.trimEnd().replace(/\.$/, '');
        io.stderr(`dify-aws-kit: ${prefix}${(0,printable/* printable */.g)(`${message}. ${error.hint}`)}${trace}\n`);
        return cli_io/* EXIT_FINDINGS */.cB;
    }
}
/** `local-20260501T100000Z`: names the change set of a run from this machine. */
function localRunId(now) {
    return `local-${now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/[-:]/g, '')}`;
}


/***/ }),

/***/ 7729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ formatTemplateFindingLine)
/* harmony export */ });
/* harmony import */ var _text_printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8572);

/** One template finding as one line: `template.yaml: error: Resource.Path: message [RULE]`. */
function formatTemplateFindingLine(finding, file = 'template.yaml') {
    const where = [finding.logicalId, finding.path].filter(Boolean).join('.');
    return (0,_text_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .printable */ .g)(`${file}: ${finding.severity}: ${where || '(template)'}: ${finding.message} [${finding.ruleId}]`);
}


/***/ }),

/***/ 6590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   gQ: () => (/* binding */ inertCode),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6340);

/*
 * The Markdown pieces every report is built from (the pull-request comment, the
 * job summaries, the drift issue, the CLI's preflight report). Each one shows a
 * value from a file, a file name, an artifact or AWS as exactly that text in
 * GitHub Flavored Markdown: nothing in it can open markup, an HTML element, a
 * link, a mention or a reference, or leave the table cell it is in.
 * GFM: https://github.github.com/gfm/ ; mentions and references are GitHub's
 * own, found in the text of the rendered HTML outside `code`, `pre` and `a`.
 */
/**
 * Splits a would-be mention (`@team`), reference (`#123`, `GH-123`) or email
 * address into two text nodes, so GitHub links nothing; the reader sees the
 * same characters. (An empty HTML comment: GitHub removes it when it sanitizes.)
 */
const SPLIT = '<!-- -->';
/** ASCII punctuation that opens markup in GFM (a backslash escape shows it as it is). */
const MARKUP = /[\\`*_~[\]<>&|$]/g;
/**
 * Text that is not the kit's own (a message quoting a value, a file name, a
 * reason from AWS), as inline Markdown that shows exactly that text, in a
 * paragraph, a list item or a table cell. Control and bidirectional
 * characters are shown as `\uXXXX` (the text stays on one line); markup
 * characters are backslash-escaped; `@`, `#` and `GH-` cannot mention or
 * reference anyone; `http://`, `www.` (wherever it is: renderers differ on
 * what may precede it) and `mailto:` cannot become links; a leading list or
 * heading marker stays text.
 */
function escapeMarkdown(text) {
    return ((0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text)
        .replace(MARKUP, '\\$&')
        .replace(/@/g, `@${SPLIT}`)
        .replace(/#/g, `\\#${SPLIT}`)
        .replace(/\bGH-/gi, `$&${SPLIT}`)
        .replace(/:(?=\/\/)/g, '\\:')
        .replace(/\b(mailto|xmpp):/gi, '$1\\:')
        .replace(/(www)\./gi, '$1\\.')
        .replace(/^ +/, (spaces) => '&#32;'.repeat(spaces.length))
        // Block markers matter only where the text starts a block: a list item, a rule or a setext underline.
        .replace(/^([-+=])(?=[ \t\-+=]|$)/, '\\$1')
        .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2'));
}
/**
 * A code span that shows `text` as it is: fenced with one backtick more than
 * the longest run of backticks in it, and padded with a space on each side
 * when it starts or ends with a backtick or a space (GFM strips one space from
 * each side of a span that has both). Control and bidirectional characters
 * are shown as `\uXXXX`. Text with a `|` is an `inertCode` element instead,
 * so that it reads the same inside a table cell.
 */
function code(text) {
    const content = (0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text);
    if (content === '')
        return '<code></code>';
    // GFM splits a table row on `|` even inside a code span, and no escape can show `\|` there.
    if (content.includes('|'))
        return inertCode(text);
    const longestRun = [...content.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length), 0);
    const fence = '`'.repeat(longestRun + 1);
    // Padded text starts and ends with a space and is not only spaces: GFM strips exactly those two.
    const pad = !/^ *$/.test(content) && (/^[` ]/.test(content) || /[` ]$/.test(content)) ? ' ' : '';
    return `${fence}${pad}${content}${pad}${fence}`;
}
/** Characters that mean something to Markdown, GitHub's extensions or HTML, written as entities inside `<code>`. */
const INERT = /[&<>|\\`*_[\]~@#:$]/g;
/**
 * A value as an HTML `<code>` element whose every Markdown or HTML character is
 * an entity: nothing in it can end a table cell, open markup, a link or a tag,
 * or mention anyone (GitHub links nothing inside `code`). For reports whose
 * values come from AWS as much as from a file (drift, deploy).
 */
function inertCode(text) {
    const inert = (0,_environment_unsafe_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeUnsafe */ .au)(text)
        .replace(INERT, (char) => `&#${char.charCodeAt(0)};`)
        // Markdown is still read inside an inline <code>: a `www.` there would become a link.
        .replace(/(www)\./gi, '$1&#46;');
    return `<code>${inert}</code>`;
}
/**
 * A GFM table. Every `|` in a cell that is not already escaped is escaped, so
 * no cell (code spans included: GFM splits cells before it reads them) can
 * end early or add a column.
 */
function table(header, rows) {
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
/** A `|` after an even number of backslashes (none included) is not escaped yet. */
function cell(text) {
    return text.replace(/(?<!\\)((?:\\\\)*)\|/g, '$1\\|');
}


/***/ }),

/***/ 573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ plural)
/* harmony export */ });
/** "1 error", "2 errors". */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ })

};
