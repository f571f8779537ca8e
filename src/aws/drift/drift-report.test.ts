import { describe, expect, it } from 'vitest';
import { inertCode } from '../../text/markdown.js';
import type { DriftOutcome } from './drift-outcome.js';
import {
  type DriftReport,
  driftedCount,
  driftMarker,
  driftStatus,
  MAX_ROWS,
  renderDriftReport,
} from './drift-report.js';
import type { TemplateDrift } from './template-drift.js';

const noTemplateDrift: TemplateDrift = {
  added: [],
  removed: [],
  changed: [],
  outputs: { added: [], removed: [], changed: [] },
};

function report(drift: DriftOutcome, overrides: Partial<DriftReport> = {}): DriftReport {
  return {
    environment: 'prod',
    stackName: 'dify-prod',
    region: 'eu-west-1',
    drift,
    templateDrift: noTemplateDrift,
    checkedAt: '2026-05-01T03:00:00.000Z',
    ...overrides,
  };
}

const drifted: DriftOutcome = {
  outcome: 'drifted',
  detectionId: 'd-1',
  drifted: [
    {
      logicalId: 'FilesBucket',
      physicalId: 'b',
      type: 'AWS::S3::Bucket',
      status: 'DELETED',
      differences: [],
    },
    {
      logicalId: 'LoadBalancerSecurityGroup',
      physicalId: 'sg-1',
      type: 'AWS::EC2::SecurityGroup',
      status: 'MODIFIED',
      differences: [
        {
          path: '/SecurityGroupIngress/0/CidrIp',
          expected: '10.0.0.0/16',
          actual: '0.0.0.0/0',
          differenceType: 'NOT_EQUAL',
        },
        { path: '/MasterUserPassword', expected: 'hunter2', actual: 'hunter3', differenceType: 'NOT_EQUAL' },
      ],
    },
  ],
};

describe('renderDriftReport', () => {
  it('says in sync, with the hidden marker first', () => {
    const markdown = renderDriftReport(report({ outcome: 'in-sync', detectionId: 'd-1', drifted: [] }));
    expect(markdown.split('\n')[0]).toBe('<!-- dify-aws-kit:drift:prod -->');
    expect(markdown).toContain('✅ **In sync**');
    expect(markdown).not.toContain('⚠️');
    expect(markdown).not.toContain('### ');
  });

  it('lists drifted resources with their differences, a deleted one included, and never a secret', () => {
    const markdown = renderDriftReport(report(drifted));
    expect(markdown).toContain('⚠️ **Drifted**: 2 resources of stack');
    const rows = markdown.split('\n').filter((line) => line.startsWith('| <code>'));
    expect(rows).toEqual([
      '| <code>FilesBucket</code> | <code>AWS&#58;&#58;S3&#58;&#58;Bucket</code> | DELETED | — | — | — | — |',
      '| <code>LoadBalancerSecurityGroup</code> | <code>AWS&#58;&#58;EC2&#58;&#58;SecurityGroup</code> | MODIFIED | <code>/SecurityGroupIngress/0/CidrIp</code> | NOT_EQUAL | <code>10.0.0.0/16</code> | <code>0.0.0.0/0</code> |',
      '| <code>LoadBalancerSecurityGroup</code> | <code>AWS&#58;&#58;EC2&#58;&#58;SecurityGroup</code> | MODIFIED | <code>/MasterUserPassword</code> | NOT_EQUAL | <code>(secret, not shown)</code> | <code>(secret, not shown)</code> |',
    ]);
    expect(markdown).not.toContain('hunter');
    expect(driftStatus(report(drifted))).toBe('drifted');
    expect(driftedCount(report(drifted))).toBe(2);
  });

  it('says a failed detection failed, with the reason, and is not in sync', () => {
    const failed = report({
      outcome: 'detection-failed',
      detectionId: 'd-1',
      reason: 'Failed on [Database]',
    });
    const markdown = renderDriftReport(failed);
    expect(markdown).toContain('❌ **Drift detection failed**');
    expect(markdown).toContain('<code>Failed on &#91;Database&#93;</code>');
    expect(markdown).not.toContain('✅');
    expect(driftStatus(failed)).toBe('failed');
  });

  it('says a timed-out detection is unknown and how to look at it', () => {
    const timedOut = report({ outcome: 'timed-out', detectionId: 'b78ac9b0-dec1', elapsedMs: 300_000 });
    const markdown = renderDriftReport(timedOut);
    expect(markdown).toContain('❌ **Drift detection timed out**');
    expect(markdown).toContain(
      'aws cloudformation describe-stack-drift-detection-status --region eu-west-1 --stack-drift-detection-id b78ac9b0-dec1',
    );
    expect(driftStatus(timedOut)).toBe('failed');
  });

  it('reports template drift as drift, saying someone may have deployed from a branch', () => {
    const templateDrift: TemplateDrift = {
      added: [{ logicalId: 'WorkerService', type: 'AWS::ECS::Service' }],
      removed: [{ logicalId: 'DebugBastion', type: 'AWS::EC2::Instance' }],
      changed: [
        {
          logicalId: 'ApiService',
          type: 'AWS::ECS::Service',
          deployedType: undefined,
          properties: ['DesiredCount'],
          attributes: [],
        },
      ],
      outputs: { added: ['VpcId'], removed: [], changed: [] },
    };
    const withTemplateDrift = report(
      { outcome: 'in-sync', detectionId: 'd', drifted: [] },
      { templateDrift },
    );
    const markdown = renderDriftReport(withTemplateDrift);
    expect(driftStatus(withTemplateDrift)).toBe('drifted');
    expect(driftedCount(withTemplateDrift)).toBe(3);
    expect(markdown).toContain('### Template drift');
    expect(markdown).toContain('someone may have deployed from a branch');
    expect(markdown).toContain(
      '| changed | <code>ApiService</code> | <code>AWS&#58;&#58;ECS&#58;&#58;Service</code> | <code>DesiredCount</code> |',
    );
    expect(markdown).toContain('Outputs: <code>VpcId</code> added.');
  });

  it('keeps hostile strings inert: no cell break, markup, tag, mention, new line or end of the marker', () => {
    const hostile =
      'x | y `z` ``w`` <script>alert(1)</script> [a](http://e.vil) @octocat *b* ~~c~~ \\| $m$\n# H \u202e';
    const markdown = renderDriftReport(
      report(
        {
          outcome: 'drifted',
          detectionId: 'd',
          drifted: [
            {
              logicalId: hostile,
              physicalId: undefined,
              type: hostile,
              status: 'MODIFIED',
              differences: [
                {
                  path: `/Description${hostile}`,
                  expected: hostile,
                  actual: hostile,
                  differenceType: 'NOT_EQUAL',
                },
              ],
            },
          ],
        },
        { environment: 'prod --> <b>x</b>', stackName: hostile },
      ),
    );
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('<!-- dify-aws-kit:drift:prod%20--%3E%20%3Cb%3Ex%3C%2Fb%3E -->');
    expect(lines.filter((line) => line.includes('-->'))).toEqual([lines[0]]);
    const row = lines.find((line) => line.startsWith('| <code>x'));
    expect(row?.split(/(?<!\\)\|/).length).toBe(9);
    for (const raw of ['<script>', '`', '@octocat', '[a]', '*b*', '~~', '\u202e', '$m$', '\\|'])
      expect(markdown).not.toContain(raw);
    expect(lines.some((line) => line.startsWith('# H'))).toBe(false);
    expect(inertCode('a\nb')).toBe('<code>a&#92;u000ab</code>');
  });

  it('shows at most MAX_ROWS rows and counts the rest', () => {
    const many: DriftOutcome = {
      outcome: 'drifted',
      detectionId: 'd',
      drifted: Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({
        logicalId: `R${i}`,
        physicalId: undefined,
        type: 'AWS::SNS::Topic',
        status: 'DELETED' as const,
        differences: [],
      })),
    };
    const markdown = renderDriftReport(report(many));
    expect(markdown.split('\n').filter((line) => line.startsWith('| <code>R'))).toHaveLength(MAX_ROWS);
    expect(markdown).toContain('… and 5 more rows.');
  });

  it('percent-encodes the environment in the marker', () => {
    expect(driftMarker('dev')).toBe('<!-- dify-aws-kit:drift:dev -->');
  });
});
