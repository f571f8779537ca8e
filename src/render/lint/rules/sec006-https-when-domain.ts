import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import {
  describeValue,
  isRecord,
  listItems,
  lookup,
  referencedLogicalId,
  resourcesOfType,
} from './template-walk.js';

export const httpsWhenDomain: TemplateRule = {
  id: 'SEC006',
  title: 'With a domain, Dify is served over HTTPS and plain HTTP only redirects',
  check({ template, environment }) {
    if (environment?.domain === undefined) return [];
    const { domain } = environment;
    const findings: TemplateFinding[] = [];
    const listeners = resourcesOfType(template, 'AWS::ElasticLoadBalancingV2::Listener');
    const httpListeners = new Set<string>();
    let servesHttps = false;

    for (const [logicalId, listener] of listeners) {
      const protocol = listener.Properties?.Protocol;
      if (protocol === 'HTTPS') {
        const certificates = lookup(listener.Properties, 'Properties', ['Certificates']).flatMap((list) =>
          listItems(list.value, list.path),
        );
        if (certificates.some(({ value }) => isRecord(value) && value.CertificateArn !== undefined)) {
          servesHttps = true;
        } else {
          findings.push({
            ruleId: 'SEC006',
            severity: 'error',
            logicalId,
            path: 'Properties.Certificates',
            message: `the HTTPS listener has no certificate (a Certificates entry with CertificateArn): it cannot serve ${domain.hostName}`,
          });
        }
      } else if (protocol === 'HTTP') {
        httpListeners.add(logicalId);
        findings.push(...redirectProblems(logicalId, listener.Properties?.DefaultActions));
      }
    }

    if (!servesHttps && !findings.some((finding) => finding.path === 'Properties.Certificates')) {
      findings.push({
        ruleId: 'SEC006',
        severity: 'error',
        message: `the environment serves Dify on ${domain.hostName} but no load balancer listener uses HTTPS: console passwords and API keys would cross the network unencrypted`,
      });
    }

    for (const [logicalId, rule] of resourcesOfType(template, 'AWS::ElasticLoadBalancingV2::ListenerRule')) {
      const listener = referencedLogicalId(rule.Properties?.ListenerArn);
      if (listener === undefined || !httpListeners.has(listener)) continue;
      findings.push({
        ruleId: 'SEC006',
        severity: 'error',
        logicalId,
        path: 'Properties.ListenerArn',
        message: `the rule is attached to the plain HTTP listener ${JSON.stringify(listener)}: with a domain, HTTP must only redirect to HTTPS, or the rule's routes serve Dify unencrypted`,
      });
    }
    return findings;
  },
};

function redirectProblems(logicalId: string, defaultActions: unknown): TemplateFinding[] {
  const actions = listItems(defaultActions, 'Properties.DefaultActions');
  const finding = (path: string, message: string): TemplateFinding => ({
    ruleId: 'SEC006',
    severity: 'error',
    logicalId,
    path,
    message,
  });
  if (actions.length === 0) {
    return [
      finding(
        'Properties.DefaultActions',
        'the plain HTTP listener has no default action: with a domain it must redirect to HTTPS',
      ),
    ];
  }
  const findings: TemplateFinding[] = [];
  for (const { value, path } of actions) {
    const type = isRecord(value) ? value.Type : undefined;
    if (type !== 'redirect') {
      findings.push(
        finding(
          `${path}.Type`,
          `the plain HTTP listener's default action is ${describeValue(type)}, not a redirect: with a domain it must redirect to HTTPS, or Dify is served unencrypted`,
        ),
      );
      continue;
    }
    for (const protocol of lookup(value, path, ['RedirectConfig', 'Protocol'])) {
      if (protocol.value === 'HTTPS') continue;
      findings.push(
        finding(
          protocol.path,
          protocol.value === undefined
            ? 'the plain HTTP listener redirects without a Protocol, which keeps HTTP: it must redirect to HTTPS, or Dify stays unencrypted'
            : `the plain HTTP listener redirects to ${describeValue(protocol.value)}: it must redirect to HTTPS, or Dify stays unencrypted`,
        ),
      );
    }
  }
  return findings;
}
