import type { Finding, PolicyCheck } from './policy-check.js';

// TOKEN only as a whole word: MAX_TOKENS and TOKENIZATION are Dify settings, not secrets.
const SECRET_NAME = /PASSWORD|PASSWD|SECRET|CREDENTIAL|API_?KEY|PRIVATE_KEY|(?:^|_)TOKEN(?:_|$)|_KEY$/;
// Dify's settings about secrets (ACCESS_TOKEN_EXPIRE_MINUTES, ENABLE_EMAIL_PASSWORD_LOGIN) hold no secret.
const SETTING_NAME = /^ENABLE_|_(?:ENABLED|MINUTES|HOURS|DAYS|SECONDS|LENGTH)$/;

export const literalSecret: PolicyCheck = {
  id: 'ENV002',
  title: 'Variables that look secret come from Secrets Manager, not a literal value',
  severity: 'warning',
  check({ environment }) {
    const findings: Finding[] = [];
    environment.dify.environment.forEach(({ name, value }, index) => {
      if (value === undefined || !SECRET_NAME.test(name) || SETTING_NAME.test(name)) return;
      findings.push({
        pointer: `/dify/environment/${index}/value`,
        message: `${JSON.stringify(name)} looks like a secret but is given as a literal value`,
        hint: 'A literal value sits in plain text in the ECS task definition, where anyone who can read it sees it: store it in Secrets Manager and use fromSecret instead.',
      });
    });
    return findings;
  },
};
