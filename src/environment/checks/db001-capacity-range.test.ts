import { describe, expect, it } from 'vitest';
import { contextFor } from '../../../test/support/environment-fixtures.js';
import { capacityRange } from './db001-capacity-range.js';

describe('DB001 capacity range', () => {
  it('accepts the default range and an equal minimum and maximum', () => {
    expect(capacityRange.check(contextFor())).toEqual([]);
    expect(capacityRange.check(contextFor({ database: { minCapacity: 2, maxCapacity: 2 } }))).toEqual([]);
  });

  it('refuses a maximum below the minimum', () => {
    expect(capacityRange.check(contextFor({ database: { minCapacity: 8 } }))).toEqual([
      {
        pointer: '/database/maxCapacity',
        message: 'the maximum capacity of 4 ACU is below the minimum of 8 ACU',
        hint: 'Raise database.maxCapacity to at least 8, or lower database.minCapacity.',
      },
    ]);
  });

  it('warns that a database able to pause makes the first request wait', () => {
    expect(capacityRange.check(contextFor({ database: { minCapacity: 0 } }))).toEqual([
      {
        pointer: '/database/minCapacity',
        severity: 'warning',
        message:
          'with a minimum capacity of 0 the database pauses when idle, and the first request after a pause waits about 15 s for Aurora to resume',
        hint: 'Fine for development; for an environment people rely on, set database.minCapacity to 0.5 or more.',
      },
    ]);
  });

  it('does not warn about pausing when the API runs no tasks', () => {
    expect(
      capacityRange.check(
        contextFor({ database: { minCapacity: 0 }, dify: { services: { api: { desiredCount: 0 } } } }),
      ),
    ).toEqual([]);
  });
});
