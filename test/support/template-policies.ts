import type { CloudFormationTemplate } from '../../src/render/cloudformation-template.js';
import { isRecord } from '../../src/render/lint/rules/template-walk.js';
import type { Statement } from './iam-policy-evaluation.js';

/**
 * The policies of a rendered template as plain IAM documents, with
 * CloudFormation's intrinsics resolved the way CloudFormation would in one
 * account and region: pseudo parameters, `Fn::Sub` (where `${!x}` stays the
 * literal `${x}`, an IAM policy variable), `Fn::Join`, `Fn::If` (the condition
 * is taken as true), and `Ref` / `Fn::GetAtt` of the template's resources,
 * turned into the ARNs and names AWS would give them.
 */

export const ACCOUNT = '123456789012';
export const REGION = 'ap-northeast-1';

/** What AWS would name a resource CloudFormation creates without a name: `<stack>-<logical id>-<suffix>`. */
function generatedName(stackName: string, logicalId: string): string {
  return `${stackName}-${logicalId}-ABCDEF123456`;
}

export function resolver(template: CloudFormationTemplate, stackName: string, account = ACCOUNT) {
  const PSEUDO: Readonly<Record<string, string>> = {
    'AWS::Partition': 'aws',
    'AWS::AccountId': account,
    'AWS::Region': REGION,
  };
  const resource = (logicalId: string) => {
    const found = template.Resources[logicalId];
    if (!found) throw new Error(`no resource ${logicalId} in the template`);
    return found;
  };
  const path = (logicalId: string) => {
    const value = resource(logicalId).Properties?.Path;
    return typeof value === 'string' ? value : '/';
  };
  const ref = (logicalId: string): string => {
    const pseudo = PSEUDO[logicalId];
    if (pseudo !== undefined) return pseudo;
    const { Type, Properties = {} } = resource(logicalId);
    const named = (property: string) =>
      typeof Properties[property] === 'string'
        ? (Properties[property] as string)
        : generatedName(stackName, logicalId);
    switch (Type) {
      case 'AWS::SecretsManager::Secret':
        return `arn:aws:secretsmanager:${REGION}:${account}:secret:${named('Name')}-AbCdEf`;
      case 'AWS::S3::Bucket':
        return named('BucketName').toLowerCase();
      case 'AWS::IAM::ManagedPolicy':
        return `arn:aws:iam::${account}:policy${typeof Properties.Path === 'string' ? Properties.Path : '/'}${named('ManagedPolicyName')}`;
      case 'AWS::IAM::Role':
        return named('RoleName');
      case 'AWS::IAM::User':
        return named('UserName');
      case 'AWS::Logs::LogGroup':
        return named('LogGroupName');
      default:
        return generatedName(stackName, logicalId);
    }
  };
  const getAtt = (logicalId: string, attribute: string): string => {
    const { Type } = resource(logicalId);
    const name = ref(logicalId);
    switch (`${Type}.${attribute}`) {
      case 'AWS::IAM::Role.Arn':
        return `arn:aws:iam::${account}:role${path(logicalId)}${name}`;
      case 'AWS::IAM::User.Arn':
        return `arn:aws:iam::${account}:user${path(logicalId)}${name}`;
      case 'AWS::S3::Bucket.Arn':
        return `arn:aws:s3:::${name}`;
      case 'AWS::Logs::LogGroup.Arn':
        return `arn:aws:logs:${REGION}:${account}:log-group:${name}:*`;
      case 'AWS::RDS::DBCluster.DBClusterArn':
        return `arn:aws:rds:${REGION}:${account}:cluster:${name.toLowerCase()}`;
      case 'AWS::Lambda::Function.Arn':
        return `arn:aws:lambda:${REGION}:${account}:function:${name}`;
      case 'AWS::SES::EmailIdentity.Arn':
        return `arn:aws:ses:${REGION}:${account}:identity/${name}`;
      default:
        throw new Error(`cannot resolve Fn::GetAtt ${logicalId}.${attribute} (${Type})`);
    }
  };

  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (!isRecord(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1) {
      const [key] = keys;
      const argument = value[key ?? ''];
      if (key === 'Ref' && typeof argument === 'string') return ref(argument);
      if (key === 'Fn::GetAtt' && Array.isArray(argument))
        return getAtt(String(argument[0]), String(argument[1]));
      if (key === 'Fn::Sub') return substitute(argument);
      if (key === 'Fn::Join' && Array.isArray(argument)) {
        const [separator, parts] = argument as [string, unknown[]];
        return (resolve(parts) as unknown[]).map(String).join(separator);
      }
      if (key === 'Fn::If' && Array.isArray(argument)) return resolve(argument[1]);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
  };
  const substitute = (argument: unknown): string => {
    const [text, variables] = Array.isArray(argument)
      ? (argument as [string, Record<string, unknown>])
      : [String(argument), {}];
    return text.replace(/\$\{(!?)([^}]+)\}/g, (_whole, literal: string, name: string) => {
      if (literal === '!') return `\${${name}}`;
      if (name in variables) return String(resolve(variables[name]));
      const dot = name.indexOf('.');
      return dot > 0 && !(name in PSEUDO) ? getAtt(name.slice(0, dot), name.slice(dot + 1)) : ref(name);
    });
  };
  return { resolve, ref, getAtt };
}

/** The statements of a policy document, resolved. */
export function statementsOf(document: unknown, resolve: (value: unknown) => unknown): Statement[] {
  const resolved = resolve(document);
  if (!isRecord(resolved)) return [];
  const statements = Array.isArray(resolved.Statement) ? resolved.Statement : [resolved.Statement];
  return statements.filter(isRecord) as unknown as Statement[];
}

/** A role's or user's identity statements (inline and attached managed policies of the template) and its boundary. */
export function principalOf(
  template: CloudFormationTemplate,
  logicalId: string,
  stackName: string,
  account = ACCOUNT,
) {
  const { resolve } = resolver(template, stackName, account);
  const properties = template.Resources[logicalId]?.Properties ?? {};
  const inline = (Array.isArray(properties.Policies) ? properties.Policies : []).flatMap((policy) =>
    isRecord(policy) ? statementsOf(policy.PolicyDocument, resolve) : [],
  );
  const managed = (Array.isArray(properties.ManagedPolicyArns) ? properties.ManagedPolicyArns : []).flatMap(
    (arn) => {
      const target = isRecord(arn) && typeof arn.Ref === 'string' ? arn.Ref : undefined;
      if (target === undefined)
        throw new Error(`${logicalId}: only Refs to the template's managed policies are read`);
      return statementsOf(template.Resources[target]?.Properties?.PolicyDocument, resolve);
    },
  );
  const boundaryArn =
    properties.PermissionsBoundary === undefined ? undefined : resolve(properties.PermissionsBoundary);
  return { identity: [...inline, ...managed], boundaryArn: boundaryArn as string | undefined };
}

/** The tags of a resource as principal tags: `aws:PrincipalTag/<key>` entries of a request context. */
export function principalTags(template: CloudFormationTemplate, logicalId: string): Record<string, string> {
  const tags = template.Resources[logicalId]?.Properties?.Tags;
  return Object.fromEntries(
    (Array.isArray(tags) ? tags : [])
      .filter(isRecord)
      .map((tag) => [`aws:PrincipalTag/${String(tag.Key)}`, String(tag.Value)]),
  );
}
