import type { KMSClient } from '@aws-sdk/client-kms';
import { parseJsonObject } from './agent-message.js';
import type { ExecSession } from './data-channel.js';
import { ExecError } from './exec-error.js';
import { createSessionKey, type SessionCipher } from './session-encryption.js';

/** `ActionStatus` of the plugin's `handshakemessage.go`. */
const ActionStatus = { success: 1, failed: 2, unsupported: 3 } as const;

/** Session types whose output is a command's terminal (the plugin runs them all as a shell session). */
const COMMAND_SESSION_TYPES = new Set(['Standard_Stream', 'InteractiveCommands', 'NonInteractiveCommands']);

export interface ProcessedClientAction {
  readonly ActionType: string;
  readonly ActionStatus: number;
  readonly ActionResult?: unknown;
  readonly Error?: string;
}

export interface HandshakeResponse {
  readonly ClientVersion: string;
  readonly ProcessedClientActions: ProcessedClientAction[];
  readonly Errors: string[];
}

export interface HandshakeAnswer {
  readonly response: HandshakeResponse;
  /** The session's cipher, when the agent asked for KMS encryption and it was set up. */
  readonly cipher?: SessionCipher;
  /** Why the session cannot go on, after the response has told the agent. */
  readonly failure?: ExecError;
  readonly agentVersion?: string;
  readonly sessionType?: string;
}

/**
 * The answer to the agent's handshake request: each requested action (session
 * type, KMS encryption) processed, as the plugin's `handleHandshakeRequest` does.
 */
export async function answerHandshake(
  payload: Buffer,
  context: { readonly session: ExecSession; readonly clientVersion: string; readonly kms?: KMSClient },
): Promise<HandshakeAnswer> {
  const request = parseJsonObject(payload);
  if (request === undefined) {
    return {
      response: {
        ClientVersion: context.clientVersion,
        ProcessedClientActions: [],
        Errors: ['unreadable request'],
      },
      failure: new ExecError(
        'protocol-error',
        'the agent sent a handshake request that is not a JSON object',
        'Run again; if it keeps failing, report it with the agent version shown in the task.',
      ),
    };
  }
  const agentVersion = typeof request.AgentVersion === 'string' ? request.AgentVersion : undefined;
  const actions = Array.isArray(request.RequestedClientActions) ? request.RequestedClientActions : [];
  const processed: ProcessedClientAction[] = [];
  const errors: string[] = [];
  let cipher: SessionCipher | undefined;
  let failure: ExecError | undefined;
  let sessionType: string | undefined;

  for (const action of actions) {
    const fields = typeof action === 'object' && action !== null ? (action as Record<string, unknown>) : {};
    const actionType = typeof fields.ActionType === 'string' ? fields.ActionType : '';
    const parameters =
      typeof fields.ActionParameters === 'object' && fields.ActionParameters !== null
        ? (fields.ActionParameters as Record<string, unknown>)
        : {};
    if (actionType === 'SessionType') {
      sessionType = typeof parameters.SessionType === 'string' ? parameters.SessionType : '';
      if (COMMAND_SESSION_TYPES.has(sessionType)) {
        processed.push({ ActionType: actionType, ActionStatus: ActionStatus.success });
      } else {
        const error = `Unknown session type ${sessionType}`;
        processed.push({ ActionType: actionType, ActionStatus: ActionStatus.failed, Error: error });
        errors.push(error);
        failure ??= new ExecError(
          'protocol-error',
          `the agent opened a ${JSON.stringify(sessionType)} session, not a command session`,
          'ECS Exec sessions run a command; check that the stream URL came from ecs:ExecuteCommand.',
        );
      }
    } else if (actionType === 'KMSEncryption') {
      const kmsKeyId = typeof parameters.KMSKeyId === 'string' ? parameters.KMSKeyId : '';
      try {
        if (context.kms === undefined) throw new Error('no KMS client was given to the data channel');
        if (context.session.targetId === undefined) throw new Error('the session has no target id');
        const key = await createSessionKey(context.kms, {
          kmsKeyId,
          sessionId: context.session.sessionId,
          targetId: context.session.targetId,
        });
        cipher = key.cipher;
        processed.push({
          ActionType: actionType,
          ActionStatus: ActionStatus.success,
          ActionResult: { KMSCipherTextKey: Buffer.from(key.encryptedKey).toString('base64') },
        });
      } catch (error) {
        const said = error instanceof Error ? error.message : String(error);
        const text = `Failed to process action KMSEncryption: ${said}`;
        processed.push({ ActionType: actionType, ActionStatus: ActionStatus.failed, Error: text });
        errors.push(text);
        failure ??= new ExecError(
          'encryption-failed',
          `the session is encrypted with KMS key ${JSON.stringify(kmsKeyId)}, and no data key could be made: ${said}`,
          'The role this run uses needs kms:GenerateDataKey on the key named in the cluster’s executeCommandConfiguration (operations.execSessionKmsKeyArn in environment.json), and the run must hand a KMS client to the session.',
          { cause: error },
        );
      }
    } else {
      const error = `Unsupported action ${actionType}`;
      processed.push({ ActionType: actionType, ActionStatus: ActionStatus.unsupported, Error: error });
      errors.push(error);
    }
  }

  return {
    response: { ClientVersion: context.clientVersion, ProcessedClientActions: processed, Errors: errors },
    ...(cipher === undefined ? {} : { cipher }),
    ...(failure === undefined ? {} : { failure }),
    ...(agentVersion === undefined ? {} : { agentVersion }),
    ...(sessionType === undefined ? {} : { sessionType }),
  };
}
