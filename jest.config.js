/**
 * Unit tests live next to the code (libs, apps); e2e tests under test/ share one embedded PostgreSQL.
 *
 * NestJS 12 ships as ES modules only. Jest's CommonJS runtime cannot require() them on Node 20, so those packages
 * (and the ES-only packages they load) are compiled to CommonJS by babel-jest, once, into Jest's cache.
 */
const ESM_ONLY_PACKAGES = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'load-esm',
];

const moduleNameMapper = {
  '^@jobbro/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@jobbro/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};
const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  '^.+/node_modules/.+\\.js$': [
    'babel-jest',
    {
      babelrc: false,
      configFile: false,
      plugins: [
        require.resolve('./test/support/babel-esm-leftovers-to-commonjs.js'),
        '@babel/plugin-transform-modules-commonjs',
      ],
    },
  ],
};
const common = {
  rootDir: __dirname,
  moduleFileExtensions: ['ts', 'js', 'json'],
  testEnvironment: 'node',
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY_PACKAGES.join('|')})/)`],
  moduleNameMapper,
};

module.exports = {
  // Hooks that register candidates or postings load the ESCO catalogue (1–2 s, more while two cores are shared by
  // parallel files), and each file's app boots its own database, queues and workers; on a machine busy with other
  // work that took over 15 s. A timeout here only catches a hang: speed is measured by the benchmarks.
  testTimeout: 30_000,
  reporters: ['default', require.resolve('./test/support/summary-reporter.js')],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
