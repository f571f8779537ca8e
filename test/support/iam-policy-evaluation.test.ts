import { describe, expect, it } from 'vitest';
import { decide, globMatch, type Statement } from './iam-policy-evaluation.js';

const allow = (extra: Partial<Statement> = {}): Statement => ({
  Effect: 'Allow',
  Action: ['s3:GetObject'],
  Resource: ['arn:aws:s3:::bucket/*'],
  ...extra,
});
const request = { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/key' };

describe('the test IAM evaluator', () => {
  it('allows what a statement allows, and nothing it does not name', () => {
    expect(decide({ identity: [allow()] }, request)).toBe('allowed');
    expect(decide({ identity: [allow()] }, { ...request, action: 's3:PutObject' })).toBe('not allowed');
    expect(decide({ identity: [allow()] }, { ...request, resource: 'arn:aws:s3:::other/key' })).toBe(
      'not allowed',
    );
    expect(decide({ identity: [allow({ Action: 'S3:get*' })] }, request)).toBe('allowed');
  });

  it('lets an explicit deny win, in the identity policies or the boundary', () => {
    const deny: Statement = { Effect: 'Deny', Action: 's3:*', Resource: '*' };
    expect(decide({ identity: [allow(), deny] }, request)).toBe('denied');
    expect(decide({ identity: [allow()], boundary: [allow(), deny] }, request)).toBe('denied');
  });

  it('allows only what both the identity policies and the boundary allow', () => {
    expect(decide({ identity: [allow()], boundary: [] }, request)).toBe('not allowed');
    expect(decide({ identity: [], boundary: [allow()] }, request)).toBe('not allowed');
    expect(decide({ identity: [allow()], boundary: [allow()] }, request)).toBe('allowed');
  });

  it('ANDs operators and keys, ORs the values of one key', () => {
    const statement = allow({
      Condition: { StringEquals: { 'aws:ResourceAccount': ['1', '2'], 'aws:PrincipalAccount': '1' } },
    });
    const context = (resource: string, principal: string) => ({
      ...request,
      context: { 'aws:ResourceAccount': resource, 'aws:PrincipalAccount': principal },
    });
    expect(decide({ identity: [statement] }, context('2', '1'))).toBe('allowed');
    expect(decide({ identity: [statement] }, context('3', '1'))).toBe('not allowed');
    expect(decide({ identity: [statement] }, context('1', '2'))).toBe('not allowed');
  });

  it('treats a missing key as IAM does: false, except IfExists, negated operators and Null', () => {
    const key = 'aws:ResourceTag/env';
    const decideWith = (Condition: NonNullable<Statement['Condition']>, context = {}) =>
      decide({ identity: [allow({ Condition })] }, { ...request, context });
    expect(decideWith({ StringEquals: { [key]: 'dev' } })).toBe('not allowed');
    expect(decideWith({ StringEqualsIfExists: { [key]: 'dev' } })).toBe('allowed');
    expect(decideWith({ StringEqualsIfExists: { [key]: 'dev' } }, { [key]: 'prod' })).toBe('not allowed');
    expect(decideWith({ StringNotEquals: { [key]: 'dev' } })).toBe('allowed');
    expect(decideWith({ ArnNotEquals: { [key]: 'arn:aws:iam::1:policy/b' } })).toBe('allowed');
    expect(decideWith({ Null: { [key]: 'true' } })).toBe('allowed');
    expect(decideWith({ Null: { [key]: 'false' } })).toBe('not allowed');
    expect(decideWith({ Null: { [key]: 'false' } }, { [key]: 'dev' })).toBe('allowed');
  });

  it('compares condition keys without regard to case, values with it unless told', () => {
    const decideWith = (Condition: NonNullable<Statement['Condition']>, context: Record<string, string>) =>
      decide({ identity: [allow({ Condition })] }, { ...request, context });
    expect(
      decideWith({ StringEquals: { 'AWS:ResourceTag/Env': 'dev' } }, { 'aws:resourcetag/env': 'dev' }),
    ).toBe('allowed');
    expect(decideWith({ StringEquals: { k: 'Dev' } }, { k: 'dev' })).toBe('not allowed');
    expect(decideWith({ StringEqualsIgnoreCase: { k: 'Dev' } }, { k: 'dev' })).toBe('allowed');
    expect(
      decideWith({ StringLike: { k: 'repo:*:ref:refs/heads/main' } }, { k: 'repo:O/R:ref:refs/heads/MAIN' }),
    ).toBe('not allowed');
  });

  it('handles ForAllValues and ForAnyValue over multivalued keys', () => {
    const forAll = { 'ForAllValues:StringNotEquals': { 'aws:TagKeys': ['env'] } };
    const decideWith = (Condition: NonNullable<Statement['Condition']>, keys: string[] | undefined) =>
      decide(
        { identity: [allow({ Condition })] },
        { ...request, context: keys ? { 'aws:TagKeys': keys } : {} },
      );
    expect(decideWith(forAll, ['Name', 'Owner'])).toBe('allowed');
    expect(decideWith(forAll, ['Name', 'env'])).toBe('not allowed');
    expect(decideWith(forAll, undefined)).toBe('allowed');
    expect(decideWith({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['env'] } }, ['Name', 'env'])).toBe(
      'allowed',
    );
  });

  it('fills policy variables from the request context, and matches nothing when one is missing', () => {
    const statement = allow({ Resource: 'arn:aws:s3:::dify-${aws:PrincipalTag/env}*/*' });
    const as = (env?: string) => ({
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::dify-dev-storage/key',
      context: env === undefined ? {} : { 'aws:PrincipalTag/env': env },
    });
    expect(decide({ identity: [statement] }, as('dev'))).toBe('allowed');
    expect(decide({ identity: [statement] }, as('prod'))).toBe('not allowed');
    expect(decide({ identity: [statement] }, as())).toBe('not allowed');
  });

  it('compares ARNs part by part', () => {
    const statement = allow({
      Condition: { ArnLike: { 'iam:PermissionsBoundary': 'arn:aws:iam::*:policy/b' } },
    });
    const withBoundary = (boundary: string) =>
      decide({ identity: [statement] }, { ...request, context: { 'iam:PermissionsBoundary': boundary } });
    expect(withBoundary('arn:aws:iam::123456789012:policy/b')).toBe('allowed');
    expect(withBoundary('arn:aws:iam::1:2:policy/b')).toBe('not allowed');
  });

  it('refuses what it cannot judge, rather than guessing', () => {
    expect(() =>
      decide({ identity: [{ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }] }, request),
    ).toThrow(/NotAction/);
    expect(() =>
      decide(
        { identity: [allow({ Condition: { DateGreaterThan: { 'aws:CurrentTime': '2020' } } })] },
        request,
      ),
    ).toThrow(/DateGreaterThan/);
  });

  it('matches * and ? as IAM does, and nothing else as a pattern', () => {
    expect(globMatch('a*c', 'abbbc')).toBe(true);
    expect(globMatch('a*c', 'ac')).toBe(true);
    expect(globMatch('a?c', 'abc')).toBe(true);
    expect(globMatch('a.c', 'abc')).toBe(false);
    expect(globMatch('a[b]c', 'abc')).toBe(false);
  });
});
