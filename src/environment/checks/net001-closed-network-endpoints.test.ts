import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { closedNetworkEndpointsCheck } from './net001-closed-network-endpoints.js';

const closed = { network: { egress: 'none' }, dify: { images: { source: 'ecr' } } };

describe('NET001 closed-network endpoints', () => {
  it('is satisfied by the derived endpoint set', () => {
    expect(closedNetworkEndpointsCheck.check(contextFor(closed))).toEqual([]);
  });

  it('does not apply when tasks have NAT egress', () => {
    expect(closedNetworkEndpointsCheck.check(contextFor({ network: { vpcEndpoints: ['s3'] } }))).toEqual([]);
  });

  it('names each missing endpoint and why Dify needs it', () => {
    const findings = closedNetworkEndpointsCheck.check(
      contextFor({
        ...closed,
        network: {
          egress: 'none',
          vpcEndpoints: ['s3', 'ecr.api', 'ecr.dkr', 'logs', 'secretsmanager', 'ssm'],
        },
      }),
    );
    expect(findings.map((f) => f.message)).toEqual([
      'the closed network lacks the ssmmessages endpoint: ECS Exec (and so the migrate-v1 workflow) opens its session through it',
      'the closed network lacks the bedrock-runtime endpoint: Dify invokes Bedrock models through it',
      'the closed network lacks the bedrock endpoint: the Bedrock plugin resolves inference profiles through the control plane',
    ]);
  });

  it('requires kms when a customer key encrypts ECS Exec sessions', () => {
    const findings = closedNetworkEndpointsCheck.check(
      contextFor({
        ...closed,
        operations: {
          execSessionKmsKeyArn:
            'arn:aws:kms:ap-northeast-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        },
        network: {
          egress: 'none',
          vpcEndpoints: [
            's3',
            'ecr.api',
            'ecr.dkr',
            'logs',
            'secretsmanager',
            'ssm',
            'ssmmessages',
            'bedrock-runtime',
            'bedrock',
          ],
        },
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('kms endpoint');
  });
});
