/* Generated from schemas/preflight-comment-artifact.schema.json by `npm run generate`. Do not edit
 * by hand: change the schema and regenerate; a test fails when this file is stale. */

export type Severity = "error" | "warning";
export type Pointer = string;
export type Text = string;
export type RuleId = string;
export type Name = string;
export type Count = number;
export type Usd = number;
export type CommentComparison = CommentNewFile | CommentInvalidBase | CommentComparedWithBase;
/**
 * @maxItems 5000
 */
export type FieldChanges = CommentFieldChange[];
export type CommentChanges = CommentChangeSet | CommentNewStack | CommentPredictedChanges;
/**
 * @maxItems 200
 */
export type Names = Name[];
/**
 * @maxItems 5000
 */
export type ChangeRows = CommentChangeRow[];
/**
 * @maxItems 500
 */
export type StatefulChanges = CommentStatefulChange[];

/**
 * What a fork's preflight run hands the base repository's workflow_run job: the data of each environment's comment, never its text. The poster validates it against this schema (every string, list and number bounded) and renders the comments itself.
 */
export interface PreflightCommentArtifact {
  version: 2;
  pullRequest: number;
  headSha: string;
  /**
   * @maxItems 50
   */
  environments: EnvironmentComment[];
}
/**
 * What the pull-request comment shows about one environment file.
 */
export interface EnvironmentComment {
  /**
   * The environment's name: the comment's key.
   */
  environment: string;
  file: string;
  /**
   * The file passed the schema (the checks after it ran).
   */
  valid: boolean;
  /**
   * @maxItems 5000
   */
  diagnostics: CommentDiagnostic[];
  stack?: CommentStack;
  cost?: CommentCost;
  costUnavailable?: Text;
  comparison?: CommentComparison;
  changes?: CommentChanges;
}
export interface CommentDiagnostic {
  line: number;
  column: number;
  severity: Severity;
  pointer: Pointer;
  message: Text;
  hint?: Text;
  ruleId: RuleId;
}
export interface CommentStack {
  stackName: Name;
  region: Name;
  resourceCount: Count;
  resourcesByType: {
    [k: string]: Count;
  };
  /**
   * @maxItems 5000
   */
  lint: CommentLintFinding[];
}
export interface CommentLintFinding {
  ruleId: RuleId;
  severity: Severity;
  logicalId?: Name;
  path?: Pointer;
  message: Text;
}
export interface CommentCost {
  region: Name;
  currency: "USD";
  hoursPerMonth: 730;
  /**
   * @maxItems 200
   */
  lines: CommentCostLine[];
  totalMonthlyUsd: Usd;
  /**
   * @maxItems 100
   */
  assumptions: Text[];
  /**
   * @maxItems 100
   */
  excluded: Text[];
}
export interface CommentCostLine {
  component: Name;
  detail: Text;
  monthlyUsd: Usd;
}
export interface CommentNewFile {
  base: "new-file";
}
export interface CommentInvalidBase {
  base: "invalid";
  fieldChanges: FieldChanges;
}
/**
 * A field of the file that changes; before and after as JSON text, already shortened and with secrets hidden.
 */
export interface CommentFieldChange {
  pointer: Pointer;
  kind: "added" | "removed" | "changed";
  before?: Text;
  after?: Text;
}
export interface CommentComparedWithBase {
  base: "compared";
  movedFrom?: CommentStackLocation;
  fieldChanges: FieldChanges;
  /**
   * @maxItems 1000
   */
  resourceCounts: CommentResourceCountChange[];
  cost?: CommentCostDelta;
}
export interface CommentStackLocation {
  stackName: Name;
  region: Name;
  accountId: Name;
}
export interface CommentResourceCountChange {
  type: Name;
  before: Count;
  after: Count;
}
export interface CommentCostDelta {
  beforeUsd: Usd;
  afterUsd: Usd;
  deltaUsd: Usd;
  /**
   * @maxItems 200
   */
  components: CommentComponentCostChange[];
}
export interface CommentComponentCostChange {
  component: Name;
  beforeUsd: Usd;
  afterUsd: Usd;
  deltaUsd: Usd;
}
export interface CommentChangeSet {
  source: "change-set";
  changeSetName: Name;
  rows: ChangeRows;
  stateful: StatefulChanges;
}
export interface CommentChangeRow {
  logicalId: Name;
  type: Name;
  action: "add" | "modify" | "replace" | "conditional-replace" | "remove";
  causes: Names;
  causedBy: Names;
}
export interface CommentStatefulChange {
  logicalId: Name;
  type: Name;
  action: "replace" | "conditional-replace" | "remove";
  causes: Names;
  hint: Text;
}
export interface CommentNewStack {
  source: "new-stack";
  resourceCount: Count;
}
export interface CommentPredictedChanges {
  source: "predicted";
  rows: ChangeRows;
  stateful: StatefulChanges;
  why: Text;
}
