import { describe, expect, it } from 'vitest';
import { readIdTokenClaims } from './id-token-claims.js';
import { AUDIENCE, EXPIRY, fakeIdToken, SUB } from './oidc-test-fixtures.js';

describe('readIdTokenClaims', () => {
  it('reads the claims a trust policy tests, and only those', () => {
    expect(readIdTokenClaims(fakeIdToken())).toEqual({
      sub: SUB,
      aud: AUDIENCE,
      iss: 'https://token.actions.githubusercontent.com',
      exp: EXPIRY,
    });
  });

  it('keeps an audience list', () => {
    expect(readIdTokenClaims(fakeIdToken({ aud: ['a', 'b'] }))?.aud).toEqual(['a', 'b']);
  });

  it('leaves out claims of the wrong type', () => {
    expect(readIdTokenClaims(fakeIdToken({ sub: 42, aud: [1], exp: 'soon' }))).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
    });
  });

  it('gives nothing for text that is not a JWT with a JSON object payload', () => {
    expect(readIdTokenClaims('not-a-token')).toBeUndefined();
    expect(readIdTokenClaims('a.b')).toBeUndefined();
    expect(readIdTokenClaims(`x.${Buffer.from('not json').toString('base64url')}.y`)).toBeUndefined();
    expect(readIdTokenClaims(`x.${Buffer.from('[1]').toString('base64url')}.y`)).toBeUndefined();
    expect(readIdTokenClaims('x.!!!.y')).toBeUndefined();
  });
});
