// The fuzz suite (`npm run test:fuzz`): the api project's settings, only `*.fuzz-spec.ts`, so that
// `npm test` never runs it and it never runs the unit and integration specs.
import base from './jest.config.js';

const api = base.projects.find((project) => project.displayName === 'api');

export default {
  ...api,
  displayName: 'fuzz',
  rootDir: import.meta.dirname,
  testMatch: ['<rootDir>/apps/api/test/fuzz/**/*.fuzz-spec.ts'],
};
