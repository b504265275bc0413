import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';

/**
 * Reads one of the gzipped ESCO files shipped beside this module (the build copies them into dist). Multi-valued
 * fields are `|`-joined in the files; callers split them.
 */
export function readEscoFile<Row>(name: string): Row[] {
  const raw = readFileSync(join(__dirname, name));
  return parse(name.endsWith('.gz') ? gunzipSync(raw) : raw, { columns: true });
}

export function splitLabels(joined: string | undefined): string[] {
  return joined ? joined.split('|').filter((label) => label !== '') : [];
}
