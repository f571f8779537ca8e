import { describe, expect, it } from 'vitest';
import { DriftError, explainDriftFailure } from './drift-error.js';
import { cfnError } from './drift-test-fixtures.js';

describe('explainDriftFailure', () => {
  it('says a missing stack does not exist and how to fix it', () => {
    const error = explainDriftFailure(
      cfnError('ValidationError', 400, 'Stack with id x does not exist'),
      'x',
      'GetTemplate',
    );
    expect(error).toMatchObject({ kind: 'stack-not-found' });
    expect(error.hint).toContain('dify-aws-kit deploy');
  });

  it('names the permission a denied call needs', () => {
    const error = explainDriftFailure(cfnError('AccessDenied', 403, 'no'), 'x', 'GetTemplate');
    expect(error).toMatchObject({
      kind: 'access-denied',
      message: 'GetTemplate on stack "x" was denied: no',
    });
    expect(error.hint).toContain('cloudformation:GetTemplate');
  });

  it('keeps any other failure with its code, and passes a DriftError through', () => {
    const error = explainDriftFailure(cfnError('Throttling', 400, 'Rate exceeded'), 'x', 'DetectStackDrift');
    expect(error).toMatchObject({
      kind: 'aws-error',
      message: 'DetectStackDrift on stack "x" failed (Throttling): Rate exceeded',
    });
    const original = new DriftError('unreadable-template', 'm', 'h');
    expect(explainDriftFailure(original, 'x', 'GetTemplate')).toBe(original);
  });
});
