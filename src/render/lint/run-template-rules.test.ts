import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import type { CloudFormationTemplate } from '../cloudformation-template.js';
import { runTemplateRules } from './run-template-rules.js';
import type { TemplateFinding, TemplateRule } from './template-rule.js';

const environment = contextFor().environment;
const contextOf = (template: CloudFormationTemplate) => ({
  template,
  text: JSON.stringify(template),
  environment,
});

/** A small stack that follows every kit rule: the rules must not contradict each other. */
const compliant: CloudFormationTemplate = {
  Parameters: { ImageTag: { Type: 'String', Default: '1.13.3' } },
  Resources: {
    LoadBalancerSecurityGroup: {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'load balancer',
        SecurityGroupIngress: [
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '203.0.113.0/24' },
          { IpProtocol: 'tcp', FromPort: 80, ToPort: 80, CidrIp: '203.0.113.0/24' },
        ],
      },
    },
    LoadBalancer: {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: { SecurityGroups: [{ 'Fn::GetAtt': ['LoadBalancerSecurityGroup', 'GroupId'] }] },
    },
    Certificate: {
      Type: 'AWS::CertificateManager::Certificate',
      Properties: { DomainName: 'dify.example.com' },
    },
    HttpsListener: {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        LoadBalancerArn: { Ref: 'LoadBalancer' },
        Port: 443,
        Protocol: 'HTTPS',
        Certificates: [{ CertificateArn: { Ref: 'Certificate' } }],
        DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } }],
      },
    },
    HttpListener: {
      Type: 'AWS::ElasticLoadBalancingV2::Listener',
      Properties: {
        LoadBalancerArn: { Ref: 'LoadBalancer' },
        Port: 80,
        Protocol: 'HTTP',
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', StatusCode: 'HTTP_301' } }],
      },
    },
    Files: {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      },
    },
    FilesPolicy: {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: { Ref: 'Files' },
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [{ 'Fn::GetAtt': ['Files', 'Arn'] }, { 'Fn::Sub': '${Files.Arn}/*' }],
              Condition: { Bool: { 'aws:SecureTransport': false } },
            },
          ],
        },
      },
    },
    Database: {
      Type: 'AWS::RDS::DBCluster',
      DeletionPolicy: 'Snapshot',
      UpdateReplacePolicy: 'Snapshot',
      Properties: { Engine: 'aurora-postgresql', StorageEncrypted: true, DeletionProtection: true },
    },
    TaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        ContainerDefinitions: [
          {
            Name: 'api',
            Image: { 'Fn::Sub': 'langgenius/dify-api:${ImageTag}' },
            Environment: [{ Name: 'DB_HOST', Value: { 'Fn::GetAtt': ['Database', 'Endpoint.Address'] } }],
          },
        ],
      },
    },
    Service: {
      Type: 'AWS::ECS::Service',
      DependsOn: ['HttpsListener'],
      Properties: {
        TaskDefinition: { Ref: 'TaskDefinition' },
        NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'DISABLED' } },
      },
    },
  },
  Outputs: { Url: { Value: 'https://dify.example.com' } },
};

const rule = (id: string, findings: TemplateFinding[]): TemplateRule => ({
  id,
  title: `Rule ${id}`,
  check: () => findings,
});

describe('runTemplateRules', () => {
  it('finds nothing in a stack that follows every rule', () => {
    expect(environment.database.deletionProtection).toBe(true);
    expect(runTemplateRules(contextOf(compliant))).toEqual([]);
  });

  it('runs every rule by default, and sorts findings by logical id, then path', () => {
    const broken: CloudFormationTemplate = {
      ...compliant,
      Resources: {
        ...compliant.Resources,
        Files: { ...compliant.Resources.Files, Type: 'AWS::S3::Bucket', DeletionPolicy: 'Delete' },
        Service: {
          Type: 'AWS::ECS::Service',
          DependsOn: ['Missing'],
          Properties: { NetworkConfiguration: { AwsvpcConfiguration: { AssignPublicIp: 'ENABLED' } } },
        },
      },
    };
    expect(
      runTemplateRules(contextOf(broken)).map(({ ruleId, logicalId, path }) => [ruleId, logicalId, path]),
    ).toEqual([
      ['SEC007', 'Files', 'DeletionPolicy'],
      ['REF001', 'Service', 'DependsOn.0'],
      ['SEC004', 'Service', 'Properties.NetworkConfiguration.AwsvpcConfiguration.AssignPublicIp'],
    ]);
  });

  it('puts template-wide findings first and keeps rule order among equals', () => {
    const finding = (ruleId: string, logicalId?: string, path?: string): TemplateFinding => ({
      ruleId,
      severity: 'error',
      ...(logicalId !== undefined ? { logicalId } : {}),
      ...(path !== undefined ? { path } : {}),
      message: 'm',
    });
    const rules = [
      rule('B001', [finding('B001', 'b', 'Properties.Z'), finding('B001', 'a', 'Type')]),
      rule('A001', [finding('A001', 'b', 'Properties.A'), finding('A001'), finding('A001', 'a', 'Type')]),
    ];
    expect(runTemplateRules(contextOf(compliant), rules)).toEqual([
      finding('A001'),
      finding('B001', 'a', 'Type'),
      finding('A001', 'a', 'Type'),
      finding('A001', 'b', 'Properties.A'),
      finding('B001', 'b', 'Properties.Z'),
    ]);
  });

  it('reports a rule that throws instead of dropping the other findings', () => {
    const throwing: TemplateRule = {
      id: 'X001',
      title: 'Something holds',
      check: () => {
        throw new Error('boom');
      },
    };
    expect(runTemplateRules(contextOf(compliant), [throwing, rule('Y001', [])])).toEqual([
      {
        ruleId: 'X001',
        severity: 'error',
        message: 'the rule could not check this template (boom), so this stays unverified: Something holds',
      },
    ]);
  });
});
