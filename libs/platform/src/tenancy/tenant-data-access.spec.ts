import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../../..');
const DIRECT_ACCESS = /@Inject(DataSource|Repository|EntityManager)\b|\.getRepository\(|\bnew DataSource\(/;

/**
 * The code that may reach the database without a tenant scope, and why. Everything else goes through TenantData,
 * so a query that forgets its jobcentre cannot be written.
 */
const ALLOWED: Record<string, string> = {
  'libs/platform/src/tenancy/tenant-scope.ts': 'the scope itself',
  'libs/platform/src/health/health.controller.ts': 'SELECT 1, no data',
  'libs/platform/src/database/data-source.ts': 'the TypeORM CLI connection that runs migrations',
  'libs/access/src/auth/auth.service.ts': 'sign-in happens before the jobcentre is known; the session decides it',
  'libs/access/src/api-keys/api-keys.service.ts':
    'a key is looked up before its jobcentre is known (writes go through a scope)',
  'libs/duty-desk/src/intakes/intake-writer.ts':
    'one statement per batch across jobcentres; it joins every row to its own jobcentre',
  'libs/duty-desk/src/sla/sla.processor.ts': 'timer jobs run for the system; each job carries its intake and jobcentre',
  'libs/duty-desk/src/sla/sla-reconciler.service.ts': 're-creates timers for all open intakes of every jobcentre',
  'libs/duty-desk/src/sla/timer-health.ts': 'reads the one sweep row, which belongs to no jobcentre',
  'libs/code-of-care/src/activity/activity-scheduler.service.ts':
    "lists the jobcentres with a network for the daily activity job; each jobcentre's work goes through its scope",
  'libs/reports/src/snapshots/monthly-figures-scheduler.service.ts':
    "lists the jobcentres for the monthly figures job; each jobcentre's work goes through its scope",
  'libs/notifications/src/delivery/delivery-dispatcher.service.ts':
    'queues the due e-mails of every jobcentre; each job carries its delivery id only',
  'libs/notifications/src/delivery/delivery-sender.service.ts':
    'e-mail jobs run for the system; each reads and updates its own delivery row by id',
  'apps/api/src/demo/demo-seed.service.ts': 'creates the demo jobcentre itself',
  'libs/jobcentres/src/public/jobcentre-directory.ts':
    'the jobcentres themselves (code, name, public contact), found by code before any tenant is known',
  'libs/taxonomy/src/postcodes/postcodes.service.ts': 'postcodes are reference data shared by every jobcentre',
  'libs/taxonomy/src/taxonomy.service.ts': 'ESCO and the sectors are reference data shared by every jobcentre',
  'libs/matching/src/matches/matches.service.ts':
    "ranks the partner jobcentres' open postings too (read-only, titles and companies); candidate reads filter on " +
    "the caller's jobcentre",
  'libs/matching/src/partners/partners.service.ts':
    'a partnership is between two jobcentres: it reads both sides of the pair and finds jobcentres by code',
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('tenant data access', () => {
  const files = [...sourceFiles(join(ROOT, 'libs')), ...sourceFiles(join(ROOT, 'apps'))].map((path) =>
    relative(ROOT, path),
  );

  it('goes through tenant scopes everywhere but the places listed with their reason', () => {
    const direct = files.filter((file) => DIRECT_ACCESS.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(direct.filter((file) => !(file in ALLOWED))).toEqual([]);
  });

  it('lists no exception that no longer needs one', () => {
    const direct = new Set(files.filter((file) => DIRECT_ACCESS.test(readFileSync(join(ROOT, file), 'utf8'))));
    expect(Object.keys(ALLOWED).filter((file) => !direct.has(file))).toEqual([]);
  });
});
