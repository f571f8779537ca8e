import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import { stringify } from 'yaml';

/** Shown in Backstage's list of installed actions, and run through the handler by the examples test. */
export const examples: TemplateExample[] = [
  {
    description: 'A development environment in a new VPC, reaching the internet through a NAT instance.',
    example: stringify({
      steps: [
        {
          id: 'environment',
          action: 'dify:environment:create',
          name: 'Check the environment and write environments/dev.json',
          input: {
            environment: {
              name: 'dev',
              description: 'Development Dify for the platform team',
              accountId: '123456789012',
              region: 'ap-northeast-1',
              network: {
                vpc: { mode: 'create', cidr: '10.10.0.0/16', availabilityZones: 2 },
                egress: 'nat-instance',
              },
              dify: { version: '1.13.3', fargateSpot: true },
              bedrock: {
                dataResidency: 'jp',
                crossRegionInference: true,
                models: { chat: ['jp.anthropic.claude-haiku-4-5-20251001-v1:0'] },
              },
            },
          },
        },
      ],
    }),
  },
  {
    description: 'Production in an existing VPC with no internet egress, with its own domain and mail.',
    example: stringify({
      steps: [
        {
          id: 'environment',
          action: 'dify:environment:create',
          name: 'Check the environment and write environments/prod.json',
          input: {
            environment: {
              name: 'prod',
              accountId: '210987654321',
              region: 'ap-northeast-1',
              network: {
                vpc: {
                  mode: 'existing',
                  id: 'vpc-0a1b2c3d4e5f67890',
                  cidr: '10.20.0.0/16',
                  privateSubnets: [
                    {
                      id: 'subnet-0a1b2c3d4e5f60001',
                      availabilityZone: 'ap-northeast-1a',
                      cidr: '10.20.10.0/24',
                    },
                    {
                      id: 'subnet-0a1b2c3d4e5f60002',
                      availabilityZone: 'ap-northeast-1c',
                      cidr: '10.20.11.0/24',
                    },
                  ],
                  privateRouteTableIds: ['rtb-0a1b2c3d4e5f60011', 'rtb-0a1b2c3d4e5f60012'],
                },
                egress: 'none',
                loadBalancer: { scheme: 'internal', allowedCidrs: ['10.0.0.0/8'] },
              },
              domain: { hostName: 'dify.corp.example.co.jp', hostedZoneId: 'Z0987654321ZYXWVUTSRQ' },
              dify: { version: '1.13.3', images: { source: 'ecr' } },
              database: { minCapacity: 2, maxCapacity: 16, backupRetentionDays: 35 },
              bedrock: {
                dataResidency: 'jp',
                crossRegionInference: true,
                models: { chat: ['jp.anthropic.claude-haiku-4-5-20251001-v1:0'] },
              },
              email: { sendingDomain: 'corp.example.co.jp', fromAddress: 'dify@corp.example.co.jp' },
            },
          },
        },
      ],
    }),
  },
];
