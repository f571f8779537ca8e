/**
 * Lint findings (the validator's or the kit's rules') the kit accepts on purpose, each with its reason.
 * Reviewed like code: a finding lands here only when the template is right
 * and the rule does not fit, never to make a lint pass. A test fails when an
 * entry no longer occurs, so none outlives its reason.
 */
export interface AcknowledgedFinding {
  readonly ruleId: string;
  /** Limit the acknowledgement to one resource; all resources when absent. */
  readonly logicalId?: string;
  readonly reason: string;
}

export const acknowledgedFindings: readonly AcknowledgedFinding[] = [
  {
    ruleId: 'E3676',
    logicalId: 'HttpsListener',
    reason:
      '@aws/cloudformation-validate 1.9.0-beta reports "HTTPS listener requires Certificates" whenever the certificate ARN is a Ref to an AWS::CertificateManager::Certificate of the same template (reproduced with a two-resource template); the listener has its certificate, Python cfn-lint accepts it, and SEC006 checks it.',
  },
];
