import { readFileSync } from 'node:fs';
import { CloudFormationClient, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkEnvironment } from '../../environment/check-environment.js';
import type { CloudFormationTemplate } from '../../render/cloudformation-template.js';
import { renderStack } from '../../render/render-stack.js';
import { DriftError } from './drift-error.js';
import { cfnError, recordingSleep } from './drift-test-fixtures.js';
import {
  compareTemplates,
  fetchDeployedTemplate,
  hasTemplateDrift,
  parseDeployedTemplate,
} from './template-drift.js';

const rendered: CloudFormationTemplate = {
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16', EnableDnsHostnames: true } },
    ApiService: {
      Type: 'AWS::ECS::Service',
      DependsOn: ['Listener'],
      Properties: { DesiredCount: 2, Cluster: { Ref: 'Cluster' }, TaskDefinition: { Ref: 'ApiTask' } },
    },
    Cluster: { Type: 'AWS::ECS::Cluster' },
    WorkerService: { Type: 'AWS::ECS::Service', Properties: { DesiredCount: 1 } },
  },
  Outputs: {
    DifyUrl: { Value: { 'Fn::Sub': 'https://${LoadBalancer.DNSName}' } },
    VpcId: { Value: { Ref: 'Vpc' } },
  },
};

const deployedYaml = `
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      EnableDnsHostnames: true
      CidrBlock: 10.0.0.0/16
  ApiService:
    Type: AWS::ECS::Service
    Properties:
      DesiredCount: 4
      Cluster: !Ref Cluster
      TaskDefinition: !Ref ApiTaskFromBranch
      PlatformVersion: LATEST
  Cluster:
    Type: AWS::ECS::Cluster
  DebugBastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-12345678
Outputs:
  DifyUrl:
    Value: !Sub "https://\${LoadBalancer.DNSName}"
  BastionIp:
    Value: !GetAtt DebugBastion.PublicIp
`;

describe('compareTemplates', () => {
  it('finds resources added, removed and changed, with the properties that changed, in a stable order', () => {
    const drift = compareTemplates(deployedYaml, rendered);
    expect(drift).toEqual({
      added: [{ logicalId: 'WorkerService', type: 'AWS::ECS::Service' }],
      removed: [{ logicalId: 'DebugBastion', type: 'AWS::EC2::Instance' }],
      changed: [
        {
          logicalId: 'ApiService',
          type: 'AWS::ECS::Service',
          deployedType: undefined,
          properties: ['DesiredCount', 'PlatformVersion', 'TaskDefinition'],
          attributes: ['DependsOn'],
        },
      ],
      outputs: { added: ['VpcId'], removed: ['BastionIp'], changed: [] },
    });
    expect(hasTemplateDrift(drift)).toBe(true);
  });

  it('finds nothing when the deployed JSON template is the rendered one, whatever its key order', () => {
    const reordered = JSON.stringify({
      Outputs: rendered.Outputs,
      Resources: Object.fromEntries(Object.entries(rendered.Resources).reverse()),
      AWSTemplateFormatVersion: '2010-09-09',
    });
    const drift = compareTemplates(reordered, rendered);
    expect(hasTemplateDrift(drift)).toBe(false);
    expect(drift).toEqual({
      added: [],
      removed: [],
      changed: [],
      outputs: { added: [], removed: [], changed: [] },
    });
  });

  it('reports a resource whose type changed and an output whose value changed', () => {
    const deployed = JSON.stringify({
      ...rendered,
      Resources: { ...rendered.Resources, Cluster: { Type: 'AWS::ECS::CapacityProvider' } },
      Outputs: { ...rendered.Outputs, VpcId: { Value: 'vpc-123' } },
    });
    const drift = compareTemplates(deployed, rendered);
    expect(drift.changed).toEqual([
      {
        logicalId: 'Cluster',
        type: 'AWS::ECS::Cluster',
        deployedType: 'AWS::ECS::CapacityProvider',
        properties: [],
        attributes: [],
      },
    ]);
    expect(drift.outputs.changed).toEqual(['VpcId']);
  });

  it('reads short-form intrinsics as their long forms', () => {
    const template = parseDeployedTemplate(`
Resources:
  A:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Join ["-", [!Ref AWS::StackName, !Select [0, !GetAZs ""]]]
      DisplayName: !GetAtt B.Arn
      Tags: !If [IsProd, [], !Ref AWS::NoValue]
`);
    expect(template.Resources.A?.Properties).toEqual({
      TopicName: {
        'Fn::Join': ['-', [{ Ref: 'AWS::StackName' }, { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }]],
      },
      DisplayName: { 'Fn::GetAtt': ['B', 'Arn'] },
      Tags: { 'Fn::If': ['IsProd', [], { Ref: 'AWS::NoValue' }] },
    });
  });

  it.each(['examples/environments/dev.json', 'examples/environments/prod-closed.json'])(
    'finds no drift between %s rendered and that same template deployed, as YAML or JSON',
    (file) => {
      const { environment, diagnostics } = checkEnvironment(readFileSync(file, 'utf8'), { file });
      if (environment === undefined) throw new Error(JSON.stringify(diagnostics));
      const { text, template } = renderStack(environment, 'test');
      expect(hasTemplateDrift(compareTemplates(text, template))).toBe(false);
      expect(hasTemplateDrift(compareTemplates(JSON.stringify(template), template))).toBe(false);
    },
  );

  it('refuses a deployed template that is not a template', () => {
    expect(() => compareTemplates('just: [unclosed', rendered)).toThrow(DriftError);
    expect(() => compareTemplates('- a list', rendered)).toThrow('the template deployed could not be read');
    expect(() => compareTemplates('{"Outputs": {}}', rendered)).toThrow('it has no Resources');
  });
});

describe('fetchDeployedTemplate', () => {
  const cfnMock = mockClient(CloudFormationClient);
  const cloudFormation = new CloudFormationClient({ region: 'eu-west-1' });
  beforeEach(() => cfnMock.reset());

  it('reads the original template, retrying throttling', async () => {
    const { sleep, delays } = recordingSleep();
    cfnMock
      .on(GetTemplateCommand)
      .rejectsOnce(cfnError('Throttling', 400, 'Rate exceeded'))
      .resolves({ TemplateBody: deployedYaml });
    await expect(
      fetchDeployedTemplate(cloudFormation, 'dify-prod', { sleep, random: () => 0 }),
    ).resolves.toBe(deployedYaml);
    expect(cfnMock.commandCalls(GetTemplateCommand)[1]?.args[0].input).toEqual({
      StackName: 'dify-prod',
      TemplateStage: 'Original',
    });
    expect(delays).toEqual([100]);
  });

  it('says when the stack does not exist', async () => {
    cfnMock
      .on(GetTemplateCommand)
      .rejects(cfnError('ValidationError', 400, 'Stack with id dify-prod does not exist'));
    await expect(fetchDeployedTemplate(cloudFormation, 'dify-prod')).rejects.toMatchObject({
      kind: 'stack-not-found',
    });
  });
});
