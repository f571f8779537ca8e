import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { ResolvedEnvironment } from '../../../environment/resolve-environment.js';
import type { CloudFormationResource, CloudFormationTemplate } from '../../cloudformation-template.js';
import { httpsWhenDomain } from './sec006-https-when-domain.js';

/** The fixture serves dify.example.com. */
const withDomain = contextFor().environment;
const withoutDomain = contextFor({ domain: undefined }).environment;

const check = (template: CloudFormationTemplate, environment: ResolvedEnvironment = withDomain) =>
  httpsWhenDomain.check({ template, text: JSON.stringify(template), environment });

const error = (logicalId: string, path: string, message: string) => ({
  ruleId: 'SEC006',
  severity: 'error',
  logicalId,
  path,
  message,
});

const https: CloudFormationResource = {
  Type: 'AWS::ElasticLoadBalancingV2::Listener',
  Properties: {
    LoadBalancerArn: { Ref: 'LoadBalancer' },
    Port: 443,
    Protocol: 'HTTPS',
    Certificates: [{ CertificateArn: { Ref: 'Certificate' } }],
    DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargets' } }],
  },
};
const redirect: CloudFormationResource = {
  Type: 'AWS::ElasticLoadBalancingV2::Listener',
  Properties: {
    LoadBalancerArn: { Ref: 'LoadBalancer' },
    Port: 80,
    Protocol: 'HTTP',
    DefaultActions: [
      { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
    ],
  },
};
const apiRule = (listener: string): CloudFormationResource => ({
  Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
  Properties: {
    ListenerArn: { Ref: listener },
    Priority: 10,
    Conditions: [{ Field: 'path-pattern', Values: ['/console/api/*'] }],
    Actions: [{ Type: 'forward', TargetGroupArn: { Ref: 'ApiTargets' } }],
  },
});
const plainHttp: CloudFormationResource = {
  Type: 'AWS::ElasticLoadBalancingV2::Listener',
  Properties: {
    Port: 80,
    Protocol: 'HTTP',
    DefaultActions: [{ Type: 'forward', TargetGroupArn: { Ref: 'WebTargets' } }],
  },
};

describe('SEC006 HTTPS when there is a domain', () => {
  it('accepts an HTTPS listener with a certificate and an HTTP listener that only redirects', () => {
    expect(check({ Resources: { Https: https, Http: redirect, ApiRule: apiRule('Https') } })).toEqual([]);
  });

  it('does not apply without a domain', () => {
    expect(check({ Resources: { Http: plainHttp, ApiRule: apiRule('Http') } }, withoutDomain)).toEqual([]);
  });

  it('refuses a template with no HTTPS listener', () => {
    expect(check({ Resources: { Http: redirect } })).toEqual([
      {
        ruleId: 'SEC006',
        severity: 'error',
        message:
          'the environment serves Dify on dify.example.com but no load balancer listener uses HTTPS: console passwords and API keys would cross the network unencrypted',
      },
    ]);
  });

  it('refuses an HTTPS listener without a certificate', () => {
    const noCertificate: CloudFormationResource = {
      ...https,
      Properties: { ...https.Properties, Certificates: [] },
    };
    expect(check({ Resources: { Https: noCertificate, Http: redirect } })).toEqual([
      error(
        'Https',
        'Properties.Certificates',
        'the HTTPS listener has no certificate (a Certificates entry with CertificateArn): it cannot serve dify.example.com',
      ),
    ]);
  });

  it('refuses an HTTP listener that forwards, or redirects anywhere but HTTPS', () => {
    const keepsHttp: CloudFormationResource = {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        Port: 8080,
        Protocol: 'HTTP',
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Port: '80' } }],
      },
    };
    const toHttp: CloudFormationResource = {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        Port: 81,
        Protocol: 'HTTP',
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTP' } }],
      },
    };
    const noAction: CloudFormationResource = {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: { Port: 82, Protocol: 'HTTP' },
    };
    expect(
      check({
        Resources: {
          Https: https,
          Http: plainHttp,
          KeepsHttp: keepsHttp,
          ToHttp: toHttp,
          NoAction: noAction,
        },
      }),
    ).toEqual([
      error(
        'Http',
        'Properties.DefaultActions.0.Type',
        'the plain HTTP listener\'s default action is "forward", not a redirect: with a domain it must redirect to HTTPS, or Dify is served unencrypted',
      ),
      error(
        'KeepsHttp',
        'Properties.DefaultActions.0.RedirectConfig.Protocol',
        'the plain HTTP listener redirects without a Protocol, which keeps HTTP: it must redirect to HTTPS, or Dify stays unencrypted',
      ),
      error(
        'ToHttp',
        'Properties.DefaultActions.0.RedirectConfig.Protocol',
        'the plain HTTP listener redirects to "HTTP": it must redirect to HTTPS, or Dify stays unencrypted',
      ),
      error(
        'NoAction',
        'Properties.DefaultActions',
        'the plain HTTP listener has no default action: with a domain it must redirect to HTTPS',
      ),
    ]);
  });

  it('refuses a listener rule on the HTTP listener', () => {
    expect(check({ Resources: { Https: https, Http: redirect, ApiRule: apiRule('Http') } })).toEqual([
      error(
        'ApiRule',
        'Properties.ListenerArn',
        'the rule is attached to the plain HTTP listener "Http": with a domain, HTTP must only redirect to HTTPS, or the rule\'s routes serve Dify unencrypted',
      ),
    ]);
  });
});
