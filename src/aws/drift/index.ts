export { type DetectDriftOptions, DRIFT_TIMEOUT_MINUTES, detectDrift } from './detect-drift.js';
export { DriftError, type DriftErrorKind, type DriftStep, explainDriftFailure } from './drift-error.js';
export {
  DRIFT_LABEL,
  type DriftIssueClient,
  type DriftIssueDecision,
  type DriftIssueInput,
  type DriftIssueResult,
  decideDriftIssue,
  driftIssueTitle,
  type OpenIssue,
  ownDriftIssues,
  syncDriftIssue,
} from './drift-issue.js';
export type { DriftOutcome, PropertyDrift, ResourceDrift } from './drift-outcome.js';
export {
  type DriftReport,
  type DriftStatus,
  driftedCount,
  driftMarker,
  driftStatus,
  MAX_ROWS,
  renderDriftReport,
} from './drift-report.js';
export {
  MAX_SHOWN_VALUE_LENGTH,
  maskDifference,
  type PropertiesContext,
  SECRET_PLACEHOLDER,
} from './mask-secret-values.js';
export {
  type ChangedTemplateResource,
  compareTemplates,
  fetchDeployedTemplate,
  hasTemplateDrift,
  parseDeployedTemplate,
  type TemplateDrift,
  type TemplateResourceRef,
} from './template-drift.js';
