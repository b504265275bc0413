/**
 * Turns the shared reference data into the modules Jobbro ships and its migrations load:
 * `ts-node scripts/reference-data.ts ../shared/data`. The output is committed; this script documents how it was
 * made and makes it again from a newer copy of the data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

const [source = join(__dirname, '..', '..', 'shared', 'data')] = process.argv.slice(2);
const target = join(__dirname, '..', 'libs', 'platform', 'src', 'database', 'migrations', 'data');

interface PostcodeRow {
  postnr: string;
  navn: string;
  type: string;
  lat: string;
  lon: string;
  kommunekode: string;
  kommunenavn: string;
  regionsnavn: string;
}

const rows: PostcodeRow[] = parse(readFileSync(join(source, 'postnumre', 'postnumre.csv')), { columns: true });
// postcode;name;latitude;longitude;municipality code;municipality;region — one line each, no coordinates for
// the few large-recipient codes GeoNames does not place.
const lines = rows
  .filter((row) => row.type !== 'uden_geometri')
  .map((row) => [row.postnr, row.navn, row.lat, row.lon, row.kommunekode, row.kommunenavn, row.regionsnavn].join(';'));
writeFileSync(
  join(target, 'postcodes-2023.ts'),
  `/**
 * Every Danish postcode with a point on land and its main kommune (${lines.length} codes), made by
 * scripts/reference-data.ts from shared/data/postnumre/postnumre.csv. Postcodes and kommuner: Indeholder data fra
 * Klimadatastyrelsen, DAWA/DAGI, 2023. Postal code coordinates © GeoNames (geonames.org), CC BY 4.0.
 * Fields: postcode;name;latitude;longitude;municipality code;municipality;region.
 */
export const POSTCODES_2023 = \`
${lines.join('\n')}
\`;
`,
);
console.log(`Wrote ${lines.length} postcodes`);
