import type { ResolvedEnvironment } from '../../../environment/resolve-environment.js';
import type { CloudFormationTemplate } from '../../cloudformation-template.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import {
  type Found,
  isRecord,
  listItems,
  lookup,
  referencedLogicalId,
  resolveString,
  resourcesOfType,
} from './template-walk.js';

const EVERYONE_IPV4 = '0.0.0.0/0';
const EVERYONE_IPV6 = '::/0';
/** The load balancer's listener ports: HTTP (redirect or plain) and HTTPS. */
export const LISTENER_PORTS: readonly number[] = [80, 443];

interface Ingress {
  readonly logicalId: string;
  /** The rule: an entry of SecurityGroupIngress, or the Properties of an AWS::EC2::SecurityGroupIngress. */
  readonly rule: Found;
  /** The security group the rule opens. */
  readonly groupId: string | undefined;
}

export const openIngress: TemplateRule = {
  id: 'SEC001',
  title:
    'No security group admits the whole internet, except the load balancer on its listener ports when asked',
  check({ template, environment }) {
    const loadBalancerGroups = loadBalancerSecurityGroups(template);
    const findings: TemplateFinding[] = [];
    for (const { logicalId, rule, groupId } of ingressRules(template)) {
      for (const [property, everyone] of [
        ['CidrIp', EVERYONE_IPV4],
        ['CidrIpv6', EVERYONE_IPV6],
      ] as const) {
        for (const cidr of lookup(rule.value, rule.path, [property])) {
          if (resolveString(template, cidr.value) !== everyone) continue;
          const message = openingProblem(
            everyone,
            rule.value,
            groupId !== undefined && loadBalancerGroups.has(groupId),
            environment,
          );
          if (message !== undefined) {
            findings.push({ ruleId: 'SEC001', severity: 'error', logicalId, path: cidr.path, message });
          }
        }
      }
    }
    return findings;
  },
};

/** The security groups named in the `SecurityGroups` of any application load balancer. */
function loadBalancerSecurityGroups(template: CloudFormationTemplate): Set<string> {
  const groups = new Set<string>();
  for (const [, resource] of resourcesOfType(template, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    for (const list of lookup(resource.Properties, 'Properties', ['SecurityGroups'])) {
      for (const item of listItems(list.value, list.path)) {
        const group = referencedLogicalId(item.value);
        if (group !== undefined) groups.add(group);
      }
    }
  }
  return groups;
}

function ingressRules(template: CloudFormationTemplate): Ingress[] {
  const rules: Ingress[] = [];
  for (const [logicalId, resource] of Object.entries(template.Resources)) {
    if (resource.Type === 'AWS::EC2::SecurityGroup') {
      for (const list of lookup(resource.Properties, 'Properties', ['SecurityGroupIngress'])) {
        for (const rule of listItems(list.value, list.path)) {
          rules.push({ logicalId, rule, groupId: logicalId });
        }
      }
    } else if (resource.Type === 'AWS::EC2::SecurityGroupIngress') {
      for (const rule of lookup(resource.Properties, 'Properties', [])) {
        const groupIds = lookup(rule.value, rule.path, ['GroupId']);
        const groupId = groupIds.length === 1 ? referencedLogicalId(groupIds[0]?.value) : undefined;
        rules.push({ logicalId, rule, groupId });
      }
    }
  }
  return rules;
}

/** Why admitting `everyone` through this rule is wrong, or undefined when it is what the environment asked for. */
function openingProblem(
  everyone: string,
  rule: unknown,
  onLoadBalancer: boolean,
  environment: ResolvedEnvironment | undefined,
): string | undefined {
  if (!onLoadBalancer) {
    return `ingress from ${everyone} opens this security group to anywhere on the internet: only the load balancer's security group may admit everyone, and only on its listener ports`;
  }
  const ports = listenerPort(rule);
  if (ports.port === undefined) {
    return `ingress from ${everyone} opens the load balancer's security group on ${ports.described}: only the listener ports (${LISTENER_PORTS.join(' and ')}) may be open to everyone`;
  }
  if (environment === undefined) {
    return `ingress from ${everyone} reaches a load balancer on port ${ports.port}, and no environment asks for an open load balancer`;
  }
  const { scheme, allowedCidrs } = environment.network.loadBalancer;
  if (scheme !== 'internet-facing') {
    return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but the environment's load balancer is internal: it should admit only the VPC range or network.loadBalancer.allowedCidrs, not every network routed to the VPC`;
  }
  if (allowedCidrs === undefined) return undefined;
  if (everyone === EVERYONE_IPV6) {
    return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but network.loadBalancer.allowedCidrs lists IPv4 ranges only: no one asked to open Dify to every IPv6 address`;
  }
  if (allowedCidrs.includes(EVERYONE_IPV4)) return undefined;
  return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but the environment admits only network.loadBalancer.allowedCidrs: anyone on the internet could reach Dify's login page and APIs`;
}

/** The single listener port a rule opens over TCP, or a description of what it opens instead. */
function listenerPort(rule: unknown): { port?: number; described: string } {
  if (!isRecord(rule)) return { described: 'ports the template does not state' };
  const protocol = String(rule.IpProtocol ?? '').toLowerCase();
  if (protocol === '-1' || protocol === 'all') return { described: 'every protocol and port' };
  const from = Number(rule.FromPort);
  const to = Number(rule.ToPort);
  if (!Number.isInteger(from) || !Number.isInteger(to))
    return { described: 'ports the template does not state' };
  const range = from === to ? `port ${from}` : `ports ${from}-${to}`;
  if (protocol !== 'tcp' && protocol !== '6') return { described: `${protocol} ${range}` };
  if (from !== to || !LISTENER_PORTS.includes(from)) return { described: range };
  return { port: from, described: range };
}
