import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import { noPublicTaskIp } from './sec004-no-public-task-ip.js';

const environment = contextFor().environment;
const check = (template: CloudFormationTemplate) =>
  noPublicTaskIp.check({ template, text: JSON.stringify(template), environment });

const service = (awsvpc: Record<string, unknown>) => ({
  Type: 'AWS::ECS::Service',
  Properties: { NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'], ...awsvpc } } },
});

const publicIp = (value: string) =>
  `the service's tasks get a public IP address (AssignPublicIp is ${value}): Dify's containers would sit on the internet beside the load balancer, guarded only by their security group; run them in private subnets with AssignPublicIp DISABLED`;

describe('SEC004 no public task IP', () => {
  it('accepts services with AssignPublicIp DISABLED or absent', () => {
    expect(
      check({
        Resources: {
          Api: service({ AssignPublicIp: 'DISABLED' }),
          Web: service({}),
          Bare: { Type: 'AWS::ECS::Service', Properties: {} },
        },
      }),
    ).toEqual([]);
  });

  it('refuses a service that gives its tasks a public IP, also behind a condition', () => {
    expect(
      check({
        Resources: {
          Api: service({ AssignPublicIp: 'ENABLED' }),
          Web: service({ AssignPublicIp: { 'Fn::If': ['IsDev', 'ENABLED', 'DISABLED'] } }),
        },
      }),
    ).toEqual([
      {
        ruleId: 'SEC004',
        severity: 'error',
        logicalId: 'Api',
        path: 'Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp',
        message: publicIp('"ENABLED"'),
      },
      {
        ruleId: 'SEC004',
        severity: 'error',
        logicalId: 'Web',
        path: 'Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp.Fn::If.1',
        message: publicIp('"ENABLED"'),
      },
    ]);
  });
});
