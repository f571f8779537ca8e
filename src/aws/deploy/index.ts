export { CHANGE_SET_NAME_MAX_LENGTH, CHANGE_SET_NAME_PATTERN, changeSetName } from './change-set-name.js';
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
export { eventKey, formatEvent, isCascadeReason, newEvents, rootCause } from './stack-events.js';
export {
  planForStackState,
  type RecoveryOption,
  regionOfStackId,
  type StackStateOptions,
  type StackStatePlan,
} from './stack-state.js';
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
