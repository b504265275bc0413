// The web app's API types, generated from the committed openapi.json: `npm run openapi` runs this after writing the
// document; test/openapi.e2e-spec.ts fails when the committed types differ from what this generates.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OPENAPI_FILE = join(ROOT, 'openapi.json');
export const TYPES_FILE = join(ROOT, 'apps/web/src/api/schema.d.ts');

/** The types file's text for the given OpenAPI document, formatted as Prettier would commit it. */
export async function generateTypes(document) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const prettier = await import('prettier');
  const header = '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';
  const source = header + astToString(await openapiTS(document));
  const options = (await prettier.resolveConfig(TYPES_FILE)) ?? {};
  return prettier.format(source, { ...options, filepath: TYPES_FILE });
}

// `node scripts/openapi-types.mjs` writes the types; with --check it only compares, and exits 1 when they differ.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // An optional document path after --check (the test's altered copy); openapi.json otherwise.
  const source = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? OPENAPI_FILE;
  const text = await generateTypes(JSON.parse(readFileSync(source, 'utf8')));
  if (process.argv.includes('--check')) {
    const committed = readFileSync(TYPES_FILE, 'utf8');
    if (committed !== text) {
      process.stderr.write(`${TYPES_FILE} is out of date with openapi.json: run \`npm run openapi\`\n`);
      process.exit(1);
    }
    process.stdout.write(`${TYPES_FILE} matches openapi.json\n`);
  } else {
    writeFileSync(TYPES_FILE, text);
    process.stdout.write(`Wrote ${TYPES_FILE}\n`);
  }
}
