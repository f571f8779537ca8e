import { describe, expect, it } from 'vitest';
import { containerLogGroups, natPlan, stackSecrets, vpcEndpointPlan } from '../../src/cost/stack-shape.js';
import type { CloudFormationTemplate } from '../../src/render/cloudformation-template.js';
import { renderStack } from '../../src/render/render-stack.js';
import { contextFor } from '../support/environment-fixtures.js';

const count = (
  template: CloudFormationTemplate,
  type: string,
  where: (p: Record<string, unknown>) => boolean = () => true,
) => Object.values(template.Resources).filter((r) => r.Type === type && where(r.Properties ?? {})).length;

/** The estimate prices what the template creates: the same shape, counted from both sides. */
describe('the cost estimate and the rendered template', () => {
  it.each([
    ['the minimal environment', {}],
    [
      'a closed network with email and an Exec key',
      {
        network: { egress: 'none', loadBalancer: { scheme: 'internal' } },
        dify: { images: { source: 'ecr' }, plugins: { egressProxyUrl: 'http://proxy.example.com:3128' } },
        email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' },
        operations: {
          execSessionKmsKeyArn:
            'arn:aws:kms:ap-northeast-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        },
      },
    ],
    [
      'NAT gateways in three zones',
      { network: { vpc: { mode: 'create', cidr: '10.0.0.0/16', availabilityZones: 3 } } },
    ],
  ])(
    'count the same secrets, endpoints, NAT gateways and container log groups for %s',
    (_name, overrides) => {
      const environment = contextFor(overrides).environment;
      const { template } = renderStack(environment, 'test');
      expect(count(template, 'AWS::SecretsManager::Secret')).toBe(stackSecrets(environment).length);
      expect(count(template, 'AWS::EC2::VPCEndpoint', (p) => p.VpcEndpointType === 'Interface')).toBe(
        vpcEndpointPlan(environment).interface.length,
      );
      const nat = natPlan(environment);
      expect(count(template, 'AWS::EC2::NatGateway')).toBe(nat.kind === 'gateway' ? nat.count : 0);
      expect(count(template, 'AWS::EC2::Instance')).toBe(nat.kind === 'instance' ? 1 : 0);
      const containerLogs = Object.entries(template.Resources).filter(
        ([id, r]) => r.Type === 'AWS::Logs::LogGroup' && id !== 'BootstrapFunctionLogGroup',
      );
      expect(containerLogs).toHaveLength(containerLogGroups.length);
    },
  );
});
