import { Injectable } from '@nestjs/common';
import type { TenantScope } from '@jobbro/platform';
import type { ActivityKind, LastActivity } from './activity-rule';

/**
 * Every activity of the jobcentre's companies, dated by its Danish day: a posting when it was published (drafts and
 * postings closed unpublished did not reach anyone), a placement on its start day, a course when it ended for a
 * company with mentors trained, an event on its day for those who came and the company that hosted it.
 */
const ACTIVITIES = `
  SELECT p.company_id, (p.published_at AT TIME ZONE 'Europe/Copenhagen')::date AS on_date, 'posting' AS kind
    FROM postings p WHERE p.jobcentre_id = $1 AND p.published_at IS NOT NULL
  UNION ALL
  SELECT po.company_id, pl.start_date,
         CASE WHEN pl.kind = 'virksomhedspraktik' THEN 'praktik' ELSE 'placement' END
    FROM placements pl JOIN postings po ON po.id = pl.posting_id WHERE pl.jobcentre_id = $1
  UNION ALL
  SELECT cp.company_id, c.ends_on, 'mentor-trained'
    FROM code_of_care_course_participants cp JOIN code_of_care_mentor_courses c ON c.id = cp.course_id
   WHERE cp.jobcentre_id = $1 AND cp.mentors_trained > 0
  UNION ALL
  SELECT a.company_id, e.held_on, 'event'
    FROM code_of_care_event_attendance a JOIN code_of_care_events e ON e.id = a.event_id WHERE a.jobcentre_id = $1
  UNION ALL
  SELECT e.host_company_id, e.held_on, 'event'
    FROM code_of_care_events e WHERE e.jobcentre_id = $1 AND e.host_company_id IS NOT NULL`;

/** Reads what the activity rule is applied to; the rule itself is `memberActivity`. */
@Injectable()
export class ActivitySources {
  /**
   * The latest activity on or before `asOf` of each of `companyIds` (all the network's companies when omitted);
   * companies with none are absent from the map. On equal days the kinds are taken in a fixed order, so the answer
   * never changes between two reads of the same data.
   */
  async lastActivities(
    scope: TenantScope,
    asOf: string,
    companyIds?: readonly string[],
  ): Promise<Map<string, LastActivity>> {
    const rows = await scope.query<{ company_id: string; on_date: string; kind: ActivityKind }>(
      `SELECT DISTINCT ON (company_id) company_id, to_char(on_date, 'YYYY-MM-DD') AS on_date, kind
         FROM (${ACTIVITIES}) activities
        WHERE on_date <= $2::date
          AND ($3::uuid[] IS NULL OR company_id = ANY($3::uuid[]))
          AND company_id IN (SELECT company_id FROM code_of_care_memberships WHERE jobcentre_id = $1)
        ORDER BY company_id, on_date DESC, kind`,
      [asOf, companyIds ? [...companyIds] : null],
    );
    return new Map(rows.map((row) => [row.company_id, { on: row.on_date, kind: row.kind }]));
  }
}
