import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { describeValue, lookup, resourcesOfType } from './template-walk.js';

export const noPublicTaskIp: TemplateRule = {
  id: 'SEC004',
  title: 'ECS tasks get no public IP address',
  check({ template }) {
    const findings: TemplateFinding[] = [];
    for (const [logicalId, service] of resourcesOfType(template, 'AWS::ECS::Service')) {
      for (const { value, path } of lookup(service.Properties, 'Properties', [
        'NetworkConfiguration',
        'AwsvpcConfiguration',
        'AssignPublicIp',
      ])) {
        if (value === undefined || value === 'DISABLED') continue;
        findings.push({
          ruleId: 'SEC004',
          severity: 'error',
          logicalId,
          path,
          message: `the service's tasks get a public IP address (AssignPublicIp is ${describeValue(value)}): Dify's containers would sit on the internet beside the load balancer, guarded only by their security group; run them in private subnets with AssignPublicIp DISABLED`,
        });
      }
    }
    return findings;
  },
};
