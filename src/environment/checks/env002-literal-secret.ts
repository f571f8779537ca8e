import { joinPointer } from '../json-pointer.js';
import { isSecretVariable, looksSecretValue } from '../secret-names.js';
import { showValue } from '../show-value.js';
import type { Finding, PolicyCheck } from './policy-check.js';

const MOVE_TO_SECRETS_MANAGER =
  'A literal value sits in plain text in the ECS task definition, where anyone who can read it sees it: store it in Secrets Manager and use fromSecret instead.';

/**
 * Literal secrets, by name or by look: a variable named like a secret, and any
 * literal that looks like a credential whatever its name (the value wins over
 * a name that reads like a setting). Tags and the description reach the stack
 * and every report as they are, so a credential there is refused too.
 */
export const literalSecret: PolicyCheck = {
  id: 'ENV002',
  title: 'Secrets come from Secrets Manager, never as a literal value',
  severity: 'error',
  check({ environment }) {
    const findings: Finding[] = [];
    environment.dify.environment.forEach(({ name, value }, index) => {
      if (value === undefined) return;
      const pointer = `/dify/environment/${index}/value`;
      if (looksSecretValue(value)) {
        findings.push({
          pointer,
          message: `the literal value of ${JSON.stringify(name)} looks like a credential (a password in a URL, a private key, a token or key)`,
          hint: MOVE_TO_SECRETS_MANAGER,
        });
      } else if (isSecretVariable(name, value)) {
        findings.push({
          pointer,
          message: `${JSON.stringify(name)} looks like a secret but is given as a literal value`,
          hint: MOVE_TO_SECRETS_MANAGER,
        });
      }
    });
    const shown: { pointer: string; what: string; value: string }[] = [
      ...(environment.description === undefined
        ? []
        : [{ pointer: '/description', what: 'the description', value: environment.description }]),
      ...Object.entries(environment.tags ?? {}).map(([key, value]) => ({
        pointer: joinPointer('/tags', key),
        what: `the value of tag ${showValue(key)}`,
        value,
      })),
    ];
    for (const { pointer, what, value } of shown) {
      if (!looksSecretValue(value)) continue;
      findings.push({
        pointer,
        message: `${what} looks like a credential (a password in a URL, a private key, a token or key)`,
        hint: 'Tags and the description are shown on the stack, its resources and every report: keep credentials in Secrets Manager, never here.',
      });
    }
    return findings;
  },
};
