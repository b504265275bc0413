import { Client } from 'pg';

/**
 * A national population for the monthly figures, made inside PostgreSQL with generate_series: 98 jobcentres over
 * five years (November 2021 to October 2026, Copenhagen months), every row within the schema's CHECK, unique and
 * foreign-key constraints (the migrations run first). Ids are md5 of a name ("intake-17"), so a row can be found
 * again; the draws are random() after setseed, so a run of the same size makes the same data.
 */
export interface PopulationSize {
  jobcentres: number;
  companiesPerJobcentre: number;
  intakes: number;
  candidates: number;
  /** Postings filled with one or two placements each, to give this many placements. */
  placements: number;
  openPostings: number;
  closedPostings: number;
  ladderMoves: number;
  consultantChanges: number;
  /** Code of Care memberships per jobcentre (members, former members and prospects). */
  membershipsPerJobcentre: number;
}

export interface PopulationMarker extends PopulationSize {
  version: number;
  generatedAt: string;
  generationSeconds: number;
  steps: Record<string, number>;
}

/** Bumped when the generator changes what it makes: a kept population of another version is made again. */
const VERSION = 1;
export const WINDOW = { from: '2021-11', to: '2026-10' };
const CONSULTANTS = 24;

const WINDOW_START = `(timestamp '2021-11-01 00:00' AT TIME ZONE 'Europe/Copenhagen')`;
const WINDOW_END = `(timestamp '2026-11-01 00:00' AT TIME ZONE 'Europe/Copenhagen')`;
const IN_WINDOW = `${WINDOW_START} + random() * (${WINDOW_END} - ${WINDOW_START})`;
const jc = (g: string) => `md5('jc-' || ${g})::uuid`;
const consultant = (j: string, n: string) => `md5('staff-' || ${j} || '-c' || ${n})::uuid`;
const lead = (j: string) => `md5('staff-' || ${j} || '-lead')::uuid`;
const pick = (values: string[], r: string) =>
  `(ARRAY[${values.map((value) => `'${value}'`).join(', ')}])[1 + floor(${r} * ${values.length})::int]`;

const INTAKE_KINDS = [
  'recruitment',
  'recruitment',
  'småjob',
  'småjob',
  'voksenlærling',
  'praktik-løntilskud',
  'retention',
  'mentor-course',
  'code-of-care-interest',
];
const CHANNELS = ['phone', 'phone', 'phone', 'e-mail', 'e-mail', 'web', 'visit'];
const POSTING_KINDS = [
  'ordinary',
  'ordinary',
  'småjob',
  'småjob',
  'voksenlærling',
  'virksomhedspraktik',
  'løntilskud',
  'fleksjob',
];
const TARGET_GROUPS = [
  'dagpenge',
  'dagpenge',
  'kontanthjælp',
  'kontanthjælp',
  'uddannelseshjælp',
  'sygedagpenge',
  'jobafklaring',
  'ressourceforløb',
  'integration',
  'fleksjob',
];
const OUTCOMES = ['posting-created', 'shortlist-sent', 'referred', 'no-need'];

/** Row-by-row triggers that would only slow a bulk load (notifications to listeners, prospects from intakes). */
const TRIGGERS: [string, string][] = [
  ['intake_events', 'intake_events_notify'],
  ['intakes', 'code_of_care_prospect_from_intake'],
  ['candidates', 'candidates_match_change'],
  ['candidate_skills', 'candidate_skills_match_change'],
  ['placements', 'placements_match_change'],
  ['postings', 'postings_match_change'],
];

type Progress = (task: string, total: number) => { update: (done: number) => void; stop: () => void };

/** Runs `statement(from, to)` over 1..total in chunks, with a progress bar. */
async function chunked(
  client: Client,
  task: string,
  total: number,
  chunk: number,
  statement: (from: number, to: number) => string,
  progress: Progress,
) {
  const bar = progress(task, total);
  for (let from = 1; from <= total; from += chunk) {
    const to = Math.min(total, from + chunk - 1);
    await client.query(statement(from, to));
    bar.update(to);
  }
  bar.stop();
}

/** Runs `statement(j)` for each jobcentre 1..n, with a progress bar. */
async function perJobcentre(
  client: Client,
  task: string,
  n: number,
  statement: (j: number) => string,
  progress: Progress,
) {
  const bar = progress(task, n);
  for (let j = 1; j <= n; j++) {
    await client.query(statement(j));
    bar.update(j);
  }
  bar.stop();
}

export async function readMarker(client: Client): Promise<PopulationMarker | null> {
  const exists = (await client.query(`SELECT to_regclass('bench_reports_marker') IS NOT NULL AS exists`)).rows[0];
  if (!exists.exists) return null;
  const row = (await client.query(`SELECT marker FROM bench_reports_marker`)).rows[0];
  return (row?.marker as PopulationMarker) ?? null;
}

export const markerFits = (marker: PopulationMarker | null, size: PopulationSize): marker is PopulationMarker =>
  !!marker &&
  marker.version === VERSION &&
  (Object.keys(size) as (keyof PopulationSize)[]).every((key) => marker[key] === size[key]);

export async function generatePopulation(
  url: string,
  size: PopulationSize,
  progress: Progress,
): Promise<PopulationMarker> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const steps: Record<string, number> = {};
  const started = performance.now();
  const step = async (name: string, run: () => Promise<unknown>) => {
    const at = performance.now();
    await run();
    steps[name] = Math.round((performance.now() - at) / 100) / 10;
    console.log(`  ${name}: ${steps[name]} s`);
  };
  const J = size.jobcentres;
  const candidatesPerJobcentre = Math.floor(size.candidates / J);
  try {
    await client.query(`SET synchronous_commit = off`);
    await client.query(`SELECT setseed(0.42)`);
    for (const [table, trigger] of TRIGGERS) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${trigger}`);

    await step('jobcentres, staff, companies', async () => {
      await client.query(`
        INSERT INTO jobcentres (id, code, name)
        SELECT ${jc('j')}, 'bench-' || lpad(j::text, 3, '0'), 'Jobcenter Bench ' || j FROM generate_series(1, ${J}) j`);
      await client.query(`
        INSERT INTO staff_members (id, jobcentre_id, name, email, role)
        SELECT ${consultant('j', 'n')}, ${jc('j')}, 'Konsulent ' || j || '-' || n,
               'konsulent' || n || '@bench-' || j || '.dk', 'consultant'
          FROM generate_series(1, ${J}) j, generate_series(1, ${CONSULTANTS}) n
        UNION ALL
        SELECT ${lead('j')}, ${jc('j')}, 'Leder ' || j, 'leder@bench-' || j || '.dk', 'lead'
          FROM generate_series(1, ${J}) j
        UNION ALL
        SELECT md5('staff-' || j || '-coord')::uuid, ${jc('j')}, 'Netværkskoordinator ' || j,
               'netvaerk@bench-' || j || '.dk', 'network-coordinator' FROM generate_series(1, ${J}) j`);
      await client.query(`
        INSERT INTO companies (id, jobcentre_id, cvr_number, name, postcode, sector, size_band, created_at, updated_at)
        SELECT md5('company-' || j || '-' || c)::uuid, ${jc('j')}, lpad((j * 100000 + c)::text, 8, '0'),
               'Virksomhed ' || j || '-' || c, '8700', s.codes[1 + (c * 7 + j) % array_length(s.codes, 1)],
               ${pick(['small', 'small', 'medium', 'large'], 'random()')},
               timestamptz '2015-01-01' + random() * interval '11 years', now()
          FROM generate_series(1, ${J}) j, generate_series(1, ${size.companiesPerJobcentre}) c,
               (SELECT array_agg(code ORDER BY position) AS codes FROM sectors) s`);
    });

    await step('intakes', () =>
      chunked(
        client,
        'intakes',
        size.intakes,
        250_000,
        (from, to) => `
        INSERT INTO intakes (id, jobcentre_id, company_id, kind, channel, description, contact_person, status,
                             assignee_id, received_at, deadline_at, reminder_at, reminder_sent_at, first_contact_at,
                             breached_at, escalated_to_id, outcome, closed_at, created_at, updated_at)
        SELECT md5('intake-' || g)::uuid, ${jc('j')}, md5('company-' || j || '-' || co)::uuid,
               ${pick(INTAKE_KINDS, 'r_kind')}, ${pick(CHANNELS, 'r_channel')}, 'Henvendelse (benchmark)',
               '{"name": "Kontaktperson"}'::jsonb,
               CASE WHEN closed THEN 'closed' ELSE 'contacted' END,
               ${consultant('j', 'assignee')}, received, received + interval '24 hours',
               received + interval '20 hours',
               CASE WHEN contact_hours IS NULL OR contact_hours > 20 THEN received + interval '20 hours' END,
               received + contact_hours * interval '1 hour',
               CASE WHEN contact_hours IS NULL OR contact_hours > 24 THEN received + interval '24 hours 1 minute' END,
               CASE WHEN contact_hours IS NULL OR contact_hours > 24 THEN ${lead('j')} END,
               CASE WHEN closed THEN CASE WHEN contact_hours IS NULL THEN 'no-need'
                                          ELSE ${pick(OUTCOMES, 'r_outcome')} END END,
               CASE WHEN closed THEN coalesce(received + contact_hours * interval '1 hour',
                                              received + interval '2 days')
                                     + r_outcome * interval '10 days' END,
               received, received
          FROM (SELECT g, 1 + g % ${J} AS j, 1 + floor(random() * ${size.companiesPerJobcentre})::int AS co,
                       random() AS r_kind, random() AS r_channel, random() AS r_outcome,
                       1 + floor(random() * ${CONSULTANTS})::int AS assignee,
                       ${IN_WINDOW} AS received,
                       CASE WHEN random() < 0.004 THEN NULL ELSE -ln(1 - random()) * 7 END AS contact_hours,
                       random() < 0.93 AS closed_draw
                  FROM generate_series(${from}, ${to}) g) s,
               LATERAL (SELECT closed_draw OR contact_hours IS NULL AS closed) c`,
        progress,
      ),
    );

    await step('intake events (contact, breach)', () =>
      perJobcentre(
        client,
        'intake events',
        J,
        (j) => `
        INSERT INTO intake_events (jobcentre_id, intake_id, type, at, actor_id, actor_name, details)
        SELECT jobcentre_id, id, 'contact-attempted', first_contact_at, assignee_id, 'Konsulent',
               jsonb_build_object('reached', true, 'note', NULL, 'withinDeadline', first_contact_at <= deadline_at)
          FROM intakes WHERE jobcentre_id = ${jc(String(j))} AND first_contact_at IS NOT NULL
        UNION ALL
        SELECT jobcentre_id, id, 'deadline-breached', breached_at, NULL, NULL,
               jsonb_build_object('deadlineAt', deadline_at, 'escalatedToId', escalated_to_id)
          FROM intakes WHERE jobcentre_id = ${jc(String(j))} AND breached_at IS NOT NULL`,
        progress,
      ),
    );

    await step('candidates and their ladder steps', async () => {
      await chunked(
        client,
        'candidates',
        size.candidates,
        250_000,
        (from, to) => `
        INSERT INTO candidates (id, jobcentre_id, name, ladder_step, target_group, birth_date, consultant_id,
                                hours_per_week, willing_to_change_sector, created_at, updated_at)
        SELECT md5('candidate-' || g)::uuid, ${jc('j')}, 'Kandidat ' || g, 1 + floor(random() * 5)::int,
               ${pick(TARGET_GROUPS, 'random()')}, date '1960-01-01' + floor(random() * 16000)::int,
               ${consultant('j', '1 + floor(random() * 24)::int')}, 10 + floor(random() * 28)::int,
               random() < 0.4, created, created
          FROM (SELECT g, 1 + g % ${J} AS j, timestamptz '2019-11-01' + random() * interval '7 years' AS created
                  FROM generate_series(${from}, ${to}) g) s`,
        progress,
      );
      await client.query(`
        INSERT INTO candidate_ladder_steps (jobcentre_id, candidate_id, step, reason, changed_at)
        SELECT jobcentre_id, id, ladder_step, 'registered', created_at FROM candidates`);
      await client.query(`
        INSERT INTO candidate_ladder_steps
               (jobcentre_id, candidate_id, step, previous_step, reason, changed_at, changed_by_id)
        SELECT ${jc('j')}, md5('candidate-' || c)::uuid, step, CASE WHEN up THEN step - 1 ELSE step + 1 END,
               'Benchmark', at, ${consultant('j', '1 + c % 24')}
          FROM (SELECT c, 1 + c % ${J} AS j, random() < 0.7 AS up, 2 + floor(random() * 3)::int AS step,
                       ${IN_WINDOW} AS at
                  FROM (SELECT 1 + floor(random() * ${size.candidates})::int AS c
                          FROM generate_series(1, ${size.ladderMoves})) d) s`);
      await client.query(`
        INSERT INTO candidate_consultant_changes (jobcentre_id, candidate_id, from_consultant_id, to_consultant_id,
                                                  reason, changed_at)
        SELECT ${jc('j')}, md5('candidate-' || c)::uuid, ${consultant('j', 'a')}, ${consultant('j', '1 + a % 24')},
               'Benchmark', ${IN_WINDOW}
          FROM (SELECT c, 1 + c % ${J} AS j, 1 + floor(random() * 24)::int AS a
                  FROM (SELECT 1 + floor(random() * ${size.candidates})::int AS c
                          FROM generate_series(1, ${size.consultantChanges})) d) s`);
    });

    // Filled postings with one position, or two for every fourth, give the placements; then open and closed ones.
    const filled = Math.round(size.placements / 1.25);
    const postings = filled + size.openPostings + size.closedPostings;
    await step('postings', () =>
      chunked(
        client,
        'postings',
        postings,
        100_000,
        (from, to) => `
        INSERT INTO postings (id, jobcentre_id, company_id, kind, status, title, occupation_code, hours_per_week,
                              workplace_postcode, start_date, positions, positions_filled, published_at, closed_at,
                              created_at, updated_at)
        SELECT md5('posting-' || g)::uuid, ${jc('j')}, md5('company-' || j || '-' || co)::uuid, kind, status,
               'Stilling ' || g, o.codes[1 + floor(r_occ * array_length(o.codes, 1))::int],
               CASE kind WHEN 'småjob' THEN 8 WHEN 'fleksjob' THEN 15 ELSE 37 END,
               p.codes[1 + floor(r_pc * array_length(p.codes, 1))::int], (created + interval '14 days')::date,
               positions, CASE WHEN status = 'filled' THEN positions ELSE 0 END, created,
               CASE WHEN status = 'closed' THEN created + interval '30 days' END,
               created, CASE WHEN status = 'filled' THEN created + fill_days * interval '1 day' ELSE created END
          FROM (SELECT g, 1 + g % ${J} AS j, 1 + floor(random() * ${size.companiesPerJobcentre})::int AS co,
                       ${pick(POSTING_KINDS, 'random()')} AS kind,
                       CASE WHEN g <= ${filled} THEN 'filled' WHEN g <= ${filled + size.openPostings} THEN 'open'
                            ELSE 'closed' END AS status,
                       CASE WHEN g <= ${filled} AND g % 4 = 0 THEN 2 ELSE 1 END AS positions,
                       random() AS r_occ, random() AS r_pc, ${IN_WINDOW} - interval '20 days' AS created,
                       -ln(1 - random()) * 18 AS fill_days
                  FROM generate_series(${from}, ${to}) g) s,
               (SELECT array_agg(code) AS codes FROM occupations) o,
               (SELECT array_agg(postcode) AS codes FROM postcodes) p`,
        progress,
      ),
    );

    // Each position of a filled posting goes to a candidate of the posting's jobcentre (candidate g belongs to
    // jobcentre 1 + g % J), the two of a two-position posting to two different ones.
    const slot = `((abs(hashtext(p.id::text)) % ${candidatesPerJobcentre - 2}) + n)`;
    await step('placements', () =>
      perJobcentre(
        client,
        'placements',
        J,
        (j) => `
        INSERT INTO placements (jobcentre_id, posting_id, candidate_id, kind, start_date, hours_per_week,
                                ladder_step_before, ladder_step_after, ended_at, end_reason, created_at, updated_at)
        SELECT p.jobcentre_id, p.id,
               md5('candidate-' || (${j - 1} + ${J} * ${slot}))::uuid,
               p.kind, p.updated_at::date, p.hours_per_week, before, least(5, before + (random() < 0.4)::int),
               CASE WHEN ended THEN p.updated_at + interval '90 days' END, CASE WHEN ended THEN 'ended' END,
               p.updated_at, p.updated_at
          FROM postings p CROSS JOIN generate_series(1, p.positions) n,
               LATERAL (SELECT 1 + floor(random() * 4)::int AS before,
                               random() < 0.3 AND p.updated_at < timestamptz '2026-06-01' AS ended) d
         WHERE p.jobcentre_id = ${jc(String(j))} AND p.status = 'filled'`,
        progress,
      ),
    );

    await step('shortage periods, Code of Care', async () => {
      await client.query(`
        INSERT INTO shortage_periods (jobcentre_id, name, valid_from, valid_to, source, sectors, occupations)
        SELECT ${jc('j')}, 'Mangelområder ' || y, make_date(y, 1, 1), make_date(y, 12, 31), 'manual',
               jsonb_build_array(jsonb_build_object('code', s.codes[1 + (j + y) % n], 'weight', 1),
                                 jsonb_build_object('code', s.codes[1 + (j + y + 3) % n], 'weight', 2),
                                 jsonb_build_object('code', s.codes[1 + (j + y + 7) % n], 'weight', 3)),
               '[]'::jsonb
          FROM generate_series(1, ${J}) j, generate_series(2021, 2026) y,
               (SELECT array_agg(code ORDER BY position) AS codes, count(*)::int AS n FROM sectors) s`);
      await client.query(
        `INSERT INTO code_of_care_networks (jobcentre_id) SELECT ${jc('j')} FROM generate_series(1, ${J}) j`,
      );
      const m = size.membershipsPerJobcentre;
      await client.query(`
        INSERT INTO code_of_care_memberships (id, jobcentre_id, company_id, status, prospect_stage, source, owner_id,
                                              pledge_signed_on, pledge_signatory, joined_on, left_on, left_reason,
                                              activity_status, last_activity_on, created_at)
        SELECT md5('membership-' || j || '-' || c)::uuid, ${jc('j')}, md5('company-' || j || '-' || c)::uuid, status,
               'contacted', 'manual', md5('staff-' || j || '-coord')::uuid,
               CASE WHEN status <> 'prospect' THEN joined END, CASE WHEN status <> 'prospect' THEN 'Direktør' END,
               CASE WHEN status <> 'prospect' THEN joined END,
               CASE WHEN status = 'left' THEN least(joined + 200 + floor(random() * 400)::int, date '2026-10-31') END,
               CASE WHEN status = 'left' THEN 'Benchmark' END,
               CASE WHEN status = 'member' THEN CASE WHEN random() < 0.7 THEN 'active' ELSE 'inactive' END END,
               CASE WHEN status = 'member' THEN joined + floor(random() * 300)::int END,
               joined - 60
          FROM (SELECT j, c, CASE WHEN c <= ${Math.round(m * 0.55)} THEN 'member' WHEN c <= ${Math.round(m * 0.7)}
                                  THEN 'left' ELSE 'prospect' END AS status,
                       date '2020-06-01' + floor(random() * 1900)::int AS joined
                  FROM generate_series(1, ${J}) j, generate_series(1, ${m}) c) s`);
      await client.query(`
        INSERT INTO code_of_care_membership_events (jobcentre_id, membership_id, kind, from_value, to_value,
                                                    effective_on, by_name)
        SELECT jobcentre_id, id, 'status', NULL, 'prospect', created_at::date, 'Benchmark'
          FROM code_of_care_memberships
        UNION ALL
        SELECT jobcentre_id, id, 'status', 'prospect', 'member', joined_on, 'Benchmark'
          FROM code_of_care_memberships WHERE joined_on IS NOT NULL
        UNION ALL
        SELECT jobcentre_id, id, 'status', 'member', 'left', left_on, 'Benchmark'
          FROM code_of_care_memberships WHERE left_on IS NOT NULL`);
      await client.query(`
        INSERT INTO code_of_care_goals (jobcentre_id, year, target, baseline, baseline_on, deadline_on, counts)
        SELECT ${jc('j')}, y, ${Math.round(m * 0.5)}, ${Math.round(m * 0.4)}, make_date(y - 1, 12, 31),
               make_date(y, 12, 31), CASE WHEN j % 3 = 0 THEN 'active-members' ELSE 'members' END
          FROM generate_series(1, ${J}) j, generate_series(2022, 2026) y`);
    });

    await step('analyze', () => client.query('ANALYZE'));
    for (const [table, trigger] of TRIGGERS) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER ${trigger}`);

    const marker: PopulationMarker = {
      ...size,
      version: VERSION,
      generatedAt: new Date().toISOString(),
      generationSeconds: Math.round((performance.now() - started) / 1000),
      steps,
    };
    await client.query(`CREATE TABLE IF NOT EXISTS bench_reports_marker (marker jsonb NOT NULL)`);
    await client.query(`DELETE FROM bench_reports_marker`);
    await client.query(`INSERT INTO bench_reports_marker (marker) VALUES ($1)`, [JSON.stringify(marker)]);
    return marker;
  } finally {
    await client.end();
  }
}
