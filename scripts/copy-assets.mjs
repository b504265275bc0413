// tsc compiles code only: the reference data the migrations load is copied beside their compiled modules.
import { cpSync } from 'node:fs';

const ASSETS = ['libs/platform/src/database/migrations/data/esco', 'libs/reports/src/exports/fonts'];

for (const folder of ASSETS) {
  cpSync(folder, `dist/${folder}`, { recursive: true, filter: (path) => !path.endsWith('.ts') });
}
