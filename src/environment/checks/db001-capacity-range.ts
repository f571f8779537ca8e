import type { Finding, PolicyCheck } from './policy-check.js';

export const capacityRange: PolicyCheck = {
  id: 'DB001',
  title: "The database's capacity range is valid and suits a Dify that serves requests",
  severity: 'error',
  check({ environment }) {
    const { minCapacity, maxCapacity } = environment.database;
    const findings: Finding[] = [];
    if (maxCapacity < minCapacity) {
      findings.push({
        pointer: '/database/maxCapacity',
        message: `the maximum capacity of ${maxCapacity} ACU is below the minimum of ${minCapacity} ACU`,
        hint: `Raise database.maxCapacity to at least ${minCapacity}, or lower database.minCapacity.`,
      });
    }
    if (minCapacity === 0 && environment.dify.services.api.desiredCount > 0) {
      findings.push({
        pointer: '/database/minCapacity',
        severity: 'warning',
        message:
          'with a minimum capacity of 0 the database pauses when idle, and the first request after a pause waits about 15 s for Aurora to resume',
        hint: 'Fine for development; for an environment people rely on, set database.minCapacity to 0.5 or more.',
      });
    }
    return findings;
  },
};
