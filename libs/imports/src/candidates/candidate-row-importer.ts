import { Injectable } from '@nestjs/common';
import {
  CANDIDATE_CSV_COLUMNS,
  CANDIDATE_RECORD_TYPE,
  CandidateProfileResolver,
  CreateCandidateDto,
  INITIAL_ASSIGNMENT,
  REGISTERED,
  type Candidate,
  type ResolvedSkill,
} from '@jobbro/candidates';
import { invalidField, type TenantScope } from '@jobbro/platform';
import { booleanCell, cell, integerCell, listCell, memoised, toDto } from '../row-input';
import type { BatchOutcome, ImportActor, RowImporter, RowPreparer } from '../row-importer';

/** The reason the ladder and consultant histories give for a change an import made. */
export const CHANGED_BY_IMPORT = 'changed by import';
/** A skill written without a level: "works independently", as the migration of free-text skills assumed. */
export const DEFAULT_SKILL_LEVEL = 2;

export interface CandidateRow {
  externalId: string;
  columns: Partial<Candidate>;
  skills: ResolvedSkill[];
}

/** "truckcertifikat:3" or an ESCO URI with a level after its last colon; without one, DEFAULT_SKILL_LEVEL. */
export function skillCell(text: string): { skill: string; level: number | string } {
  const match = /^(.*):([^:/]*)$/.exec(text);
  if (!match || match[1].endsWith('http') || match[1].endsWith('https'))
    return { skill: text, level: DEFAULT_SKILL_LEVEL };
  const level = match[2].trim();
  return { skill: match[1].trim(), level: /^[0-9]$/.test(level) ? Number(level) : level };
}

/** The API's candidate input from a CSV row of CANDIDATE_CSV_COLUMNS. */
export function candidateInput(values: Record<string, string>): Record<string, unknown> {
  const input: Record<string, unknown> = {
    externalId: cell(values, 'externalId'),
    name: cell(values, 'name'),
    email: cell(values, 'email'),
    phone: cell(values, 'phone'),
    birthDate: cell(values, 'birthDate'),
    targetGroup: cell(values, 'targetGroup'),
    educationLevel: cell(values, 'educationLevel'),
    education: cell(values, 'education'),
    postcode: cell(values, 'postcode'),
    travelReachKm: integerCell(values, 'travelReachKm'),
    hoursPerWeek: integerCell(values, 'hoursPerWeek'),
    ladderStep: integerCell(values, 'ladderStep'),
    willingToChangeSector: booleanCell(values, 'willingToChangeSector'),
    desiredOccupations: listCell(values, 'desiredOccupations'),
    desiredSectors: listCell(values, 'desiredSectors'),
    skills: listCell(values, 'skills')?.map(skillCell),
    accommodations: cell(values, 'accommodations'),
    consultantId: cell(values, 'consultantId'),
    notes: cell(values, 'notes'),
  };
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** The columns an import writes, with their SQL types for unnest. */
const COLUMNS: [keyof Candidate, string, string][] = [
  ['name', 'name', 'text'],
  ['email', 'email', 'text'],
  ['phone', 'phone', 'text'],
  ['birthDate', 'birth_date', 'date'],
  ['targetGroup', 'target_group', 'text'],
  ['educationLevel', 'education_level', 'text'],
  ['education', 'education', 'text'],
  ['postcode', 'postcode', 'text'],
  ['travelReachKm', 'travel_reach_km', 'integer'],
  ['hoursPerWeek', 'hours_per_week', 'integer'],
  ['ladderStep', 'ladder_step', 'smallint'],
  ['willingToChangeSector', 'willing_to_change_sector', 'boolean'],
  ['accommodations', 'accommodations', 'text'],
  ['consultantId', 'consultant_id', 'uuid'],
  ['notes', 'notes', 'text'],
];
/** Arrays of text arrays cannot be unnested into rows: these travel as JSON arrays, one per row. */
const LIST_COLUMNS: [keyof Candidate, string][] = [
  ['desiredOccupations', 'desired_occupations'],
  ['desiredSectors', 'desired_sectors'],
];

/**
 * The upsert for a file with these columns: a new candidate gets every column (the defaults where the file has none),
 * an existing one only the columns the file has, so a file without, say, notes leaves the notes as they are.
 */
const upsertSql = memoised((present: ReadonlySet<string>) => {
  const all = [...COLUMNS.map(([, column]) => column), ...LIST_COLUMNS.map(([, column]) => column)];
  const given = [...COLUMNS, ...LIST_COLUMNS].filter(([property]) => present.has(property)).map(([, column]) => column);
  const unnest = [
    '$2::text[]',
    ...COLUMNS.map(([, , type], index) => `$${index + 3}::${type}[]`),
    ...LIST_COLUMNS.map((_, index) => `$${COLUMNS.length + 3 + index}::jsonb[]`),
  ];
  const listsFrom = LIST_COLUMNS.map(([, column]) => `ARRAY(SELECT jsonb_array_elements_text(input.${column}))`);
  return `
    WITH input AS (
      SELECT * FROM unnest(${unnest.join(', ')}) AS input(external_id, ${all.join(', ')})
    ), previous AS (
      SELECT c.id, c.external_id, c.ladder_step, c.consultant_id FROM candidates c
       WHERE c.jobcentre_id = $1 AND c.external_id IN (SELECT external_id FROM input)
    ), upserted AS (
      INSERT INTO candidates (jobcentre_id, external_id, ${all.join(', ')})
      SELECT $1, input.external_id, ${[...COLUMNS.map(([, column]) => `input.${column}`), ...listsFrom].join(', ')}
        FROM input
      ON CONFLICT (jobcentre_id, external_id) WHERE external_id IS NOT NULL DO UPDATE SET
        ${given.map((column) => `${column} = excluded.${column}`).join(', ')},
        version = candidates.version + 1, updated_at = now()
      WHERE (${given.map((column) => `candidates.${column}`).join(', ')})
        IS DISTINCT FROM (${given.map((column) => `excluded.${column}`).join(', ')})
      RETURNING id, external_id, (xmax = 0) AS inserted, ladder_step, consultant_id
    )
    SELECT input.external_id, coalesce(upserted.id, previous.id) AS id, upserted.inserted,
           upserted.id IS NOT NULL AND NOT upserted.inserted AS updated,
           upserted.ladder_step, upserted.consultant_id,
           previous.ladder_step AS previous_step, previous.consultant_id AS previous_consultant_id
      FROM input LEFT JOIN upserted USING (external_id) LEFT JOIN previous USING (external_id)`;
});

const SYNC_SKILLS = `
  WITH wanted AS (
    SELECT * FROM unnest($2::uuid[], $3::text[], $4::smallint[]) AS wanted(candidate_id, skill_uri, level)
  ), removed AS (
    DELETE FROM candidate_skills skill
     WHERE skill.jobcentre_id = $1 AND skill.candidate_id = ANY($5::uuid[])
       AND NOT EXISTS (SELECT 1 FROM wanted
                        WHERE wanted.candidate_id = skill.candidate_id AND wanted.skill_uri = skill.skill_uri)
    RETURNING skill.candidate_id
  ), written AS (
    INSERT INTO candidate_skills (jobcentre_id, candidate_id, skill_uri, level)
    SELECT $1, candidate_id, skill_uri, level FROM wanted
    ON CONFLICT (candidate_id, skill_uri) DO UPDATE SET level = excluded.level
      WHERE candidate_skills.level <> excluded.level
    RETURNING candidate_id
  )
  SELECT candidate_id FROM removed UNION SELECT candidate_id FROM written`;

const INSERT_SKILLS = `
  INSERT INTO candidate_skills (jobcentre_id, candidate_id, skill_uri, level)
  SELECT $1, candidate_id, skill_uri, level FROM unnest($2::uuid[], $3::text[], $4::smallint[])
    AS wanted(candidate_id, skill_uri, level)
  RETURNING candidate_id`;

interface Upserted {
  external_id: string;
  id: string;
  inserted: boolean | null;
  updated: boolean;
  ladder_step: number | null;
  consultant_id: string | null;
  previous_step: number | null;
  previous_consultant_id: string | null;
}

/**
 * Candidates from CSV, upserted by external id: each row goes through the API's CreateCandidateDto and the same
 * profile rules (skills, occupations and sectors to codes, postcode, consultant of this jobcentre). A batch is a
 * handful of statements whatever its size: candidates, their skills, ladder and consultant histories and the audit
 * log are each written with one multi-row statement over arrays.
 */
@Injectable()
export class CandidateRowImporter implements RowImporter<CandidateRow> {
  readonly kind = 'candidates';
  readonly required = ['externalId', 'name', 'birthDate', 'targetGroup', 'ladderStep'];
  readonly columns = CANDIDATE_CSV_COLUMNS;

  constructor(private readonly resolver: CandidateProfileResolver) {}

  async begin(scope: TenantScope): Promise<RowPreparer<CandidateRow>> {
    const lookups = await this.resolver.batchLookups(scope);
    return async (values) => {
      const input = await toDto(CreateCandidateDto, candidateInput(values));
      if (!input.externalId)
        throw invalidField('externalId', 'externalId is required: a second import of the file matches on it');
      const { columns, skills } = await this.resolver.resolve(input, lookups);
      return { externalId: input.externalId, columns, skills: skills ?? [] };
    };
  }

  key(row: CandidateRow): string {
    return row.externalId;
  }

  async write(
    scope: TenantScope,
    rows: CandidateRow[],
    actor: ImportActor,
    present: ReadonlySet<string>,
  ): Promise<BatchOutcome> {
    // Locked first, in a statement of its own: the upsert then reads the values it replaces as they are. (A lock
    // taken in the upsert's own WITH would skip the rows the same statement updates.) In one order, so two imports
    // at once wait for each other rather than deadlock.
    await scope.query(
      `SELECT 1 FROM candidates WHERE jobcentre_id = $1 AND external_id = ANY($2) ORDER BY external_id FOR UPDATE`,
      [rows.map((row) => row.externalId)],
    );
    const upserted = await scope.query<Upserted>(upsertSql(present), [
      rows.map((row) => row.externalId),
      ...COLUMNS.map(([property]) => rows.map((row) => row.columns[property] ?? defaultOf(property))),
      ...LIST_COLUMNS.map(([property]) => rows.map((row) => JSON.stringify(row.columns[property] ?? []))),
    ]);
    const ids = new Map(upserted.map((row) => [row.external_id, row.id]));
    const wanted = rows.flatMap((row) => row.skills.map((skill) => ({ candidateId: ids.get(row.externalId)!, skill })));
    // New candidates have no skills to remove or change: their skills are only inserted. A file without a skills
    // column leaves the skills as they are.
    const existed = upserted.some((row) => row.inserted !== true);
    const skillsChanged = new Set(
      present.has('skills')
        ? (
            await scope.query<{ candidate_id: string }>(existed ? SYNC_SKILLS : INSERT_SKILLS, [
              wanted.map((each) => each.candidateId),
              wanted.map((each) => each.skill.skillUri),
              wanted.map((each) => each.skill.level),
              ...(existed ? [[...ids.values()]] : []),
            ])
          ).map((row) => row.candidate_id)
        : [],
    );
    const inserted = upserted.filter((row) => row.inserted === true);
    const updated = upserted.filter((row) => row.updated || (!row.inserted && skillsChanged.has(row.id)));
    const now = new Date();
    const steps = [
      ...inserted.map((row) => ({ row, previous: null, reason: REGISTERED })),
      ...upserted
        .filter((row) => row.updated && row.ladder_step !== row.previous_step)
        .map((row) => ({ row, previous: row.previous_step, reason: CHANGED_BY_IMPORT })),
    ];
    if (steps.length > 0)
      await scope.query(
        `INSERT INTO candidate_ladder_steps (jobcentre_id, candidate_id, step, previous_step, reason, changed_at,
           changed_by_id)
         SELECT $1, candidate_id, step, previous_step, reason, $6, $7
           FROM unnest($2::uuid[], $3::smallint[], $4::smallint[], $5::text[])
             AS step(candidate_id, step, previous_step, reason)`,
        [
          steps.map((each) => each.row.id),
          steps.map((each) => each.row.ladder_step),
          steps.map((each) => each.previous),
          steps.map((each) => each.reason),
          now,
          actor.staffId,
        ],
      );
    const assignments = [
      ...inserted
        .filter((row) => row.consultant_id !== null)
        .map((row) => ({ row, from: null, reason: INITIAL_ASSIGNMENT })),
      ...upserted
        .filter((row) => row.updated && row.consultant_id !== row.previous_consultant_id)
        .map((row) => ({ row, from: row.previous_consultant_id, reason: CHANGED_BY_IMPORT })),
    ];
    if (assignments.length > 0)
      await scope.query(
        `INSERT INTO candidate_consultant_changes (jobcentre_id, candidate_id, from_consultant_id, to_consultant_id,
           reason, changed_at, changed_by_id)
         SELECT $1, candidate_id, from_id, to_id, reason, $6, $7
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[]) AS change(candidate_id, from_id, to_id, reason)`,
        [
          assignments.map((each) => each.row.id),
          assignments.map((each) => each.from),
          assignments.map((each) => each.row.consultant_id),
          assignments.map((each) => each.reason),
          now,
          actor.staffId,
        ],
      );
    const audited = [
      ...inserted.map((row) => ({ id: row.id, action: 'create' })),
      ...updated.map((row) => ({ id: row.id, action: 'update' })),
    ];
    if (audited.length > 0)
      await scope.query(
        `INSERT INTO audit_log (jobcentre_id, actor_id, actor_name, actor_role, action, record_type, record_id,
           endpoint)
         SELECT $1, $2, $3, $4, action, $5, record_id, $6
           FROM unnest($7::text[], $8::uuid[]) AS entry(action, record_id)`,
        [
          actor.staffId,
          actor.name,
          actor.role,
          CANDIDATE_RECORD_TYPE,
          actor.endpoint,
          audited.map((each) => each.action),
          audited.map((each) => each.id),
        ],
      );
    return {
      imported: inserted.length,
      updated: updated.length,
      unchanged: rows.length - inserted.length - updated.length,
    };
  }
}

/** What a column left empty in the file is set to: its database default for the non-null ones, null otherwise. */
function defaultOf(property: keyof Candidate): unknown {
  return property === 'willingToChangeSector' ? false : null;
}
