import { Injectable } from '@nestjs/common';
import { TenantData, type TenantContext } from '@jobbro/platform';
import { dueSoonWindow } from './due-soon';
import type { DutyDeskAssigneeCountsResponse, DutyDeskOverviewResponse } from './duty-desk-overview.response';

interface Row {
  assignee_id: string | null;
  assignee_name: string | null;
  open: number;
  due_soon: number;
  breached: number;
}

@Injectable()
export class DutyDeskOverviewService {
  constructor(private readonly data: TenantData) {}

  /** Open, due-soon and breached intakes, in total and per assignee (every active consultant, then nobody). */
  async overview(tenant: TenantContext, dueWithinHours: number, now = new Date()): Promise<DutyDeskOverviewResponse> {
    const window = dueSoonWindow(now, dueWithinHours);
    const rows = await this.data.for(tenant).query<Row>(
      `WITH counts AS (
         SELECT assignee_id,
                count(*)::int AS open,
                (count(*) FILTER (WHERE status = 'awaiting-contact' AND deadline_at >= $2 AND deadline_at < $3))::int
                  AS due_soon,
                (count(*) FILTER (WHERE status = 'awaiting-contact' AND deadline_at < $2))::int AS breached
           FROM intakes
          WHERE jobcentre_id = $1 AND status IN ('awaiting-contact', 'contacted')
          GROUP BY assignee_id
       )
       SELECT s.id AS assignee_id, s.name AS assignee_name,
              coalesce(c.open, 0) AS open, coalesce(c.due_soon, 0) AS due_soon, coalesce(c.breached, 0) AS breached
         FROM staff_members s
         LEFT JOIN counts c ON c.assignee_id = s.id
        WHERE s.jobcentre_id = $1
          AND ((s.role = 'consultant' AND s.active) OR c.assignee_id IS NOT NULL)
       UNION ALL
       SELECT NULL, NULL, coalesce(c.open, 0), coalesce(c.due_soon, 0), coalesce(c.breached, 0)
         FROM (SELECT 1) AS one
         LEFT JOIN counts c ON c.assignee_id IS NULL
        ORDER BY 2 NULLS LAST, 1`,
      [window.from, window.until],
    );
    const perAssignee: DutyDeskAssigneeCountsResponse[] = rows.map((row) => ({
      assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name! } : null,
      open: row.open,
      dueSoon: row.due_soon,
      breached: row.breached,
    }));
    const totals = { open: 0, dueSoon: 0, breached: 0 };
    for (const row of perAssignee) {
      totals.open += row.open;
      totals.dueSoon += row.dueSoon;
      totals.breached += row.breached;
    }
    return { at: now, dueWithinHours, dueSoonUntil: window.until, totals, perAssignee };
  }
}
