// One Jest run for every project. Jest runs in ESM mode (see package.json "test") because the
// Nest 12 packages are ESM-only; @swc/jest strips types and keeps decorator metadata for Nest.
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: syntax === 'tsx' ? { syntax: 'typescript', tsx: true } : { syntax: 'typescript', decorators: true },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        react: { runtime: 'automatic' },
      },
    },
    module: { type: 'es6' },
  },
];

// ESM-only packages that CommonJS dependencies require(): Node 20.19 runs that natively, Jest
// under Node 20 cannot (https://jestjs.io/docs/ecmascript-modules#require-of-esm), so Jest gets
// them compiled to CommonJS. @fastify/static requires content-disposition 3.
const ESM_REQUIRED_FROM_CJS = ['content-disposition'];
const esmToCjs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];

// The instant every test's clinical clock is held at (the API's CLINICAL_NOW, the web tests' Date):
// an ordinary day unless NALTRACK_TEST_NOW names another. Workers inherit it; the CI's calendar
// step runs the whole suite again on awkward days (.ci/run).
process.env.NALTRACK_TEST_NOW ??= '2026-06-17T10:00:00-04:00';
if (Number.isNaN(Date.parse(process.env.NALTRACK_TEST_NOW))) {
  throw new Error(`NALTRACK_TEST_NOW must be an ISO 8601 instant, not ${process.env.NALTRACK_TEST_NOW}`);
}

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    // Sources import siblings as `./x.js` (NodeNext); Jest resolves the .ts file.
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@naltrack/domain$': '<rootDir>/libs/domain/src/index.ts',
    '\\.css$': 'identity-obj-proxy',
  },
};

export default {
  // Each embedded database is a PGlite (WebAssembly) instance whose memory a test file does not get
  // back: a worker that grew past this after a file is replaced, so one long-lived process does not
  // slow every later file down (https://jestjs.io/docs/configuration#workeridlememorylimit-numberstring).
  workerIdleMemoryLimit: '1GB',
  projects: [
    {
      ...shared,
      displayName: 'domain',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/libs/domain/src/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc('ts') },
    },
    {
      ...shared,
      displayName: 'api',
      testEnvironment: 'node',
      setupFilesAfterEnv: ['<rootDir>/apps/api/test/setup-tests.ts'],
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/src/**/*.int-spec.ts'],
      transform: {
        '^.+\\.ts$': swc('ts'),
        [`/node_modules/(${ESM_REQUIRED_FROM_CJS.join('|')})/.+\\.js$`]: esmToCjs,
      },
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_REQUIRED_FROM_CJS.join('|')})/)`],
    },
    {
      ...shared,
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/src/**/*.spec.tsx', '<rootDir>/apps/web/src/**/*.spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test/setup-tests.ts'],
      transform: { '^.+\\.tsx?$': swc('tsx') },
    },
    {
      ...shared,
      displayName: 'repo',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/config/**/*.spec.ts'],
      transform: { '^.+\\.ts$': swc('ts') },
    },
  ],
};
