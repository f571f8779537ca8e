import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  replacementProperties as generate,
  renderableResourceTypes,
} from '../../scripts/replacement-properties.js';
import { contextFor } from '../../test/support/environment-fixtures.js';
import { renderBootstrap } from '../bootstrap/render-bootstrap.js';
import { checkEnvironment } from '../environment/check-environment.js';
import type { CloudFormationTemplate } from '../render/cloudformation-template.js';
import { renderStack } from '../render/render-stack.js';
import { replacementProperties } from './replacement-properties.generated.js';

function example(file: string): CloudFormationTemplate {
  const { environment, diagnostics } = checkEnvironment(readFileSync(file, 'utf8'), { file });
  if (!environment) throw new Error(JSON.stringify(diagnostics));
  return renderStack(environment, 'test').template;
}

/**
 * Between them, every optional part of the templates: the examples (a NAT instance and
 * a created certificate; an existing VPC with no egress and an imported certificate),
 * NAT gateways with email, and the bootstrap stack.
 */
function everyRenderedTemplate(): CloudFormationTemplate[] {
  const examples = readdirSync('examples/environments')
    .filter((name) => name.endsWith('.json'))
    .map((name) => example(`examples/environments/${name}`));
  const natGatewaysWithEmail = renderStack(
    contextFor({
      network: { egress: 'nat-gateway' },
      email: { sendingDomain: 'example.com', fromAddress: 'dify@example.com' },
    }).environment,
    'test',
  ).template;
  const bootstrap = renderBootstrap(
    { githubRepo: 'my-org/dify-infra', environments: ['dev'] },
    'test',
  ).template;
  return [...examples, natGatewaysWithEmail, bootstrap];
}

function typesOf(templates: readonly CloudFormationTemplate[]): string[] {
  const types = templates.flatMap((template) => Object.values(template.Resources).map(({ Type }) => Type));
  return [...new Set(types)].sort();
}

describe('replacementProperties', () => {
  const rendered = typesOf(everyRenderedTemplate());

  it('knows every resource type the kit renders', () => {
    expect(rendered.filter((type) => !Object.hasOwn(replacementProperties, type))).toEqual([]);
  });

  it('covers the same types the templates declare, so no optional part escapes the renders above', async () => {
    expect(await renderableResourceTypes()).toEqual(rendered);
  });

  it('marks the kit’s data holders stateful and names what replaces them', () => {
    expect(replacementProperties['AWS::RDS::DBCluster']).toMatchObject({ stateful: true });
    expect(replacementProperties['AWS::RDS::DBCluster']?.replacedBy).toContain('StorageEncrypted');
    expect(replacementProperties['AWS::RDS::DBCluster']?.mayReplaceBy).toContain('MasterUsername');
    expect(replacementProperties['AWS::S3::Bucket']?.replacedBy).toContain('BucketName');
    expect(replacementProperties['AWS::ElastiCache::ReplicationGroup']?.replacedBy).toContain('Port');
    expect(replacementProperties['AWS::SecretsManager::Secret']?.replacedBy).toEqual(['Name']);
  });

  it('is generated from the installed specification (run npm run generate after updating it)', async () => {
    expect(readFileSync('src/data/replacement-properties.generated.ts', 'utf8')).toBe(await generate());
  });
});
