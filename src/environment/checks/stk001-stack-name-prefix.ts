import { defaultStackName, stackNameBelongsTo } from '../stack-prefix.js';
import type { PolicyCheck } from './policy-check.js';

/**
 * The deploy role of an environment may act only on stacks named
 * `<stackPrefix><name>` or `<stackPrefix><name>-…` (see `dify-aws-kit
 * bootstrap --environments`): a file whose stackName points elsewhere, such as
 * dev.json naming dify-prod, is refused here rather than by AWS at deploy time,
 * and never reaches another environment's stack through a shared role.
 */
export const stackNamePrefix: PolicyCheck = {
  id: 'STK001',
  title: "The stack name starts with the stack prefix and the environment's name",
  severity: 'error',
  check({ environment, written }) {
    const { stackName, stackPrefix, name } = environment;
    if (stackNameBelongsTo(stackName, stackPrefix, name)) return [];
    const expected = defaultStackName(stackPrefix, name);
    const prefixWritten = written.stackPrefix !== undefined;
    return [
      {
        pointer: written.stackName !== undefined ? '/stackName' : '/stackPrefix',
        message: `the stack name ${JSON.stringify(stackName)} does not start with ${JSON.stringify(expected)} (the stack prefix ${JSON.stringify(stackPrefix)} and the environment's name ${JSON.stringify(name)}), so the environment's deploy role may not touch it`,
        hint: prefixWritten
          ? `Name the stack ${expected} or ${expected}-<suffix>, or set stackPrefix to the --stack-prefix the account was bootstrapped with.`
          : `Name the stack ${expected} or ${expected}-<suffix>; when the account was bootstrapped with another --stack-prefix, set stackPrefix to it.`,
      },
    ];
  },
};
