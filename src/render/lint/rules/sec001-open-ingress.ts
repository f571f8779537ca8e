import { type AddressFamily, publicCoverage } from '../../../environment/address-coverage.js';
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
    const findings: (TemplateFinding & { order: number })[] = [];
    const reported = new Set<string>();
    for (const opening of openings(template)) {
      const onLoadBalancer = opening.groupId !== undefined && loadBalancerGroups.has(opening.groupId);
      for (const source of opening.sources) {
        const message = openingProblem(
          opening.everyone,
          opening.family,
          source.rule,
          onLoadBalancer,
          environment,
        );
        const key = `${source.logicalId} ${source.path} ${message}`;
        if (message !== undefined && !reported.has(key)) {
          reported.add(key);
          findings.push({
            order: source.order,
            ruleId: 'SEC001',
            severity: 'error',
            logicalId: source.logicalId,
            path: source.path,
            message,
          });
        }
      }
    }
    return findings.sort((a, b) => a.order - b.order).map(({ order: _, ...finding }) => finding);
  },
};

interface Source {
  /** Where the rule comes in the template, to report in document order. */
  readonly order: number;
  readonly logicalId: string;
  readonly rule: unknown;
  readonly path: string;
  readonly cidr: string;
}

/** Rules of one security group that open the same ports, and whether together they admit everyone. */
interface Opening {
  readonly groupId: string | undefined;
  readonly family: AddressFamily;
  /** How the admitted ranges read in a message: "0.0.0.0/0", or the ranges that cover the internet together. */
  readonly everyone: string;
  readonly sources: readonly Source[];
}

/**
 * Every set of ingress rules that together admit the whole internet, per
 * security group, ports and address family: 0.0.0.0/1 and 128.0.0.0/1 on the
 * same port open it as surely as 0.0.0.0/0. A rule for every protocol counts
 * towards every port of its group.
 */
function openings(template: CloudFormationTemplate): Opening[] {
  const groups = new Map<string, { groupId: string | undefined; sources: Map<string, Source[]> }>();
  const everyPort: { group: string; source: Source; family: AddressFamily }[] = [];
  let order = 0;
  for (const { logicalId, rule, groupId } of ingressRules(template)) {
    const group = groupId ?? `rule:${logicalId}`;
    const entry = groups.get(group) ?? { groupId, sources: new Map<string, Source[]>() };
    groups.set(group, entry);
    for (const [property, family] of [
      ['CidrIp', 'ipv4'],
      ['CidrIpv6', 'ipv6'],
    ] as const) {
      for (const found of lookup(rule.value, rule.path, [property])) {
        const cidr = resolveString(template, found.value);
        if (cidr === undefined) continue;
        const source = { order: order++, logicalId, rule: rule.value, path: found.path, cidr };
        const key = `${family} ${portsOf(rule.value)}`;
        entry.sources.set(key, [...(entry.sources.get(key) ?? []), source]);
        if (portsOf(rule.value) === 'all') everyPort.push({ group, source, family });
      }
    }
  }
  for (const { group, source, family } of everyPort) {
    const entry = groups.get(group);
    for (const [key, sources] of entry?.sources ?? []) {
      if (key.startsWith(`${family} `) && !sources.includes(source)) sources.push(source);
    }
  }
  const result: Opening[] = [];
  for (const { groupId, sources: byPorts } of groups.values()) {
    for (const [key, sources] of byPorts) {
      const family = key.split(' ')[0] as AddressFamily;
      const cidrs = sources.map((source) => source.cidr);
      if (!publicCoverage(cidrs, family).everything) continue;
      const everyoneAlone = family === 'ipv4' ? EVERYONE_IPV4 : EVERYONE_IPV6;
      const opening = sources.filter((source) => publicCoverage([source.cidr], family).addresses > 0n);
      result.push({
        groupId,
        family,
        everyone: cidrs.includes(everyoneAlone)
          ? everyoneAlone
          : `${opening.map((source) => source.cidr).join(', ')} (together, every public ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address)`,
        sources: cidrs.includes(everyoneAlone) ? opening.filter((s) => s.cidr === everyoneAlone) : opening,
      });
    }
  }
  return result;
}

/** The protocol and ports a rule opens, as a key: "all" for every protocol. */
function portsOf(rule: unknown): string {
  if (!isRecord(rule)) return 'unknown';
  const protocol = String(rule.IpProtocol ?? '').toLowerCase();
  if (protocol === '-1' || protocol === 'all') return 'all';
  return `${protocol === '6' ? 'tcp' : protocol} ${String(rule.FromPort)}-${String(rule.ToPort)}`;
}

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
  family: AddressFamily,
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
  if (family === 'ipv6') {
    return `ingress from ${everyone} reaches the load balancer on port ${ports.port}, but network.loadBalancer.allowedCidrs lists IPv4 ranges only: no one asked to open Dify to every IPv6 address`;
  }
  // NET006 judges the allowed ranges by their union too: asking for 0.0.0.0/1 and 128.0.0.0/1 is asking for everyone.
  if (publicCoverage(allowedCidrs).everything) return undefined;
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
