import type { EntityManager } from 'typeorm';
import { addDays, daysBetween } from '@jobbro/code-of-care';

/** Local companies of the demo network besides the three demo companies (fictitious names, valid CVR numbers). */
export const DEMO_NETWORK_COMPANIES = [
  {
    cvrNumber: '31245761',
    name: 'Bjerre Tømrer & Snedker ApS',
    postcode: '8781',
    city: 'Stenderup',
    sector: 'håndværk',
  },
  {
    cvrNumber: '31245796',
    name: 'Hornsyld Plejecenter',
    postcode: '8783',
    city: 'Hornsyld',
    sector: 'social og sundhed',
  },
  { cvrNumber: '31245915', name: 'Tørring Auto ApS', postcode: '7160', city: 'Tørring', sector: 'håndværk' },
  { cvrNumber: '31246083', name: 'Uldum Købmandsgård', postcode: '7171', city: 'Uldum', sector: 'detailhandel' },
  { cvrNumber: '31246202', name: 'Daugård Gartneri', postcode: '8721', city: 'Daugård', sector: 'landbrug' },
  {
    cvrNumber: '31246237',
    name: 'Juelsminde Havnecafé',
    postcode: '7130',
    city: 'Juelsminde',
    sector: 'hotel og restauration',
  },
] as const;

/** The network's members this year, by CVR number, in the order they joined (one of them left again). */
const JOINED = ['31245761', '31245796', '10150817', '31245915', '31246083'];
const LEFT = '31246083';
const PROSPECTS = [
  { cvrNumber: '29189684', stage: 'meeting' },
  { cvrNumber: '31246202', stage: 'contacted' },
  { cvrNumber: '31246237', stage: 'new' },
] as const;

/**
 * Hedensted's Code of Care as the demo shows it: the goal for this year (55 members from 48 at the turn of the year,
 * as in 2021), five companies that joined since the baseline and one that left again (so 52 now), three prospects at
 * different stages, a pledge, a mentor course and a network event. The dates spread over the year so far, so the
 * chart has a line to show whatever day the demo is started.
 */
export async function seedCodeOfCare(
  manager: EntityManager,
  jobcentreId: string,
  companyIdOf: (cvrNumber: string) => string,
  coordinatorId: string,
  today: string,
): Promise<void> {
  const year = Number(today.slice(0, 4));
  const baselineOn = `${year - 1}-12-31`;
  const span = Math.max(daysBetween(baselineOn, today), 1);
  const dayOfYear = (share: number) => addDays(baselineOn, Math.max(1, Math.floor(span * share)));
  await manager.query(`INSERT INTO code_of_care_networks (jobcentre_id, name) VALUES ($1, 'Code of Care')`, [
    jobcentreId,
  ]);
  await manager.query(
    `INSERT INTO code_of_care_goals (jobcentre_id, year, target, baseline, baseline_on, deadline_on, counts, note)
     VALUES ($1, $2, 55, 48, $3, $4, 'members', 'Netværkets mål for året, som i 2021: fra 48 til 55 virksomheder')`,
    [jobcentreId, year, baselineOn, `${year}-12-31`],
  );
  const addEvent = (membershipId: string, from: string | null, to: string, on: string, note: string) =>
    manager.query(
      `INSERT INTO code_of_care_membership_events
         (jobcentre_id, membership_id, kind, from_value, to_value, effective_on, note, by_id, by_name)
       VALUES ($1, $2, 'status', $3, $4, $5, $6, $7, 'Erik Nørgaard')`,
      [jobcentreId, membershipId, from, to, on, note, coordinatorId],
    );
  for (const [index, cvrNumber] of JOINED.entries()) {
    const joinedOn = dayOfYear((index + 1) / (JOINED.length + 2));
    const leftOn = cvrNumber === LEFT ? dayOfYear((JOINED.length + 1) / (JOINED.length + 2)) : null;
    const [{ id }] = await manager.query(
      `INSERT INTO code_of_care_memberships
         (jobcentre_id, company_id, status, source, owner_id, pledge_signed_on, pledge_signatory, joined_on, left_on,
          left_reason, last_contact_at)
       VALUES ($1, $2, $3, 'manual', $4, $5, 'Direktør', $5, $6, $7, $5::date + time '10:00')
       RETURNING id`,
      [
        jobcentreId,
        companyIdOf(cvrNumber),
        leftOn ? 'left' : 'member',
        coordinatorId,
        joinedOn,
        leftOn,
        leftOn ? 'Ejerskifte; den nye ejer vil se netværket an' : null,
      ],
    );
    await addEvent(id, null, 'prospect', addDays(joinedOn, -14), 'Henvendelse om Code of Care');
    await addEvent(id, 'prospect', 'member', joinedOn, 'Samarbejdsaftalen underskrevet');
    if (leftOn) await addEvent(id, 'member', 'left', leftOn, 'Ejerskifte');
    if (index === 0) {
      await manager.query(
        `INSERT INTO code_of_care_pledges (jobcentre_id, membership_id, kind, quantity, from_on, due_on, description)
         VALUES ($1, $2, 'småjob', 2, $3, $4, 'To småjob om året i værkstedet')`,
        [jobcentreId, id, joinedOn, `${year}-12-31`],
      );
    }
  }
  for (const prospect of PROSPECTS) {
    const [{ id }] = await manager.query(
      `INSERT INTO code_of_care_memberships
         (jobcentre_id, company_id, status, prospect_stage, source, owner_id, last_contact_at)
       VALUES ($1, $2, 'prospect', $3, 'manual', $4, $5)
       RETURNING id`,
      [
        jobcentreId,
        companyIdOf(prospect.cvrNumber),
        prospect.stage,
        coordinatorId,
        prospect.stage === 'new' ? null : today,
      ],
    );
    await addEvent(id, null, 'prospect', today, 'Koordinatoren har talt med virksomheden');
  }
  const [course] = await manager.query(
    `INSERT INTO code_of_care_mentor_courses (jobcentre_id, title, provider, starts_on, ends_on)
     VALUES ($1, 'Mentoruddannelse, 2 dage', 'Jobcenter Hedensted', $2, $3) RETURNING id`,
    [jobcentreId, dayOfYear(0.3), addDays(dayOfYear(0.3), 1)],
  );
  await manager.query(
    `INSERT INTO code_of_care_course_participants (jobcentre_id, course_id, company_id, participants, mentors_trained)
     VALUES ($1, $2, $3, 2, 2), ($1, $2, $4, 1, 1)`,
    [jobcentreId, course.id, companyIdOf('31245796'), companyIdOf('10150817')],
  );
  const [event] = await manager.query(
    `INSERT INTO code_of_care_events (jobcentre_id, held_on, topic, location, host_company_id)
     VALUES ($1, $2, 'Netværksmøde: småjob i praksis', 'Hornsyld Plejecenter', $3) RETURNING id`,
    [jobcentreId, dayOfYear(0.6), companyIdOf('31245796')],
  );
  await manager.query(
    `INSERT INTO code_of_care_event_attendance (jobcentre_id, event_id, company_id, attendees, shared_knowledge)
     VALUES ($1, $2, $3, 2, true), ($1, $2, $4, 1, false)`,
    [jobcentreId, event.id, companyIdOf('31245761'), companyIdOf('31245915')],
  );
}
