import { isSecretPath, isSecretVariable, namesSecret } from '../secret-names.js';
import type { Finding, PolicyCheck } from './policy-check.js';

type Variable = {
  readonly name: string;
  readonly value?: string | undefined;
  readonly fromSsmParameter?: string | undefined;
  readonly fromSecret?: string | undefined;
};

/** Whether a variable carries a secret: one from Secrets Manager, or an SSM parameter or literal that reads like one. */
function carriesSecret({ name, value, fromSsmParameter, fromSecret }: Variable): boolean {
  if (fromSecret !== undefined) return true;
  if (fromSsmParameter !== undefined)
    return namesSecret(name) || isSecretPath(fromSsmParameter.replace(/^arn:[^/]*/, ''));
  return value !== undefined && isSecretVariable(name, value);
}

/**
 * The sandbox runs the code Dify users write in code nodes, and that code can
 * read the sandbox's environment: a secret sent there is readable by everyone
 * who can edit a workflow, unless the file says so with exposeToSandboxCode.
 */
export const secretInSandbox: PolicyCheck = {
  id: 'SBX002',
  title: 'No secret reaches the sandbox, where user-written code runs, unless acknowledged',
  severity: 'error',
  check({ environment }) {
    const findings: Finding[] = [];
    environment.dify.environment.forEach((variable, index) => {
      const pointer = `/dify/environment/${index}`;
      const sandbox = variable.targets.indexOf('sandbox');
      const secret = carriesSecret(variable);
      if (variable.exposeToSandboxCode === true) {
        if (sandbox < 0 || !secret) {
          findings.push({
            pointer: `${pointer}/exposeToSandboxCode`,
            severity: 'warning',
            message:
              sandbox < 0
                ? `${JSON.stringify(variable.name)} does not go to the sandbox: exposeToSandboxCode has nothing to allow`
                : `${JSON.stringify(variable.name)} carries no secret: exposeToSandboxCode has nothing to allow`,
            hint: 'Remove exposeToSandboxCode, so that a secret sent to the sandbox later is refused again.',
          });
        }
        return;
      }
      if (sandbox < 0 || !secret) return;
      findings.push({
        pointer: `${pointer}/targets/${sandbox}`,
        message: `the secret ${JSON.stringify(variable.name)} goes to the sandbox, where any code node a Dify user writes can read it`,
        hint: 'Remove "sandbox" from its targets. If every user who can edit a workflow may read the secret, say so with "exposeToSandboxCode": true.',
      });
    });
    return findings;
  },
};
