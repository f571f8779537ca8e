import { isSecretVariable, namesSecret } from '../../../environment/secret-names.js';
import type { TemplateFinding, TemplateRule } from '../template-rule.js';
import { describeValue, isRecord, listItems, literalText, lookup, resourcesOfType } from './template-walk.js';

// In an SSM parameter's name or value: password, passwd, secret, or token / api key as a word.
const MENTIONS_SECRET = /pass(?:word|wd)|secret|(?:^|[^a-z0-9])(?:token|api[-_ ]?key)(?:[^a-z0-9]|$)/;

/** Whether an SSM parameter name or value mentions a secret ("db-password", "authToken", "/dify/api-token"). */
export function mentionsSecret(text: string): boolean {
  // Split camelCase so that "authToken" reads as "auth token".
  return MENTIONS_SECRET.test(text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase());
}

export const noPlaintextSecrets: TemplateRule = {
  id: 'SEC008',
  title: 'Secrets reach containers through ECS secrets, never as plain text',
  check({ template }) {
    const findings: TemplateFinding[] = [];
    for (const [logicalId, taskDefinition] of resourcesOfType(template, 'AWS::ECS::TaskDefinition')) {
      for (const containers of lookup(taskDefinition.Properties, 'Properties', ['ContainerDefinitions'])) {
        for (const container of listItems(containers.value, containers.path)) {
          const containerName = isRecord(container.value) ? container.value.Name : undefined;
          for (const variables of lookup(container.value, container.path, ['Environment'])) {
            for (const variable of listItems(variables.value, variables.path)) {
              if (!isRecord(variable.value)) continue;
              const { Name: name, Value: value } = variable.value;
              if (typeof name !== 'string' || value === undefined || value === '') continue;
              // ENV002's rules: a literal judged by its name and its look, anything else by its name.
              if (typeof value === 'string' ? !isSecretVariable(name, value) : !namesSecret(name)) continue;
              findings.push({
                ruleId: 'SEC008',
                severity: 'error',
                logicalId,
                path: `${variable.path}.Value`,
                message: `the variable ${name} of container ${describeValue(containerName)} has a plain-text Value: anyone who can read the task definition sees it; pass it through Secrets with ValueFrom instead`,
              });
            }
          }
        }
      }
    }

    for (const [logicalId, parameter] of resourcesOfType(template, 'AWS::SSM::Parameter')) {
      const type = parameter.Properties?.Type;
      if (type !== 'String' && type !== 'StringList') continue;
      for (const property of ['Name', 'Value'] as const) {
        const text = literalText(parameter.Properties?.[property]);
        if (text === undefined || !mentionsSecret(text)) continue;
        findings.push({
          ruleId: 'SEC008',
          severity: 'error',
          logicalId,
          path: `Properties.${property}`,
          message: `the ${type} SSM parameter's ${property} mentions a secret: a ${type} parameter is stored unencrypted and readable by anyone with ssm:GetParameter; keep secrets in Secrets Manager`,
        });
      }
    }
    return findings;
  },
};
