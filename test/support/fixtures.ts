import { randomUUID } from 'node:crypto';
import { hashPassword } from '@jobbro/access';
import type { TestApp } from './test-app';

export const TEST_PASSWORD = 'korrekt-hest-batteri';
// The real scheme at a test-sized cost: the stored hash carries its cost, so login verifies it the same way.
let testPasswordHash: Promise<string> | undefined;
const passwordHash = () => (testPasswordHash ??= hashPassword(TEST_PASSWORD, { N: 1024, r: 8, p: 1 }));

export interface SeededUser {
  id: string;
  name: string;
  email: string;
  /** Authorization header of a session signed in through POST /auth/login. */
  headers: Record<string, string>;
  accessToken: string;
  refreshToken: string;
}

export interface SeededJobcentre {
  id: string;
  code: string;
  consultants: SeededUser[];
  lead: SeededUser;
  coordinator: SeededUser;
  admin: SeededUser;
  /** Headers for a call signed in as the given staff member (by e-mail; the first consultant by default). */
  headers: (email?: string) => Record<string, string>;
  /** An employer user of this jobcentre acting for the companies with these CVR numbers, signed in. */
  employer: (cvrNumbers: string[]) => Promise<SeededUser>;
}

/** Signs in through the API, as a client would. */
export async function signIn(
  testApp: TestApp,
  email: string,
  password = TEST_PASSWORD,
): Promise<Pick<SeededUser, 'headers' | 'accessToken' | 'refreshToken'>> {
  const response = await testApp.http().post('/api/v1/auth/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`Login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const { accessToken, refreshToken } = response.body;
  return { headers: { Authorization: `Bearer ${accessToken}` }, accessToken, refreshToken };
}

/**
 * A jobcentre with a lead, consultants, a network coordinator and an admin, each with an account signed in;
 * with `onDutyFor`, the consultants are on the roster from now on.
 */
export async function seedJobcentre(
  testApp: TestApp,
  options: { consultants?: number; onDutyFor?: number; policy?: object } = {},
): Promise<SeededJobcentre> {
  const { dataSource } = testApp;
  const code = `jc-${randomUUID().slice(0, 8)}`;
  const [{ id }] = await dataSource.query(`INSERT INTO jobcentres (code, name) VALUES ($1, $2) RETURNING id`, [
    code,
    `Jobcenter ${code}`,
  ]);
  const addStaff = async (name: string, role: string): Promise<SeededUser> => {
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@${code}.dk`;
    const [row] = await dataSource.query(
      `INSERT INTO staff_members (jobcentre_id, name, email, role) VALUES ($1, $2, $3, $4) RETURNING id`,
      [id, name, email, role],
    );
    await dataSource.query(
      `INSERT INTO user_accounts (jobcentre_id, email, password_hash, staff_member_id) VALUES ($1, $2, $3, $4)`,
      [id, email, await passwordHash(), row.id],
    );
    return { id: row.id as string, name, email, ...(await signIn(testApp, email)) };
  };
  const lead = await addStaff('Lene Leder', 'lead');
  const coordinator = await addStaff('Nina Netværk', 'network-coordinator');
  const admin = await addStaff('Adam Admin', 'admin');
  const consultants: SeededUser[] = [];
  for (let index = 0; index < (options.consultants ?? 2); index++) {
    consultants.push(await addStaff(`Konsulent ${index + 1}`, 'consultant'));
  }
  if (options.onDutyFor) {
    for (const consultant of consultants) {
      await dataSource.query(
        `INSERT INTO duty_periods (jobcentre_id, consultant_id, starts_at, ends_at)
          VALUES ($1, $2, now() - interval '1 hour', now() + $3 * interval '1 millisecond')`,
        [id, consultant.id, options.onDutyFor],
      );
    }
  }
  if (options.policy) {
    await dataSource.query(`INSERT INTO duty_desk_settings (jobcentre_id, first_contact_policy) VALUES ($1, $2)`, [
      id,
      JSON.stringify(options.policy),
    ]);
  }
  const staff = [lead, coordinator, admin, ...consultants];
  return {
    id,
    code,
    consultants,
    lead,
    coordinator,
    admin,
    headers: (email = consultants[0]?.email ?? lead.email) => {
      const member = staff.find((candidate) => candidate.email === email);
      if (!member) throw new Error(`No staff member ${email} in ${code}`);
      return member.headers;
    },
    employer: async (cvrNumbers) => {
      const name = `Arbejdsgiver ${randomUUID().slice(0, 6)}`;
      const email = `${name.toLowerCase().replace(/\s+/g, '.')}@firma.dk`;
      const [row] = await dataSource.query(
        `INSERT INTO user_accounts (jobcentre_id, email, password_hash, name, company_cvr_numbers)
          VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [id, email, await passwordHash(), name, cvrNumbers],
      );
      return { id: row.id as string, name, email, ...(await signIn(testApp, email)) };
    },
  };
}

/** Valid CVR numbers (modulus 11), generated so tests never collide on a hard-coded list. */
export function randomCvrNumber(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = Array.from({ length: 7 }, (_, index) =>
      index === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10),
    );
    const partial = digits.reduce((sum, digit, index) => sum + digit * weights[index], 0);
    const check = (11 - (partial % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

export const waitFor = async <T>(
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  intervalMs = 100,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};
