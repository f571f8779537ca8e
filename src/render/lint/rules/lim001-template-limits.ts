import type { TemplateFinding, TemplateRule } from '../template-rule.js';

// CloudFormation quotas (AWS CloudFormation User Guide, "Understand CloudFormation quotas").

/** Largest template CloudFormation accepts from S3, in bytes. */
export const MAX_TEMPLATE_BYTES = 1_000_000;
/** Largest template body CloudFormation accepts inline in a request; anything larger must be uploaded to S3. */
export const MAX_INLINE_TEMPLATE_BYTES = 51_200;
/** Most resources a template may declare. */
export const MAX_RESOURCES = 500;
/** Most outputs a template may declare. */
export const MAX_OUTPUTS = 200;
/** Most parameters a template may declare. */
export const MAX_PARAMETERS = 200;
/** Longest logical id (resource, parameter, output or mapping name). */
export const MAX_LOGICAL_ID_LENGTH = 255;

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

export const templateLimits: TemplateRule = {
  id: 'LIM001',
  title: 'The template stays within CloudFormation quotas',
  check({ template, text }) {
    const findings: TemplateFinding[] = [];
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_TEMPLATE_BYTES) {
      findings.push({
        ruleId: 'LIM001',
        severity: 'error',
        message: `the template is ${bytes} bytes: CloudFormation accepts at most ${MAX_TEMPLATE_BYTES} bytes, even from S3`,
      });
    }
    // Over MAX_INLINE_TEMPLATE_BYTES is no problem: the deploy engine uploads the template to the artifact bucket.

    const counts = [
      ['resources', Object.keys(template.Resources).length, MAX_RESOURCES],
      ['outputs', Object.keys(template.Outputs ?? {}).length, MAX_OUTPUTS],
      ['parameters', Object.keys(template.Parameters ?? {}).length, MAX_PARAMETERS],
    ] as const;
    for (const [what, count, limit] of counts) {
      if (count <= limit) continue;
      findings.push({
        ruleId: 'LIM001',
        severity: 'error',
        message: `the template declares ${count} ${what}: CloudFormation accepts at most ${limit}`,
      });
    }

    const sections = [
      ['parameter', template.Parameters],
      ['resource', template.Resources],
      ['output', template.Outputs],
      ['mapping', template.Mappings],
    ] as const;
    for (const [what, section] of sections) {
      for (const logicalId of Object.keys(section ?? {})) {
        if (!ALPHANUMERIC.test(logicalId)) {
          findings.push({
            ruleId: 'LIM001',
            severity: 'error',
            logicalId,
            message: `the ${what} logical id is not alphanumeric: CloudFormation accepts only A-Z, a-z and 0-9 in logical ids`,
          });
        }
        if (logicalId.length > MAX_LOGICAL_ID_LENGTH) {
          findings.push({
            ruleId: 'LIM001',
            severity: 'error',
            logicalId,
            message: `the ${what} logical id is ${logicalId.length} characters long: CloudFormation accepts at most ${MAX_LOGICAL_ID_LENGTH}`,
          });
        }
      }
    }
    return findings;
  },
};
