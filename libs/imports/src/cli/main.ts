import 'reflect-metadata';
import { runImportCli } from './import-cli';

// `node dist/libs/imports/src/cli/main.js companies|candidates|postings FILE.csv`, as `npm run import` runs it.
runImportCli(process.argv.slice(2)).then(
  ({ code }) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
