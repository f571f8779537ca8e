export {
  type AgentMessage,
  decodeAgentMessage,
  encodeAgentMessage,
  MalformedFrameError,
  MessageType,
  PayloadType,
} from './agent-message.js';
export {
  type ChannelClosed,
  CLIENT_VERSION,
  DataChannel,
  type DataChannelOptions,
  type DataChannelTimeouts,
  DEFAULT_TIMEOUTS,
  type ExecSession,
  type OutputStream,
} from './data-channel.js';
export {
  type CommandFiles,
  commandFiles,
  DEFAULT_BASE_DIR,
  type DetachedCommand,
  execCommandString,
  type FollowOptions,
  followScript,
  runDirectory,
  validateCommand,
  wrapperScript,
} from './detached-command.js';
export {
  AGENT_CONNECTIVITY_HINT,
  type EcsAction,
  type EcsScope,
  ExecError,
  type ExecErrorKind,
  explainEcsFailure,
} from './exec-error.js';
export { agentTargetId, type ExecTarget, startExecSession } from './execute-command.js';
export type { CommandState } from './follow-records.js';
export {
  type DetachedCommandResult,
  type RunDetachedCommandOptions,
  type RunnerEvent,
  runDetachedCommand,
} from './run-detached-command.js';
export {
  checkExecReadiness,
  chooseExecTask,
  type ExecReadiness,
  type ExecServiceRef,
  type SelectedTask,
  type SelectTaskOptions,
  selectExecTask,
  serviceProblemsOf,
} from './select-task.js';
export { quoteCommandLine, quoteShellWord } from './shell-quote.js';
export { nodeTimers, type Timers } from './timers.js';
