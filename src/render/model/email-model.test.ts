import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import type { CloudFormationResource } from '../cloudformation-template.js';
import { renderEnvironment } from '../nunjucks-environment.js';
import { buildDataModel } from './data-model.js';
import { buildEmailModel } from './email-model.js';
import { buildNetworkModel } from './network-model.js';

type Overrides = Parameters<typeof contextFor>[0];

const EMAIL = { email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' } };
const emailFor = (overrides: Overrides = {}) =>
  buildEmailModel(contextFor({ ...EMAIL, ...overrides }).environment);

function renderEmail(overrides: Overrides = {}): Record<string, CloudFormationResource> {
  const env = contextFor({ ...EMAIL, ...overrides }).environment;
  const network = buildNetworkModel(env);
  const text = renderEnvironment().render('partials/email.yaml.njk', {
    email: buildEmailModel(env),
    data: buildDataModel(env, network),
  });
  return (parse(`Resources:\n${text}`) as { Resources: Record<string, CloudFormationResource> }).Resources;
}

describe('the email area', () => {
  it("gives Dify SES's SMTP endpoint in the stack's region, on the STARTTLS port", () => {
    const email = emailFor();
    expect(email.fromAddress).toBe('dify@example.com');
    expect(email.smtpHost).toBe('email-smtp.ap-northeast-1.amazonaws.com');
    expect(email.smtpPort).toBe(587);
    expect(emailFor({ region: 'eu-west-1' }).smtpHost).toBe('email-smtp.eu-west-1.amazonaws.com');
  });

  it('reads the SMTP credentials from the secret through the custom resource that stores them, so readers wait for it', () => {
    const email = emailFor();
    expect(email.smtpUsernameValueFrom).toEqual({ 'Fn::Sub': '${SmtpCredentials.SecretArn}:username::' });
    expect(email.smtpPasswordValueFrom).toEqual({ 'Fn::Sub': '${SmtpCredentials.SecretArn}:password::' });
    expect(email.readableSecretArns).toEqual([{ Ref: 'SmtpCredentialsSecret' }]);
  });

  it('creates the three DKIM records when the host name lies in the sending domain and there is a hosted zone', () => {
    const records = emailFor().resources.dkimRecords;
    expect(records.map((r) => r.logicalId)).toEqual([
      'EmailDkimRecord1',
      'EmailDkimRecord2',
      'EmailDkimRecord3',
    ]);
    expect(records[2]).toEqual({
      logicalId: 'EmailDkimRecord3',
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      name: { 'Fn::GetAtt': ['EmailIdentity', 'DkimDNSTokenName3'] },
      value: { 'Fn::GetAtt': ['EmailIdentity', 'DkimDNSTokenValue3'] },
    });
    expect(emailFor({ domain: { hostName: 'Example.COM' } }).resources.dkimRecords).toHaveLength(3);
  });

  it('creates no DKIM record outside the hosted zone or without one', () => {
    expect(
      emailFor({ email: { sendingDomain: 'mail.example.com', fromAddress: 'dify@mail.example.com' } })
        .resources.dkimRecords,
    ).toEqual([]);
    expect(emailFor({ domain: { hostName: 'dify.notexample.com' } }).resources.dkimRecords).toEqual([]);
    expect(
      emailFor({
        domain: {
          hostName: 'dify.example.com',
          hostedZoneId: undefined,
          certificate:
            'arn:aws:acm:ap-northeast-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        },
      }).resources.dkimRecords,
    ).toEqual([]);
    expect(emailFor({ domain: undefined }).resources.dkimRecords).toEqual([]);
  });

  it('lets the SMTP user send only as the from address, through the domain identity', () => {
    expect(emailFor().resources.smtpUser.statements).toEqual([
      {
        Sid: 'SendAsDify',
        Effect: 'Allow',
        Action: ['ses:SendRawEmail', 'ses:SendEmail'],
        Resource: [
          {
            'Fn::Sub': 'arn:${AWS::Partition}:ses:${AWS::Region}:${AWS::AccountId}:identity/${EmailIdentity}',
          },
        ],
        Condition: { StringEquals: { 'ses:FromAddress': 'dify@example.com' } },
      },
    ]);
  });

  it('refuses an environment without email', () => {
    expect(() => buildEmailModel(contextFor().environment)).toThrow(/email/);
  });

  it('renders the identity with Easy DKIM, the records, the user, a kept secret and the custom resource, with no secret value', () => {
    const resources = renderEmail();
    expect(Object.keys(resources)).toEqual([
      'EmailIdentity',
      'EmailDkimRecord1',
      'EmailDkimRecord2',
      'EmailDkimRecord3',
      'SmtpUser',
      'SmtpCredentialsSecret',
      'SmtpCredentials',
    ]);
    expect(resources.EmailIdentity?.Properties).toEqual({
      EmailIdentity: 'example.com',
      DkimAttributes: { SigningEnabled: true },
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
    });
    expect(resources.EmailDkimRecord1?.Properties).toEqual({
      HostedZoneId: 'Z0123456789ABCDEFGHIJ',
      Name: { 'Fn::GetAtt': ['EmailIdentity', 'DkimDNSTokenName1'] },
      Type: 'CNAME',
      TTL: '1800',
      ResourceRecords: [{ 'Fn::GetAtt': ['EmailIdentity', 'DkimDNSTokenValue1'] }],
    });
    expect(resources.SmtpCredentialsSecret).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    expect(resources.SmtpCredentialsSecret?.Properties).not.toHaveProperty('SecretString');
    expect(resources.SmtpCredentials).toEqual({
      Type: 'Custom::SmtpCredentials',
      Properties: {
        ServiceToken: { 'Fn::GetAtt': ['BootstrapFunction', 'Arn'] },
        ServiceTimeout: 900,
        Task: 'smtp-credentials',
        UserName: { Ref: 'SmtpUser' },
        SecretArn: { Ref: 'SmtpCredentialsSecret' },
      },
    });
    expect(resources.SmtpUser?.Properties).not.toHaveProperty('UserName');
  });
});
