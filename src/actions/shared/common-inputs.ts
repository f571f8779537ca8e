import { DEFAULT_AUDIENCE } from '../../aws/credentials/index.js';
import { integerInput, optionalText, regionInput, requiredText, textWithDefault } from './action-inputs.js';

/**
 * The inputs every action that works on one environment has: the file, how to
 * get AWS credentials (role-arn; without it the default credential chain), the
 * region override and the time budget.
 */
export function commonInputs(defaultTimeoutMinutes: number) {
  return {
    environmentFile: requiredText('environment-file'),
    roleArn: optionalText('role-arn'),
    /** Overrides environment.json's region. */
    awsRegion: regionInput('aws-region'),
    audience: textWithDefault('audience', DEFAULT_AUDIENCE),
    timeoutMinutes: integerInput('timeout-minutes', { min: 1, max: 360, default: defaultTimeoutMinutes }),
  } as const;
}
