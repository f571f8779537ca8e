import { looksSecret } from '../secret-names.js';
import type { Finding, PolicyCheck } from './policy-check.js';

export const literalSecret: PolicyCheck = {
  id: 'ENV002',
  title: 'Variables that look secret come from Secrets Manager, not a literal value',
  severity: 'error',
  check({ environment }) {
    const findings: Finding[] = [];
    environment.dify.environment.forEach(({ name, value }, index) => {
      if (value === undefined || !looksSecret(name)) return;
      findings.push({
        pointer: `/dify/environment/${index}/value`,
        message: `${JSON.stringify(name)} looks like a secret but is given as a literal value`,
        hint: 'A literal value sits in plain text in the ECS task definition, where anyone who can read it sees it: store it in Secrets Manager and use fromSecret instead.',
      });
    });
    return findings;
  },
};
