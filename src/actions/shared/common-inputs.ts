import { DEFAULT_AUDIENCE } from '../../aws/credentials/index.js';
import { integerInput, optionalInput, requiredInput } from './action-inputs.js';

/** The inputs every action of the kit has. */
export interface CommonInputs {
  readonly environmentFile: string;
  /** Without it, the default AWS credential chain. */
  readonly roleArn: string | undefined;
  /** Overrides environment.json's region. */
  readonly awsRegion: string | undefined;
  readonly audience: string;
  readonly timeoutMinutes: number;
}

export function readCommonInputs(defaultTimeoutMinutes: number): CommonInputs {
  return {
    environmentFile: requiredInput('environment-file'),
    roleArn: optionalInput('role-arn'),
    awsRegion: optionalInput('aws-region'),
    audience: optionalInput('audience') ?? DEFAULT_AUDIENCE,
    timeoutMinutes: integerInput('timeout-minutes', { min: 1, max: 360 }) ?? defaultTimeoutMinutes,
  };
}
