import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { ResolvedEnvironment } from '../../../environment/resolve-environment.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { openIngress } from './sec001-open-ingress.js';

/** The fixture: internet-facing, allowedCidrs ["203.0.113.0/24"]. */
const restricted = contextFor().environment;
const openToEveryone = contextFor({ network: { loadBalancer: { allowedCidrs: undefined } } }).environment;
const listedEveryone = contextFor({ network: { loadBalancer: { allowedCidrs: ['0.0.0.0/0'] } } }).environment;
const internal = contextFor({
  network: { loadBalancer: { scheme: 'internal', allowedCidrs: undefined } },
}).environment;

const check = (template: CloudFormationTemplate, environment: ResolvedEnvironment = restricted) =>
  openIngress.check({ template, text: JSON.stringify(template), environment });

const tcp = (port: number, cidr: Record<string, unknown>) => ({
  IpProtocol: 'tcp',
  FromPort: port,
  ToPort: port,
  ...cidr,
});

/** A load balancer whose group admits `ingress`, and a service group that admits the load balancer. */
const stack = (ingress: readonly unknown[]): CloudFormationTemplate => ({
  Resources: {
    LoadBalancerSecurityGroup: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'load balancer', SecurityGroupIngress: ingress },
    },
    ServiceSecurityGroup: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'services',
        SecurityGroupIngress: [
          {
            IpProtocol: 'tcp',
            FromPort: 5001,
            ToPort: 5001,
            SourceSecurityGroupId: { 'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId'] },
          },
          tcp(5001, { CidrIp: '10.0.0.0/16' }),
        ],
      },
    },
    LoadBalancer: {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: { SecurityGroups: [{ 'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId'] }] },
    },
  },
});

const error = (logicalId: string, path: string, message: string) => ({
  ruleId: 'SEC001',
  severity: 'error',
  logicalId,
  path,
  message,
});

describe('SEC001 open ingress', () => {
  it('accepts a load balancer limited to the allowed ranges', () => {
    expect(
      check(stack([tcp(443, { CidrIp: '203.0.113.0/24' }), tcp(80, { CidrIp: '203.0.113.0/24' })])),
    ).toEqual([]);
  });

  it('lets the load balancer admit everyone on 80 and 443 when the environment asks for it', () => {
    const open = stack([
      tcp(80, { CidrIp: '0.0.0.0/0' }),
      tcp(443, { CidrIp: '0.0.0.0/0' }),
      tcp(443, { CidrIpv6: '::/0' }),
    ]);
    expect(check(open, openToEveryone)).toEqual([]);
    expect(check(stack([tcp(443, { CidrIp: '0.0.0.0/0' })]), listedEveryone)).toEqual([]);
  });

  it('refuses 0.0.0.0/0 on the load balancer when the environment lists other ranges', () => {
    expect(check(stack([tcp(443, { CidrIp: '0.0.0.0/0' })]))).toEqual([
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.0.CidrIp',
        "ingress from 0.0.0.0/0 reaches the load balancer on port 443, but the environment admits only network.loadBalancer.allowedCidrs: anyone on the internet could reach Dify's login page and APIs",
      ),
    ]);
  });

  it('refuses ::/0 when the environment listed 0.0.0.0/0, an IPv4 range', () => {
    expect(check(stack([tcp(443, { CidrIpv6: '::/0' })]), listedEveryone)).toEqual([
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.0.CidrIpv6',
        'ingress from ::/0 reaches the load balancer on port 443, but network.loadBalancer.allowedCidrs lists IPv4 ranges only: no one asked to open Dify to every IPv6 address',
      ),
    ]);
  });

  it('refuses an open internal load balancer', () => {
    expect(check(stack([tcp(80, { CidrIp: '0.0.0.0/0' })]), internal)).toEqual([
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.0.CidrIp',
        "ingress from 0.0.0.0/0 reaches the load balancer on port 80, but the environment's load balancer is internal: it should admit only the VPC range or network.loadBalancer.allowedCidrs, not every network routed to the VPC",
      ),
    ]);
  });

  it('refuses everyone on the load balancer beyond its listener ports', () => {
    const ports = stack([
      tcp(8080, { CidrIp: '0.0.0.0/0' }),
      { IpProtocol: 'tcp', FromPort: 80, ToPort: 443, CidrIp: '0.0.0.0/0' },
      { IpProtocol: '-1', CidrIp: '0.0.0.0/0' },
      { IpProtocol: 'udp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
    ]);
    const onlyListeners = (ports: string) =>
      `ingress from 0.0.0.0/0 opens the load balancer's security group on ${ports}: only the listener ports (80 and 443) may be open to everyone`;
    expect(check(ports, openToEveryone)).toEqual([
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.0.CidrIp',
        onlyListeners('port 8080'),
      ),
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.1.CidrIp',
        onlyListeners('ports 80-443'),
      ),
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.2.CidrIp',
        onlyListeners('every protocol and port'),
      ),
      error(
        'LoadBalancerSecurityGroup',
        'Properties.SecurityGroupIngress.3.CidrIp',
        onlyListeners('udp port 443'),
      ),
    ]);
  });

  it('refuses everyone on any other security group, whatever the environment', () => {
    const template: CloudFormationTemplate = {
      Parameters: { AdminCidr: { Type: 'String', Default: '0.0.0.0/0' } },
      Resources: {
        ...stack([]).Resources,
        DatabaseSecurityGroup: {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'database',
            SecurityGroupIngress: [
              tcp(5432, { CidrIp: { Ref: 'AdminCidr' } }),
              { 'Fn::If': ['IsDev', tcp(443, { CidrIpv6: '::/0' }), { Ref: 'AWS::NoValue' }] },
            ],
          },
        },
        ServiceHttps: {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: {
            GroupId: { Ref: 'ServiceSecurityGroup' },
            IpProtocol: 'tcp',
            FromPort: 443,
            ToPort: 443,
            CidrIp: '0.0.0.0/0',
          },
        },
      },
    };
    const anywhere = (cidr: string) =>
      `ingress from ${cidr} opens this security group to anywhere on the internet: only the load balancer's security group may admit everyone, and only on its listener ports`;
    expect(check(template, openToEveryone)).toEqual([
      error('DatabaseSecurityGroup', 'Properties.SecurityGroupIngress.0.CidrIp', anywhere('0.0.0.0/0')),
      error('DatabaseSecurityGroup', 'Properties.SecurityGroupIngress.1.Fn::If.1.CidrIpv6', anywhere('::/0')),
      error('ServiceHttps', 'Properties.CidrIp', anywhere('0.0.0.0/0')),
    ]);
  });

  it('applies the exception to a standalone ingress rule on the load balancer group', () => {
    const template: CloudFormationTemplate = {
      Resources: {
        ...stack([]).Resources,
        LoadBalancerHttps: {
          Type: 'AWS::EC2::SecurityGroupIngress',
          Properties: {
            GroupId: { 'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId'] },
            IpProtocol: 'tcp',
            FromPort: 443,
            ToPort: 443,
            CidrIp: '0.0.0.0/0',
          },
        },
      },
    };
    expect(check(template, openToEveryone)).toEqual([]);
    expect(check(template)).toEqual([
      error(
        'LoadBalancerHttps',
        'Properties.CidrIp',
        "ingress from 0.0.0.0/0 reaches the load balancer on port 443, but the environment admits only network.loadBalancer.allowedCidrs: anyone on the internet could reach Dify's login page and APIs",
      ),
    ]);
  });

  it('sees through ranges that together admit everyone, on the load balancer and elsewhere', () => {
    const split = stack([tcp(443, { CidrIp: '0.0.0.0/1' }), tcp(443, { CidrIp: '128.0.0.0/1' })]);
    const message =
      "ingress from 0.0.0.0/1, 128.0.0.0/1 (together, every public IPv4 address) reaches the load balancer on port 443, but the environment admits only network.loadBalancer.allowedCidrs: anyone on the internet could reach Dify's login page and APIs";
    expect(check(split)).toEqual([
      error('LoadBalancerSecurityGroup', 'Properties.SecurityGroupIngress.0.CidrIp', message),
      error('LoadBalancerSecurityGroup', 'Properties.SecurityGroupIngress.1.CidrIp', message),
    ]);
    // Asked for by ranges that cover everyone together: accepted, as 0.0.0.0/0 is (NET006 warns).
    const askedSplit = contextFor({
      network: { loadBalancer: { allowedCidrs: ['0.0.0.0/1', '128.0.0.0/1'] } },
    }).environment;
    expect(check(split, askedSplit)).toEqual([]);
    // Different ports do not add up; an every-protocol rule counts towards each port.
    expect(check(stack([tcp(443, { CidrIp: '0.0.0.0/1' }), tcp(80, { CidrIp: '128.0.0.0/1' })]))).toEqual([]);
    const everyProtocol = stack([
      tcp(443, { CidrIp: '0.0.0.0/1' }),
      { IpProtocol: '-1', CidrIp: '128.0.0.0/1' },
    ]);
    expect(check(everyProtocol).map((finding) => finding.path)).toEqual([
      'Properties.SecurityGroupIngress.0.CidrIp',
      'Properties.SecurityGroupIngress.1.CidrIp',
    ]);
  });

  it('sees through IPv6 ranges that together admit everyone', () => {
    const split = stack([tcp(443, { CidrIpv6: '2000::/4' }), tcp(443, { CidrIpv6: '3000::/4' })]);
    expect(check(split).map((finding) => finding.path)).toEqual([
      'Properties.SecurityGroupIngress.0.CidrIpv6',
      'Properties.SecurityGroupIngress.1.CidrIpv6',
    ]);
  });
});
