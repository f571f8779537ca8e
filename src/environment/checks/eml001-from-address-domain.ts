import type { PolicyCheck } from './policy-check.js';

export const fromAddressDomain: PolicyCheck = {
  id: 'EML001',
  title: 'The sender address belongs to the sending domain',
  severity: 'error',
  check({ environment }) {
    const { email } = environment;
    if (email === undefined) return [];
    const addressDomain = email.fromAddress.slice(email.fromAddress.lastIndexOf('@') + 1).toLowerCase();
    const sendingDomain = email.sendingDomain.toLowerCase();
    if (addressDomain === sendingDomain || addressDomain.endsWith(`.${sendingDomain}`)) return [];
    return [
      {
        pointer: '/email/fromAddress',
        message: `${JSON.stringify(email.fromAddress)} is not an address of the sending domain ${JSON.stringify(email.sendingDomain)}`,
        hint: `SES sends only from its verified domain and the domain's subdomains: use an address at ${email.sendingDomain}, or change email.sendingDomain.`,
      },
    ];
  },
};
