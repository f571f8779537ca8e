import type { Intrinsic } from '../render/intrinsics.js';

/** One statement of an IAM policy the bootstrap template writes. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: Readonly<Record<string, unknown>>;
  readonly Action: string | readonly string[];
  readonly Resource?: string | Intrinsic | readonly (string | Intrinsic)[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
