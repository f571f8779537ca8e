import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';

/**
 * KMS encryption of a session, when the cluster's exec configuration names a
 * KMS key (`executeCommandConfiguration.kmsKeyId`). As the public
 * aws/session-manager-plugin does it (`src/encryption/`): the client asks KMS for
 * a 64-byte data key under the encryption context {aws:ssm:SessionId,
 * aws:ssm:TargetId}, hands the encrypted key to the agent, and then uses the
 * first half of the plain key to decrypt what the agent sends and the second
 * half to encrypt what it sends; AES-256-GCM, a fresh 12-byte nonce in front of
 * each ciphertext.
 */
export interface SessionCipher {
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export interface SessionKey {
  readonly cipher: SessionCipher;
  /** The data key as KMS encrypted it, for the agent to decrypt. */
  readonly encryptedKey: Uint8Array;
}

const DATA_KEY_BYTES = 64;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export async function createSessionKey(
  kms: KMSClient,
  request: { readonly kmsKeyId: string; readonly sessionId: string; readonly targetId: string },
): Promise<SessionKey> {
  const { Plaintext, CiphertextBlob } = await kms.send(
    new GenerateDataKeyCommand({
      KeyId: request.kmsKeyId,
      NumberOfBytes: DATA_KEY_BYTES,
      EncryptionContext: { 'aws:ssm:SessionId': request.sessionId, 'aws:ssm:TargetId': request.targetId },
    }),
  );
  if (Plaintext === undefined || Plaintext.length !== DATA_KEY_BYTES || CiphertextBlob === undefined) {
    throw new Error(`KMS returned no ${DATA_KEY_BYTES}-byte data key`);
  }
  const key = Buffer.from(Plaintext);
  return {
    cipher: sessionCipher(key.subarray(0, DATA_KEY_BYTES / 2), key.subarray(DATA_KEY_BYTES / 2)),
    encryptedKey: CiphertextBlob,
  };
}

/** The cipher of one session: the agent encrypts with `decryptionKey`, the client with `encryptionKey`. */
export function sessionCipher(decryptionKey: Buffer, encryptionKey: Buffer): SessionCipher {
  return {
    encrypt: (plain) => sealWithAesGcm(encryptionKey, plain),
    decrypt: (sealed) => openWithAesGcm(decryptionKey, sealed),
  };
}

export function sealWithAesGcm(key: Buffer, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  return Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

export function openWithAesGcm(key: Buffer, sealed: Buffer): Buffer {
  if (sealed.length < NONCE_BYTES + TAG_BYTES)
    throw new Error('an encrypted payload is shorter than its nonce and tag');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, NONCE_BYTES));
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)),
    decipher.final(),
  ]);
}
