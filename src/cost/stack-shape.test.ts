import { describe, expect, it } from 'vitest';
import { contextFor } from '../../test/support/environment-fixtures.js';
import {
  auroraPlan,
  availabilityZoneCount,
  cachePlan,
  containerLogGroups,
  fargateServices,
  loadBalancerPlan,
  natPlan,
  publicIpv4Plan,
  stackSecrets,
  vpcEndpointPlan,
} from './stack-shape.js';

const env = (overrides: Record<string, unknown> = {}) => contextFor(overrides).environment;

const existingVpc = (zones: string[]) => ({
  mode: 'existing',
  id: 'vpc-0a1b2c3d4e5f67890',
  cidr: '10.20.0.0/16',
  privateSubnets: zones.map((zone, i) => ({
    id: `subnet-0a1b2c3d4e5f6000${i}`,
    availabilityZone: zone,
    cidr: `10.20.${10 + i}.0/24`,
  })),
});

describe('availabilityZoneCount', () => {
  it('is the number a new VPC spreads over, 2 by default', () => {
    expect(availabilityZoneCount(env())).toBe(2);
    expect(
      availabilityZoneCount(
        env({ network: { vpc: { mode: 'create', cidr: '10.0.0.0/16', availabilityZones: 3 } } }),
      ),
    ).toBe(3);
  });

  it('counts the distinct zones of an existing VPC’s private subnets', () => {
    const three = existingVpc(['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d']);
    expect(
      availabilityZoneCount(env({ network: { vpc: three, loadBalancer: { scheme: 'internal' } } })),
    ).toBe(3);
    const twoInThree = existingVpc(['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1a']);
    expect(
      availabilityZoneCount(env({ network: { vpc: twoInThree, loadBalancer: { scheme: 'internal' } } })),
    ).toBe(2);
  });
});

describe('natPlan', () => {
  it('puts one NAT gateway with an Elastic IP in each AZ by default', () => {
    expect(natPlan(env())).toEqual({ kind: 'gateway', count: 2, elasticIps: 2 });
    expect(
      natPlan(env({ network: { vpc: { mode: 'create', cidr: '10.0.0.0/16', availabilityZones: 3 } } })),
    ).toEqual({ kind: 'gateway', count: 3, elasticIps: 3 });
  });

  it('creates a single NAT gateway when asked', () => {
    expect(natPlan(env({ network: { natGateways: 'single' } }))).toEqual({
      kind: 'gateway',
      count: 1,
      elasticIps: 1,
    });
  });

  it('creates one NAT instance of the chosen type with a public address', () => {
    expect(natPlan(env({ network: { egress: 'nat-instance' } }))).toEqual({
      kind: 'instance',
      instanceType: 't4g.nano',
      publicIpv4: 1,
    });
    expect(natPlan(env({ network: { egress: 'nat-instance', natInstanceType: 't4g.small' } }))).toMatchObject(
      {
        instanceType: 't4g.small',
      },
    );
  });

  it('creates no NAT in a closed network', () => {
    expect(natPlan(env({ network: { egress: 'none' } }))).toEqual({ kind: 'none', reason: 'closed-network' });
  });

  it('creates no NAT in an existing VPC, whatever egress says', () => {
    const vpc = existingVpc(['ap-northeast-1a', 'ap-northeast-1c']);
    for (const egress of ['nat-gateway', 'nat-instance', 'none']) {
      expect(natPlan(env({ network: { vpc, egress, loadBalancer: { scheme: 'internal' } } }))).toEqual({
        kind: 'none',
        reason: 'existing-vpc',
      });
    }
  });
});

describe('vpcEndpointPlan', () => {
  it('has only the free S3 gateway endpoint by default', () => {
    expect(vpcEndpointPlan(env())).toEqual({ gateway: ['s3'], interface: [], interfaceEnis: 0 });
  });

  it('counts one ENI per interface endpoint per AZ in a closed network', () => {
    const plan = vpcEndpointPlan(env({ network: { egress: 'none' }, dify: { images: { source: 'ecr' } } }));
    expect(plan.gateway).toEqual(['s3']);
    expect(plan.interface).toEqual([
      'ecr.api',
      'ecr.dkr',
      'logs',
      'secretsmanager',
      'ssm',
      'ssmmessages',
      'bedrock-runtime',
      'bedrock',
    ]);
    expect(plan.interfaceEnis).toBe(16);
  });

  it('follows an explicit list', () => {
    expect(vpcEndpointPlan(env({ network: { vpcEndpoints: ['logs', 'sts'] } }))).toEqual({
      gateway: [],
      interface: ['logs', 'sts'],
      interfaceEnis: 4,
    });
  });
});

describe('loadBalancerPlan and publicIpv4Plan', () => {
  it('gives an internet-facing load balancer one public address per AZ', () => {
    expect(loadBalancerPlan(env())).toEqual({ scheme: 'internet-facing', publicIpv4: 2 });
    expect(loadBalancerPlan(env({ network: { loadBalancer: { scheme: 'internal' } } }))).toEqual({
      scheme: 'internal',
      publicIpv4: 0,
    });
  });

  it('adds the NAT gateways’ Elastic IPs or the NAT instance’s address', () => {
    expect(publicIpv4Plan(env())).toEqual({ loadBalancer: 2, nat: 2, total: 4 });
    expect(publicIpv4Plan(env({ network: { natGateways: 'single' } }))).toEqual({
      loadBalancer: 2,
      nat: 1,
      total: 3,
    });
    expect(publicIpv4Plan(env({ network: { egress: 'nat-instance' } }))).toEqual({
      loadBalancer: 2,
      nat: 1,
      total: 3,
    });
    expect(
      publicIpv4Plan(env({ network: { egress: 'none', loadBalancer: { scheme: 'internal' } } })),
    ).toEqual({ loadBalancer: 0, nat: 0, total: 0 });
  });
});

describe('fargateServices', () => {
  it('lists api, worker, web and beat with their sizes; beat runs once', () => {
    expect(
      fargateServices(env({ dify: { services: { api: { desiredCount: 2 }, web: { desiredCount: 3 } } } })),
    ).toEqual([
      { name: 'api', cpu: 2048, memory: 4096, desiredCount: 2, spot: false },
      { name: 'worker', cpu: 1024, memory: 2048, desiredCount: 1, spot: false },
      { name: 'web', cpu: 512, memory: 1024, desiredCount: 3, spot: false },
      { name: 'beat', cpu: 256, memory: 512, desiredCount: 1, spot: false },
    ]);
  });

  it('puts api, worker and web on Spot, never beat', () => {
    const spot = fargateServices(env({ dify: { fargateSpot: true } }));
    expect(spot.map((s) => [s.name, s.spot])).toEqual([
      ['api', true],
      ['worker', true],
      ['web', true],
      ['beat', false],
    ]);
  });
});

describe('auroraPlan and cachePlan', () => {
  it('reads the capacity range and one writer', () => {
    expect(auroraPlan(env())).toEqual({ minCapacity: 0.5, maxCapacity: 4, instances: 1 });
    expect(auroraPlan(env({ database: { minCapacity: 0, maxCapacity: 2 } }))).toEqual({
      minCapacity: 0,
      maxCapacity: 2,
      instances: 1,
    });
  });

  it('counts the primary and its replicas', () => {
    expect(cachePlan(env())).toEqual({ nodeType: 'cache.t4g.micro', nodes: 2 });
    expect(cachePlan(env({ cache: { nodeType: 'cache.r7g.large', replicas: 0 } }))).toEqual({
      nodeType: 'cache.r7g.large',
      nodes: 1,
    });
  });
});

describe('stackSecrets and containerLogGroups', () => {
  it('names the secrets the secrets area renders, and the SMTP credentials with email', () => {
    const secrets = stackSecrets(contextFor().environment);
    expect(secrets).toEqual([
      'DatabaseMasterSecret',
      'SecretKeySecret',
      'SandboxApiKeySecret',
      'PluginDaemonKeySecret',
      'PluginInnerApiKeySecret',
      'CacheAuthTokenSecret',
      'CeleryBrokerUrlSecret',
    ]);
    const withEmail = stackSecrets(
      contextFor({ email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' } }).environment,
    );
    expect(withEmail).toEqual([...secrets, 'SmtpCredentialsSecret']);
  });

  it('has one log group per container', () => {
    expect(containerLogGroups).toEqual([
      'api',
      'worker',
      'beat',
      'web',
      'plugin-daemon',
      'sandbox',
      'ssrf-proxy',
    ]);
  });
});
