/** What a person fills in on every page of "Create Dify environment": a development environment. */
export const filledForm = {
  // Basics
  name: 'dev',
  description: 'Development Dify for the platform team',
  accountId: '123456789012',
  region: 'ap-northeast-1',
  // Network (RJSF fills the defaults of the fields it shows)
  network: {
    vpc: { mode: 'create', cidr: '10.10.0.0/16', availabilityZones: 2, subnetPrefixLength: 20 },
    egress: 'nat-instance',
    natInstanceType: 't4g.nano',
    loadBalancer: { scheme: 'internet-facing', allowedCidrs: ['203.0.113.0/24'] },
  },
  // Domain
  domain: { hostName: 'dify-dev.example.com', hostedZoneId: 'Z0123456789ABCDEFGHIJ' },
  // Dify sizing
  dify: { version: '1.13.3', fargateSpot: true, images: { source: 'docker-hub' } },
  database: { minCapacity: 0, maxCapacity: 2, backupRetentionDays: 1, deletionProtection: false },
  cache: { nodeType: 'cache.t4g.micro', replicas: 0 },
  operations: { driftCheckSchedule: '30 21 * * 1-5', logRetentionDays: 7 },
  // Bedrock and data residency
  bedrock: {
    crossRegionInference: true,
    dataResidency: 'jp',
    models: { chat: ['jp.anthropic.claude-haiku-4-5-20251001-v1:0'] },
  },
  // Email: left empty
  // Repository
  publishMode: 'repository',
  repoUrl: 'github.com?owner=acme&repo=dify-environments',
  owner: 'group:default/platform',
  kitRepository: 'acme/dify-aws-kit',
  // AWS roles
  deployRoleArn: 'arn:aws:iam::123456789012:role/dify-deploy',
  cloudFormationRoleArn: 'arn:aws:iam::123456789012:role/dify-cloudformation',
  artifactBucket: 'dify-artifacts-123456789012',
  driftRoleArn: 'arn:aws:iam::123456789012:role/dify-drift',
};
