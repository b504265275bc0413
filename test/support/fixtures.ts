import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface SeededJobcentre {
  id: string;
  code: string;
  consultants: { id: string; name: string; email: string }[];
  lead: { id: string; name: string; email: string };
  /** Headers for a call as this jobcentre, acting as the given staff member (the first consultant by default). */
  headers: (email?: string) => Record<string, string>;
}

/** A jobcentre with a lead and consultants; with `onDutyFor`, the consultants are on the roster from now on. */
export async function seedJobcentre(
  dataSource: DataSource,
  options: { consultants?: number; onDutyFor?: number; policy?: object } = {},
): Promise<SeededJobcentre> {
  const code = `jc-${randomUUID().slice(0, 8)}`;
  const [{ id }] = await dataSource.query(`INSERT INTO jobcentres (code, name) VALUES ($1, $2) RETURNING id`, [code, `Jobcenter ${code}`]);
  const addStaff = async (name: string, role: string) => {
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${code}.dk`;
    const [row] = await dataSource.query(
      `INSERT INTO staff_members (jobcentre_id, name, email, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [id, name, email, role],
    );
    return { id: row.id as string, name, email };
  };
  const lead = await addStaff('Lene Leder', 'lead');
  const consultants: { id: string; name: string; email: string }[] = [];
  for (let index = 0; index < (options.consultants ?? 2); index++) {
    consultants.push(await addStaff(`Konsulent ${index + 1}`, 'consultant'));
  }
  if (options.onDutyFor) {
    for (const consultant of consultants) {
      await dataSource.query(
        `INSERT INTO duty_periods (jobcentre_id, consultant_id, starts_at, ends_at) VALUES ($1, $2, now() - interval '1 hour', now() + $3 * interval '1 millisecond')`,
        [id, consultant.id, options.onDutyFor],
      );
    }
  }
  if (options.policy) {
    await dataSource.query(`INSERT INTO duty_desk_settings (jobcentre_id, first_contact_policy) VALUES ($1, $2)`, [id, JSON.stringify(options.policy)]);
  }
  return {
    id,
    code,
    consultants,
    lead,
    headers: (email = consultants[0]?.email ?? lead.email) => ({ 'X-Jobcentre': code, 'X-Staff-Member': email }),
  };
}

/** Valid CVR numbers (modulus 11), generated so tests never collide on a hard-coded list. */
export function randomCvrNumber(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = Array.from({ length: 7 }, (_, index) => (index === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const partial = digits.reduce((sum, digit, index) => sum + digit * weights[index], 0);
    const check = (11 - (partial % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

export const waitFor = async <T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000, intervalMs = 100): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};
