// The replica suite (`npm run test:replica`): the built app as a real process against a primary
// and a streaming replica of its own, started with initdb and pg_basebackup. Kept out of `npm test`
// for the same reasons as the fault suite: it needs root or a postgres user, and a minute.
import base from './jest.config.js';

const repo = base.projects.find((project) => project.displayName === 'repo');

export default {
  extensionsToTreatAsEsm: repo.extensionsToTreatAsEsm,
  moduleNameMapper: repo.moduleNameMapper,
  transform: repo.transform,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/replica/**/*.replica-spec.ts'],
  maxWorkers: 1,
  testTimeout: 60_000,
};
