import type { Client } from 'pg';

/**
 * The figures of one jobcentre's month as plain SQL, one statement per group of figures: what the benchmark
 * measures until libs/reports' computeMonthlyFigures is on the branch (and beside it afterwards, as a floor).
 * $1 is the jobcentre, $2 the month's first instant and $3 the next month's, Copenhagen time.
 */
export const MONTH_QUERIES: Record<string, string> = {
  intakes: `
    SELECT count(*) AS received,
           count(*) FILTER (WHERE first_contact_at <= deadline_at) AS within,
           count(*) FILTER (WHERE first_contact_at IS NULL AND status = 'awaiting-contact') AS awaiting,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) AS p90
      FROM intakes, LATERAL (SELECT extract(epoch FROM first_contact_at - received_at) / 3600 AS hours) h
     WHERE jobcentre_id = $1 AND received_at >= $2 AND received_at < $3`,
  breaches: `
    SELECT i.assignee_id, s.name, i.channel, i.kind, count(*)
      FROM intakes i LEFT JOIN staff_members s ON s.id = i.assignee_id
     WHERE i.jobcentre_id = $1 AND i.breached_at >= $2 AND i.breached_at < $3
     GROUP BY GROUPING SETS ((i.assignee_id, s.name), (i.channel), (i.kind), ())`,
  postings: `
    SELECT kind,
           count(*) FILTER (WHERE published_at >= $2 AND published_at < $3) AS opened,
           count(*) FILTER (WHERE status = 'filled' AND updated_at >= $2 AND updated_at < $3) AS filled,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM updated_at - published_at) / 86400)
             FILTER (WHERE status = 'filled' AND updated_at >= $2 AND updated_at < $3) AS median_days
      FROM postings
     WHERE jobcentre_id = $1 AND ((published_at >= $2 AND published_at < $3) OR (updated_at >= $2 AND updated_at < $3))
     GROUP BY kind`,
  placements: `
    SELECT c.target_group, p.kind, count(*), sum(p.hours_per_week) AS hours
      FROM placements p JOIN candidates c ON c.id = p.candidate_id
     WHERE p.jobcentre_id = $1 AND p.start_date >= ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date
       AND p.start_date < ($3::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date
     GROUP BY GROUPING SETS ((c.target_group), (p.kind))`,
  ladder: `
    SELECT count(*) FILTER (WHERE step > previous_step) AS up, count(*) FILTER (WHERE step < previous_step) AS down
      FROM candidate_ladder_steps
     WHERE jobcentre_id = $1 AND previous_step IS NOT NULL AND changed_at >= $2 AND changed_at < $3`,
  shortageAndSectorChange: `
    WITH month_placements AS (
      SELECT p.id, p.candidate_id, p.start_date, co.sector
        FROM placements p JOIN postings po ON po.id = p.posting_id JOIN companies co ON co.id = po.company_id
       WHERE p.jobcentre_id = $1 AND p.start_date >= ($2::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date
         AND p.start_date < ($3::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date)
    SELECT count(*) FILTER (WHERE EXISTS (
             SELECT 1 FROM shortage_periods sp, jsonb_array_elements(sp.sectors) e
              WHERE sp.jobcentre_id = $1 AND m.start_date BETWEEN sp.valid_from AND sp.valid_to
                AND e->>'code' = m.sector)) AS into_shortage,
           count(DISTINCT m.candidate_id) FILTER (WHERE prev.sector IS DISTINCT FROM m.sector
                                                  AND prev.sector IS NOT NULL) AS changed_sector
      FROM month_placements m
      LEFT JOIN LATERAL (
        SELECT co.sector FROM placements p JOIN postings po ON po.id = p.posting_id
          JOIN companies co ON co.id = po.company_id
         WHERE p.jobcentre_id = $1 AND p.candidate_id = m.candidate_id AND p.start_date < m.start_date
         ORDER BY p.start_date DESC LIMIT 1) prev ON true`,
  codeOfCare: `
    SELECT count(*) FILTER (WHERE joined_on < month_end AND (left_on IS NULL OR left_on >= month_end)) AS members,
           count(*) FILTER (WHERE activity_status = 'active') AS active,
           (SELECT target FROM code_of_care_goals g
             WHERE g.jobcentre_id = $1
               AND g.year = extract(year FROM $2::timestamptz AT TIME ZONE 'Europe/Copenhagen')) AS goal
      FROM code_of_care_memberships,
           LATERAL (SELECT ($3::timestamptz AT TIME ZONE 'Europe/Copenhagen')::date AS month_end) e
     WHERE jobcentre_id = $1
     GROUP BY month_end`,
  cooperation: `
    SELECT (SELECT count(*) FROM companies WHERE jobcentre_id = $1 AND created_at < $3) AS known,
           (SELECT count(DISTINCT company_id) FROM (
              SELECT company_id FROM intakes WHERE jobcentre_id = $1 AND received_at >= $2 AND received_at < $3
              UNION
              SELECT po.company_id FROM placements p JOIN postings po ON po.id = p.posting_id
               WHERE p.jobcentre_id = $1 AND p.created_at >= $2 AND p.created_at < $3) c) AS cooperating`,
  consultantChanges: `
    SELECT count(*) AS changes, count(DISTINCT candidate_id) AS candidates
      FROM candidate_consultant_changes WHERE jobcentre_id = $1 AND changed_at >= $2 AND changed_at < $3`,
};

/** The month's bounds as instants: its first moment and the next month's, Copenhagen time. */
export async function monthBounds(client: Client, month: string): Promise<[string, string]> {
  const row = (
    await client.query(
      `SELECT (($1 || '-01')::timestamp AT TIME ZONE 'Europe/Copenhagen') AS start,
              ((($1 || '-01')::date + interval '1 month')::timestamp AT TIME ZONE 'Europe/Copenhagen') AS end`,
      [month],
    )
  ).rows[0];
  return [row.start.toISOString(), row.end.toISOString()];
}

/** Runs every statement for the month, in turn; returns each one's time in ms. */
export async function monthBySql(client: Client, jobcentreId: string, month: string): Promise<Record<string, number>> {
  const [from, to] = await monthBounds(client, month);
  const times: Record<string, number> = {};
  for (const [name, sql] of Object.entries(MONTH_QUERIES)) {
    const at = performance.now();
    await client.query(sql, [jobcentreId, from, to]);
    times[name] = performance.now() - at;
  }
  return times;
}
