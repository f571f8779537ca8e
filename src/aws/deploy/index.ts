export { CHANGE_SET_NAME_MAX_LENGTH, CHANGE_SET_NAME_PATTERN, changeSetName } from './change-set-name.js';
export {
  CAPABILITIES,
  type ChangeSetRequest,
  type CreatedChangeSet,
  createChangeSet,
  deleteChangeSet,
  readChanges,
  waitForChangeSet,
} from './change-set-operations.js';
export {
  type ChangeRow,
  type ChangeRowAction,
  type ChangeSetVerdict,
  type ChangeSetVerdictInput,
  type GuardedChange,
  isEmptyChangeSet,
  judgeChangeSet,
  type StatefulGuardVerdict,
} from './change-set-verdict.js';
export { callAws, DeployError, explainDeployFailure } from './deploy-error.js';
export {
  DEPLOY_TIMEOUT_MINUTES,
  type DeployOutcome,
  type DeployStackOptions,
  type DeployStatus,
  deployStack,
} from './deploy-stack.js';
export { describeStack, isMissingStackError } from './describe-stack.js';
export { type StackEventPage, type StackEventStream, streamStackEvents } from './event-stream.js';
export { eventKey, formatEvent, isCascadeReason, newEvents, rootCause } from './stack-events.js';
export {
  GUARDED_UPDATE_ACTIONS,
  parseStackPolicy,
  protectiveStackPolicy,
  type StackPolicy,
  type StackPolicyStatement,
  stackPolicyAllowing,
  statefulLogicalIds,
} from './stack-policy.js';
export {
  planForStackState,
  type RecoveryOption,
  regionOfStackId,
  type StackStateOptions,
  type StackStatePlan,
} from './stack-state.js';
export { templateResourceTypes } from './template-resources.js';
export {
  TEMPLATE_BODY_MAX_BYTES,
  templateBytes,
  templateKey,
  templateUrl,
  type UploadedTemplate,
  type UploadTemplateOptions,
  uploadTemplate,
} from './template-upload.js';
export {
  type Clock,
  nextDelay,
  type PollingSchedule,
  type PollOptions,
  type PollOutcome,
  pollUntil,
  SHORT_OPERATION_POLLING,
  STACK_OPERATION_POLLING,
  systemClock,
} from './waiting.js';
