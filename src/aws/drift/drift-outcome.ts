/** One property of a resource that is not what the template says, its values already masked. */
export interface PropertyDrift {
  /** A JSON pointer into the resource's properties: `/SecurityGroupIngress/0/CidrIp`. */
  readonly path: string;
  /** As the template and its parameters say; empty for an ADD. */
  readonly expected: string;
  /** As the resource is now; empty for a REMOVE. */
  readonly actual: string;
  readonly differenceType: 'ADD' | 'REMOVE' | 'NOT_EQUAL';
}

/** A resource that was changed (`MODIFIED`) or deleted (`DELETED`) outside CloudFormation. */
export interface ResourceDrift {
  readonly logicalId: string;
  readonly physicalId: string | undefined;
  readonly type: string;
  readonly status: 'MODIFIED' | 'DELETED';
  /** Sorted by path; none for a deleted resource. */
  readonly differences: readonly PropertyDrift[];
}

/**
 * What drift detection found. A failed or timed-out detection is its own
 * outcome, never "in sync": nobody knows whether the stack drifted.
 */
export type DriftOutcome =
  | {
      readonly outcome: 'in-sync';
      readonly detectionId: string;
      readonly drifted: readonly [];
    }
  | {
      readonly outcome: 'drifted';
      readonly detectionId: string;
      /** Sorted by logical id. */
      readonly drifted: readonly ResourceDrift[];
    }
  | {
      readonly outcome: 'detection-failed';
      readonly detectionId: string;
      /** CloudFormation's DetectionStatusReason. */
      readonly reason: string;
    }
  | {
      readonly outcome: 'timed-out';
      readonly detectionId: string;
      readonly elapsedMs: number;
    };
