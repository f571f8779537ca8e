import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEnvironment } from '../../src/environment/check-environment.js';
import type { ResolvedEnvironment } from '../../src/environment/resolve-environment.js';
import { closedNetworkEndpoints } from '../../src/environment/vpc-endpoints.js';
import type {
  CloudFormationResource,
  CloudFormationTemplate,
} from '../../src/render/cloudformation-template.js';
import { API_PATH_PREFIXES, MAX_PATHS_PER_CONDITION } from '../../src/render/model/load-balancer-model.js';
import { renderStack } from '../../src/render/render-stack.js';
import { contextFor } from '../support/environment-fixtures.js';

type Overrides = Parameters<typeof contextFor>[0];

function render(overrides: Overrides = {}) {
  return renderStack(contextFor(overrides).environment, 'test');
}

function example(file: string): ResolvedEnvironment {
  const { environment, diagnostics } = checkEnvironment(readFileSync(file, 'utf8'), { file });
  if (!environment) throw new Error(JSON.stringify(diagnostics));
  return environment;
}

function ofType(template: CloudFormationTemplate, type: string): [string, CloudFormationResource][] {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}

function propertiesOf(resource: CloudFormationResource): Record<string, unknown> {
  return resource.Properties ?? {};
}

function props(template: CloudFormationTemplate, logicalId: string): Record<string, unknown> {
  const resource = template.Resources[logicalId];
  if (!resource) throw new Error(`no resource ${logicalId}`);
  return resource.Properties ?? {};
}

const closedNetwork: Overrides = {
  network: { egress: 'none', loadBalancer: { scheme: 'internal', allowedCidrs: ['10.0.0.0/8'] } },
  dify: { images: { source: 'ecr' }, plugins: { egressProxyUrl: 'http://proxy.example.com:3128' } },
};

describe('renderStack', () => {
  it('renders the same bytes for the same input', () => {
    const env = example('examples/environments/prod-closed.json');
    expect(renderStack(env, 'test').text).toBe(renderStack(env, 'test').text);
  });

  it.each(['dev', 'prod-closed'])(
    'renders examples/environments/%s.json as its reviewed golden file',
    (name) => {
      const { text } = renderStack(example(`examples/environments/${name}.json`), 'golden');
      const golden = `test/fixtures/rendered/${name}.template.yaml`;
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    },
  );

  describe('a closed network', () => {
    const { template } = render(closedNetwork);

    it('has no NAT of any kind and no internet gateway route for tasks', () => {
      expect(ofType(template, 'AWS::EC2::NatGateway')).toEqual([]);
      expect(ofType(template, 'AWS::EC2::Instance')).toEqual([]);
      for (const [, route] of ofType(template, 'AWS::EC2::Route')) {
        expect(route.Properties?.RouteTableId).toEqual({ Ref: 'PublicRouteTable' });
      }
    });

    it('has every endpoint Dify needs, with private DNS, and the S3 gateway on the private route tables', () => {
      const endpoints = ofType(template, 'AWS::EC2::VPCEndpoint').map(([, r]) => r.Properties ?? {});
      const services = endpoints.map((p) => JSON.stringify(p.ServiceName));
      for (const { name } of closedNetworkEndpoints(contextFor(closedNetwork).environment)) {
        expect(services.some((s) => s.endsWith(`.${name}"}`))).toBe(true);
      }
      for (const endpoint of endpoints) {
        if (endpoint.VpcEndpointType === 'Interface') expect(endpoint.PrivateDnsEnabled).toBe(true);
        else
          expect(endpoint.RouteTableIds).toEqual([
            { Ref: 'PrivateRouteTable1' },
            { Ref: 'PrivateRouteTable2' },
          ]);
      }
    });

    it('puts an internal load balancer in the private subnets', () => {
      expect(props(template, 'LoadBalancer')).toMatchObject({
        Scheme: 'internal',
        Subnets: [{ Ref: 'PrivateSubnet1' }, { Ref: 'PrivateSubnet2' }],
      });
    });

    it('pulls every image from ECR in the account and region', () => {
      const images = ofType(template, 'AWS::ECS::TaskDefinition').flatMap(([, r]) =>
        (propertiesOf(r).ContainerDefinitions as { Image: unknown }[]).map((c) => JSON.stringify(c.Image)),
      );
      expect(images.length).toBeGreaterThan(5);
      for (const image of images)
        expect(image).toContain('123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/dify-mirror/');
    });
  });

  it('uses an existing VPC without creating one', () => {
    const { template } = renderStack(example('examples/environments/prod-closed.json'), 'test');
    expect(ofType(template, 'AWS::EC2::VPC')).toEqual([]);
    expect(ofType(template, 'AWS::EC2::Subnet')).toEqual([]);
    expect(props(template, 'LoadBalancer').Subnets).toEqual([
      'subnet-0a1b2c3d4e5f60001',
      'subnet-0a1b2c3d4e5f60002',
      'subnet-0a1b2c3d4e5f60003',
    ]);
    expect(props(template, 'S3GatewayEndpoint').RouteTableIds).toEqual([
      'rtb-0a1b2c3d4e5f60011',
      'rtb-0a1b2c3d4e5f60012',
      'rtb-0a1b2c3d4e5f60013',
    ]);
  });

  it.each([
    ['one-per-az', 2],
    ['single', 1],
  ])('creates NAT gateways %s', (natGateways, count) => {
    const { template } = render({ network: { egress: 'nat-gateway', natGateways } });
    expect(ofType(template, 'AWS::EC2::NatGateway')).toHaveLength(count);
    expect(ofType(template, 'AWS::EC2::EIP')).toHaveLength(count);
  });

  it('creates one NAT instance with the image of its architecture', () => {
    const { template } = render({ network: { egress: 'nat-instance', natInstanceType: 't3.nano' } });
    expect(props(template, 'NatInstance')).toMatchObject({
      InstanceType: 't3.nano',
      SourceDestCheck: false,
      ImageId: '{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}',
    });
  });

  describe('the load balancer', () => {
    it('serves HTTPS with a created, DNS-validated certificate and redirects HTTP', () => {
      const { template } = render();
      expect(props(template, 'Certificate')).toMatchObject({
        DomainName: 'dify.example.com',
        ValidationMethod: 'DNS',
      });
      expect(props(template, 'HttpsListener')).toMatchObject({
        Protocol: 'HTTPS',
        Certificates: [{ CertificateArn: { Ref: 'Certificate' } }],
      });
      expect(props(template, 'HttpListener').DefaultActions).toEqual([
        { Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } },
      ]);
      expect(props(template, 'DnsRecord')).toMatchObject({ Name: 'dify.example.com', Type: 'A' });
    });

    it('uses a given certificate without creating one', () => {
      const arn = 'arn:aws:acm:ap-northeast-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
      const { template } = render({ domain: { certificate: arn } });
      expect(template.Resources.Certificate).toBeUndefined();
      expect(props(template, 'HttpsListener').Certificates).toEqual([{ CertificateArn: arn }]);
    });

    it('serves plain HTTP without a domain, with the routes on the HTTP listener', () => {
      const { template } = render({ domain: undefined });
      expect(template.Resources.HttpsListener).toBeUndefined();
      expect(props(template, 'ApiRoute1').ListenerArn).toEqual({ Ref: 'HttpListener' });
    });

    it("replicates Dify's nginx routes within the ALB's five values per condition", () => {
      const { template } = render();
      const rules = ofType(template, 'AWS::ElasticLoadBalancingV2::ListenerRule').map(
        ([, r]) => r.Properties ?? {},
      );
      const routes = new Map<string, unknown>();
      for (const rule of rules) {
        const values =
          (rule.Conditions as { PathPatternConfig: { Values: string[] } }[])[0]?.PathPatternConfig.Values ??
          [];
        expect(values.length).toBeLessThanOrEqual(MAX_PATHS_PER_CONDITION);
        for (const path of values)
          routes.set(path, (rule.Actions as { TargetGroupArn: unknown }[])[0]?.TargetGroupArn);
      }
      for (const prefix of API_PATH_PREFIXES) {
        expect(routes.get(prefix)).toEqual({ Ref: 'ApiTargetGroup' });
        expect(routes.get(`${prefix}/*`)).toEqual({ Ref: 'ApiTargetGroup' });
      }
      expect(routes.get('/e/*')).toEqual({ Ref: 'PluginDaemonTargetGroup' });
    });

    it('keeps idle connections open long enough for streaming', () => {
      const attributes = props(render().template, 'LoadBalancer').LoadBalancerAttributes as {
        Key: string;
        Value: string;
      }[];
      expect(
        Number(attributes.find((a) => a.Key === 'idle_timeout.timeout_seconds')?.Value),
      ).toBeGreaterThanOrEqual(600);
    });
  });

  describe('services', () => {
    const strategies = (template: CloudFormationTemplate) =>
      Object.fromEntries(
        ofType(template, 'AWS::ECS::Service').map(([id, r]) => [
          id,
          (propertiesOf(r).CapacityProviderStrategy as { CapacityProvider: string }[]).map(
            (s) => s.CapacityProvider,
          ),
        ]),
      );

    it('runs api, worker and web on Spot when asked, and beat never', () => {
      expect(strategies(render({ dify: { fargateSpot: true } }).template)).toEqual({
        ApiService: ['FARGATE_SPOT'],
        WorkerService: ['FARGATE_SPOT'],
        BeatService: ['FARGATE'],
        WebService: ['FARGATE_SPOT'],
      });
    });

    it('runs everything on regular Fargate with Spot off', () => {
      expect(Object.values(strategies(render({ dify: { fargateSpot: false } }).template)).flat()).toEqual([
        'FARGATE',
        'FARGATE',
        'FARGATE',
        'FARGATE',
      ]);
    });

    it('runs exactly one beat scheduler, never two during a deployment', () => {
      const beat = props(
        render({ dify: { services: { api: { desiredCount: 4 } } } }).template,
        'BeatService',
      );
      expect(beat).toMatchObject({
        DesiredCount: 1,
        DeploymentConfiguration: { MaximumPercent: 100, MinimumHealthyPercent: 0 },
      });
    });

    it('the worker reaches the plugin daemon, sandbox and SSRF proxy of the API tasks through service discovery', () => {
      const { template } = render();
      expect(props(template, 'ServiceDiscoveryNamespace')).toMatchObject({
        Name: 'test.dify.internal',
        Vpc: { Ref: 'Vpc' },
      });
      expect(template.Resources.ServiceDiscoveryNamespace?.Type).toBe(
        'AWS::ServiceDiscovery::PrivateDnsNamespace',
      );
      expect(template.Resources.ApiDiscoveryService?.Type).toBe('AWS::ServiceDiscovery::Service');
      expect(props(template, 'ApiDiscoveryService')).toMatchObject({
        Name: 'api',
        NamespaceId: { Ref: 'ServiceDiscoveryNamespace' },
        DnsConfig: { DnsRecords: [{ Type: 'A', TTL: 10 }], RoutingPolicy: 'MULTIVALUE' },
        HealthCheckCustomConfig: { FailureThreshold: 1 },
      });
      expect(props(template, 'ApiService').ServiceRegistries).toEqual([
        { RegistryArn: { 'Fn::GetAtt': ['ApiDiscoveryService', 'Arn'] } },
      ]);

      const worker = (
        props(template, 'WorkerTaskDefinition').ContainerDefinitions as {
          Environment: { Name: string; Value: unknown }[];
        }[]
      )[0];
      const variables = Object.fromEntries((worker?.Environment ?? []).map((v) => [v.Name, v.Value]));
      expect(variables).toMatchObject({
        PLUGIN_DAEMON_URL: 'http://api.test.dify.internal:5002',
        CODE_EXECUTION_ENDPOINT: 'http://api.test.dify.internal:8194',
        SSRF_PROXY_HTTP_URL: 'http://api.test.dify.internal:3128',
        SSRF_PROXY_HTTPS_URL: 'http://api.test.dify.internal:3128',
      });

      const selfIngress = ofType(template, 'AWS::EC2::SecurityGroupIngress')
        .map(([, r]) => r.Properties ?? {})
        .filter(
          (p) => JSON.stringify(p.SourceSecurityGroupId) === JSON.stringify({ Ref: 'TaskSecurityGroup' }),
        );
      for (const rule of selfIngress) {
        expect(rule).toMatchObject({ GroupId: { Ref: 'TaskSecurityGroup' }, IpProtocol: 'tcp' });
        expect(rule.FromPort).toBe(rule.ToPort);
        expect(rule.Description).toEqual(expect.any(String));
      }
      expect(selfIngress.map((rule) => rule.FromPort).sort()).toEqual([3128, 5002, 8194]);
      const inlineSelf = JSON.stringify(props(template, 'TaskSecurityGroup').SecurityGroupIngress ?? []);
      expect(inlineSelf).not.toContain('TaskSecurityGroup');
    });

    it('runs tasks in private subnets without public IPs, with ECS Exec and rollback on failure', () => {
      for (const [, service] of ofType(render().template, 'AWS::ECS::Service')) {
        expect(service.Properties).toMatchObject({
          EnableExecuteCommand: true,
          NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } },
          DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } },
        });
      }
    });
  });

  it('gives web and beat, which call no AWS API, a role that allows ECS Exec and nothing else', () => {
    const { template } = render();
    for (const task of ['WebTaskDefinition', 'BeatTaskDefinition']) {
      expect(props(template, task).TaskRoleArn).toEqual({ 'Fn::GetAtt': ['ExecOnlyTaskRole', 'Arn'] });
    }
    for (const task of ['ApiTaskDefinition', 'WorkerTaskDefinition']) {
      expect(props(template, task).TaskRoleArn).toEqual({ 'Fn::GetAtt': ['TaskRole', 'Arn'] });
    }
    const policies = props(template, 'ExecOnlyTaskRole').Policies as {
      PolicyDocument: { Statement: { Action: string[] }[] };
    }[];
    const actions = policies.flatMap((p) => p.PolicyDocument.Statement.flatMap((s) => s.Action));
    expect(actions.every((action) => action.startsWith('ssmmessages:'))).toBe(true);
  });

  it('protects every stateful resource from deletion and replacement', () => {
    const { template } = render();
    expect(template.Resources.DatabaseCluster).toMatchObject({
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
    });
    expect(template.Resources.StorageBucket).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
    for (const [, secret] of ofType(template, 'AWS::SecretsManager::Secret')) {
      expect(secret).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });

  it('generates four distinct keys and gives each container only ECS secrets for them', () => {
    const { template } = render();
    const secretsOf = (name: string) =>
      ofType(template, 'AWS::ECS::TaskDefinition')
        .flatMap(
          ([, r]) =>
            r.Properties?.ContainerDefinitions as { Secrets?: { Name: string; ValueFrom: unknown }[] }[],
        )
        .flatMap((c) => c.Secrets ?? [])
        .filter((s) => s.Name === name)
        .map((s) => JSON.stringify(s.ValueFrom));
    const keys = [
      'SECRET_KEY',
      'CODE_EXECUTION_API_KEY',
      'PLUGIN_DAEMON_KEY',
      'INNER_API_KEY_FOR_PLUGIN',
    ].map((name) => secretsOf(name)[0]);
    expect(keys.every((k) => k !== undefined)).toBe(true);
    expect(new Set(keys).size).toBe(4);
  });

  it('creates the email identity and mail settings when email is set', () => {
    const { template } = render({ email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' } });
    expect(ofType(template, 'AWS::SES::EmailIdentity')).toHaveLength(1);
    expect(JSON.stringify(template.Resources.ApiTaskDefinition)).toContain('"MAIL_TYPE"');
  });

  it('has the outputs operators need', () => {
    const outputs = Object.keys(render().template.Outputs ?? {});
    for (const name of [
      'DifyUrl',
      'ClusterName',
      'ApiServiceName',
      'ApiTaskDefinitionFamily',
      'DatabaseEndpoint',
      'ApiShellCommand',
    ]) {
      expect(outputs).toContain(name);
    }
  });

  it.each(['dev', 'prod-closed'])(
    "puts every role and user of %s on the environment's path, held by the bootstrap's boundary",
    (name) => {
      const { template } = renderStack(example(`examples/environments/${name}.json`), 'test');
      const identities = [...ofType(template, 'AWS::IAM::Role'), ...ofType(template, 'AWS::IAM::User')];
      expect(identities.length).toBeGreaterThanOrEqual(4);
      for (const [, identity] of identities) {
        expect(propertiesOf(identity).Path).toBe(`/dify-${name === 'dev' ? 'dev' : 'prod'}/`);
        expect(propertiesOf(identity).PermissionsBoundary).toEqual({
          'Fn::Sub':
            'arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/dify-aws-kit/dify-permissions-boundary',
        });
      }
    },
  );

  it('tags every resource that takes tags with its environment, which the IAM conditions rely on', () => {
    const { template } = renderStack(example('examples/environments/prod-closed.json'), 'test');
    const tagged = Object.values(template.Resources).filter((resource) =>
      Array.isArray(propertiesOf(resource).Tags),
    );
    expect(tagged.length).toBeGreaterThan(40);
    for (const resource of tagged) {
      expect(propertiesOf(resource).Tags).toContainEqual({ Key: 'dify-aws-kit:environment', Value: 'prod' });
    }
    // A file cannot claim another environment's tag: the schema keeps the dify-aws-kit: prefix for the kit.
    expect(() => render({ tags: { 'dify-aws-kit:environment': 'prod' } })).toThrow(
      /reserves for its own tags/,
    );
  });
});
