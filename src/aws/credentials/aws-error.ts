/**
 * What the kit reads from a failure, whatever threw it: an AWS SDK service
 * exception (its `name` is the error code), a Node network error (its `code`),
 * or anything else.
 */
export interface FailureFacts {
  /**
   * The AWS error code without its "Exception" suffix (AccessDenied, Throttling,
   * InvalidIdentityToken, …), or the error's own name.
   */
  readonly code: string | undefined;
  /** The HTTP status AWS answered with, when there was an answer. */
  readonly httpStatus: number | undefined;
  /** A Node system error code (ECONNRESET, ETIMEDOUT, …), on the error or its cause. */
  readonly networkCode: string | undefined;
  readonly message: string;
}

export function failureFacts(error: unknown): FailureFacts {
  if (typeof error !== 'object' || error === null) {
    return { code: undefined, httpStatus: undefined, networkCode: undefined, message: String(error) };
  }
  const metadata = field(error, '$metadata');
  const status =
    typeof metadata === 'object' && metadata !== null ? field(metadata, 'httpStatusCode') : undefined;
  const name = stringField(error, 'name');
  const code = name !== undefined && name !== 'Error' ? name : (stringField(error, 'Code') ?? name);
  return {
    code: code?.replace(/(.)Exception$/, '$1'),
    httpStatus: typeof status === 'number' ? status : undefined,
    networkCode: systemCode(error) ?? systemCode(field(error, 'cause')),
    message: stringField(error, 'message') ?? '',
  };
}

function systemCode(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const code = stringField(value, 'code');
  return code !== undefined && /^E[A-Z_]+$/.test(code) ? code : undefined;
}

function field(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

function stringField(value: object, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' && found !== '' ? found : undefined;
}
