import { describe, expect, it } from 'vitest';
import { deepEqual, diffEnvironmentFiles } from './environment-diff.js';

describe('diffEnvironmentFiles', () => {
  it('names every changed, added and removed field by its pointer', () => {
    const before = { name: 'dev', database: { minCapacity: 0, maxCapacity: 2 }, cache: { replicas: 0 } };
    const after = { name: 'dev', database: { minCapacity: 0.5, maxCapacity: 2, deletionProtection: true } };
    expect(diffEnvironmentFiles(before, after)).toEqual([
      { pointer: '/database/minCapacity', kind: 'changed', before: 0, after: 0.5 },
      { pointer: '/database/deletionProtection', kind: 'added', after: true },
      { pointer: '/cache', kind: 'removed', before: { replicas: 0 } },
    ]);
  });

  it('compares arrays as whole values and ignores $schema', () => {
    const before = { $schema: 'a', network: { vpcEndpoints: ['s3', 'ecr'] } };
    const after = { $schema: 'b', network: { vpcEndpoints: ['s3', 'ecr', 'logs'] } };
    expect(diffEnvironmentFiles(before, after)).toEqual([
      {
        pointer: '/network/vpcEndpoints',
        kind: 'changed',
        before: ['s3', 'ecr'],
        after: ['s3', 'ecr', 'logs'],
      },
    ]);
  });

  it('finds nothing when only the order of keys differs', () => {
    expect(
      diffEnvironmentFiles({ a: 1, b: { c: [1, { d: 2 }] } }, { b: { c: [1, { d: 2 }] }, a: 1 }),
    ).toEqual([]);
  });

  it('escapes keys with / and ~ in pointers', () => {
    expect(diffEnvironmentFiles({ tags: { 'a/b~c': 'x' } }, { tags: { 'a/b~c': 'y' } })[0]?.pointer).toBe(
      '/tags/a~1b~0c',
    );
  });

  it('treats a base that is not an object as a change of the whole file', () => {
    expect(diffEnvironmentFiles(undefined, { name: 'dev' })).toEqual([
      { pointer: '', kind: 'changed', before: undefined, after: { name: 'dev' } },
    ]);
  });
});

describe('deepEqual', () => {
  it('tells arrays, objects and scalars apart', () => {
    expect(deepEqual([1], { 0: 1 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({ a: undefined }, { b: undefined })).toBe(false);
    expect(deepEqual([1, [2]], [1, [2]])).toBe(true);
  });
});

describe('the name beside a field', () => {
  it('goes with each field of a named item of a list, so that a value can be judged by its name', () => {
    const before = { name: 'dev', dify: { environment: [{ name: 'SMTP_PASSWORD', value: 'a' }] } };
    const after = {
      name: 'dev',
      dify: { environment: [{ name: 'SMTP_PASSWORD', value: 'b', targets: ['api'] }] },
    };
    expect(diffEnvironmentFiles(before, after)).toEqual([
      {
        pointer: '/dify/environment/0/value',
        kind: 'changed',
        before: 'a',
        after: 'b',
        nameBeside: 'SMTP_PASSWORD',
      },
      { pointer: '/dify/environment/0/targets', kind: 'added', after: ['api'], nameBeside: 'SMTP_PASSWORD' },
    ]);
  });
});
