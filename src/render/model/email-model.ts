import { identityPath, permissionsBoundaryArn } from '../../bootstrap/identity-names.js';
import type { ResolvedEnvironment } from '../../environment/resolve-environment.js';
import { getAtt, type Intrinsic, literalText, ref, sub, tagList } from '../intrinsics.js';
import { LogicalIds } from '../logical-ids.js';
import type { EmailModel, IamStatement } from './area-contracts.js';
import { jsonKeyValueFrom } from './secrets-model.js';

export type { EmailModel } from './area-contracts.js';

/** Logical ids only the email area uses. */
export const EmailLogicalIds = {
  smtpUser: 'SmtpUser',
  smtpCredentialsSecret: 'SmtpCredentialsSecret',
  smtpCredentials: 'SmtpCredentials',
  dkimRecord: (index: number) => `EmailDkimRecord${index + 1}`,
} as const;

/** SES SMTP over STARTTLS. */
export const SMTP_PORT = 587;
/** Easy DKIM publishes three CNAME records. */
const DKIM_RECORD_COUNT = 3;

/** The SES identity of the sending domain: Ref of AWS::SES::EmailIdentity is the domain itself. */
const identityArn = (): Intrinsic =>
  sub(
    `arn:\${AWS::Partition}:ses:\${AWS::Region}:\${AWS::AccountId}:identity/\${${LogicalIds.emailIdentity}}`,
  );

/** What the bootstrap function may do for mail: manage the SMTP user's access keys and store its credentials. */
export function smtpBootstrapStatements(): IamStatement[] {
  return [
    {
      Sid: 'ManageSmtpAccessKeys',
      Effect: 'Allow',
      Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys'],
      Resource: [getAtt(EmailLogicalIds.smtpUser, 'Arn')],
    },
    {
      Sid: 'StoreSmtpCredentials',
      Effect: 'Allow',
      Action: ['secretsmanager:PutSecretValue'],
      Resource: [ref(EmailLogicalIds.smtpCredentialsSecret)],
    },
  ];
}

/** Dify's mail through Amazon SES: the domain identity, an SMTP user that may send only as the from address, and its credentials. */
export function buildEmailModel(env: ResolvedEnvironment): EmailModel {
  const email = env.email;
  if (!email) throw new Error('buildEmailModel needs an environment with email');
  const tags = (suffix: string) => tagList(`${env.stackName}-${suffix}`, env.tags);

  const hostedZoneId = env.domain?.hostedZoneId;
  const dkimRecords =
    hostedZoneId !== undefined && env.domain && isWithin(env.domain.hostName, email.sendingDomain)
      ? Array.from({ length: DKIM_RECORD_COUNT }, (_, i) => ({
          logicalId: EmailLogicalIds.dkimRecord(i),
          hostedZoneId,
          name: getAtt(LogicalIds.emailIdentity, `DkimDNSTokenName${i + 1}`),
          value: getAtt(LogicalIds.emailIdentity, `DkimDNSTokenValue${i + 1}`),
        }))
      : [];

  return {
    fromAddress: email.fromAddress,
    smtpHost: `email-smtp.${env.region}.amazonaws.com`,
    smtpPort: SMTP_PORT,
    // Through the custom resource's own answer, so that whatever reads these waits until the credentials are stored.
    smtpUsernameValueFrom: jsonKeyValueFrom(EmailLogicalIds.smtpCredentials, 'SecretArn', 'username'),
    smtpPasswordValueFrom: jsonKeyValueFrom(EmailLogicalIds.smtpCredentials, 'SecretArn', 'password'),
    readableSecretArns: [ref(EmailLogicalIds.smtpCredentialsSecret)],
    resources: {
      sendingDomain: email.sendingDomain,
      dkimRecords,
      smtpUser: {
        logicalId: EmailLogicalIds.smtpUser,
        path: identityPath(env.stackPrefix, env.name),
        permissionsBoundaryArn: permissionsBoundaryArn(env.stackPrefix),
        statements: [
          {
            Sid: 'SendAsDify',
            Effect: 'Allow',
            Action: ['ses:SendRawEmail', 'ses:SendEmail'],
            Resource: [identityArn()],
            Condition: { StringEquals: { 'ses:FromAddress': literalText(email.fromAddress) } },
          },
        ],
        tags: tags('smtp'),
      },
      credentialsSecret: {
        logicalId: EmailLogicalIds.smtpCredentialsSecret,
        name: `${env.stackName}/smtp-credentials`,
        description:
          'Dify SMTP credentials for Amazon SES (JSON: username, password), written by the bootstrap function',
        tags: tags('smtp-credentials'),
      },
      credentials: {
        logicalId: EmailLogicalIds.smtpCredentials,
        userName: ref(EmailLogicalIds.smtpUser),
        secretArn: ref(EmailLogicalIds.smtpCredentialsSecret),
      },
    },
  };
}

/** Whether `hostName` is `domain` or one of its subdomains (DNS names compare case-insensitively). */
function isWithin(hostName: string, domain: string): boolean {
  const host = hostName.toLowerCase();
  const parent = domain.toLowerCase();
  return host === parent || host.endsWith(`.${parent}`);
}
