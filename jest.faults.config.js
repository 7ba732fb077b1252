// The fault suite (`npm run test:faults`): the built app as a real process against a PostgreSQL
// cluster of its own, broken on purpose. Kept out of `npm test`: it needs root or a postgres user
// to run initdb, and minutes rather than seconds.
import base from './jest.config.js';

const repo = base.projects.find((project) => project.displayName === 'repo');

export default {
  extensionsToTreatAsEsm: repo.extensionsToTreatAsEsm,
  moduleNameMapper: repo.moduleNameMapper,
  transform: repo.transform,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/faults/**/*.fault-spec.ts'],
  // Each spec starts clusters and app processes of its own: one at a time on two cores.
  maxWorkers: 1,
  // A fault spec starts, breaks and restarts processes; its own waits are bounded well below this.
  testTimeout: 240_000,
};
