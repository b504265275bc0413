import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { SLA_QUEUE, slaJobId, TIMER_SWEEP_QUEUE, TIMER_SWEEP_SCHEDULER_ID } from '@jobbro/duty-desk';
import { randomCvrNumber, seedJobcentre, waitFor, type SeededJobcentre } from './support/fixtures';
import { availableQueueBackends, createTestApp, flushRedisDb, type TestApp } from './support/test-app';

// 3.6 s to first contact and a reminder 2 s before it: the whole 24-hour flow in seconds, on the real queue.
const SHORT_POLICY = { mode: 'calendar-hours', hours: 0.001 };
const SHORT_CONFIG = { DUTY_DESK_REMINDER_BEFORE: '2s', DUTY_DESK_TIMER_SWEEP_INTERVAL: '1s' };
const REDIS_DB = 2;

describe.each(availableQueueBackends())('Duty-desk timers on the %s queue backend', (queue) => {
  let testApp: TestApp;
  let jobcentre: SeededJobcentre;

  beforeAll(async () => {
    if (queue === 'redis') await flushRedisDb(REDIS_DB);
    testApp = await createTestApp({ queue, env: SHORT_CONFIG, redisDb: REDIS_DB });
    jobcentre = await seedJobcentre(testApp, { consultants: 2, onDutyFor: 3_600_000, policy: SHORT_POLICY });
  });
  afterAll(() => testApp?.close());

  const slaQueue = () => testApp.app.get<Queue>(getQueueToken(SLA_QUEUE));
  const createIntake = async () =>
    (
      await testApp
        .http()
        .post('/api/v1/intakes')
        .set(jobcentre.headers())
        .send({
          company: { cvrNumber: randomCvrNumber(), name: 'Timer Test ApS' },
          contactPerson: { name: 'Mette Jensen', phone: '+45 75 12 34 56' },
          kind: 'småjob',
          description: 'Har brug for en medarbejder 10 timer om ugen',
          channel: 'phone',
        })
        .expect(201)
    ).body;
  const getIntake = async (id: string) =>
    (await testApp.http().get(`/api/v1/intakes/${id}`).set(jobcentre.headers()).expect(200)).body;

  it('reminds before the deadline, escalates at it, and still lets the consultant make contact and close', async () => {
    const intake = await createIntake();
    expect(intake.status).toBe('awaiting-contact');
    expect(jobcentre.consultants.map((consultant) => consultant.id)).toContain(intake.assignee.id);
    expect(new Date(intake.deadlineAt).getTime() - new Date(intake.receivedAt).getTime()).toBe(3600);
    // The timers are added right after the response, not before it.
    expect(await waitFor(() => slaQueue().getJob(slaJobId('escalation', intake.id)))).toBeDefined();

    const reminded = await waitFor(async () => {
      const current = await getIntake(intake.id);
      return current.reminderSentAt ? current : null;
    });
    expect(reminded.breached).toBe(false);
    expect(new Date(reminded.reminderSentAt).getTime()).toBeGreaterThanOrEqual(new Date(intake.reminderAt).getTime());

    const breached = await waitFor(async () => {
      const current = await getIntake(intake.id);
      return current.breached ? current : null;
    });
    const breachedAt = new Date(breached.breachedAt).getTime();
    const deadlineAt = new Date(intake.deadlineAt).getTime();
    expect(breachedAt).toBeGreaterThanOrEqual(deadlineAt);
    expect(breachedAt - deadlineAt).toBeLessThan(1_000);
    expect(breached.escalatedTo).toEqual({ id: jobcentre.lead.id, name: jobcentre.lead.name });
    expect(breached.status).toBe('awaiting-contact');

    const contacted = await testApp
      .http()
      .post(`/api/v1/intakes/${intake.id}/contact-attempts`)
      .set(jobcentre.headers())
      .send({ reached: true, note: 'Ringet op efter fristen' })
      .expect(200);
    expect(contacted.body).toMatchObject({ status: 'contacted', breached: true });
    const closed = await testApp
      .http()
      .post(`/api/v1/intakes/${intake.id}/close`)
      .set(jobcentre.headers())
      .send({ outcome: 'posting-created' })
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'posting-created' });

    const history = (
      await testApp.http().get(`/api/v1/intakes/${intake.id}/history`).set(jobcentre.headers()).expect(200)
    ).body;
    expect(history.map((entry: { type: string }) => entry.type)).toEqual([
      'received',
      'assigned',
      'reminder-sent',
      'deadline-breached',
      'contact-attempted',
      'closed',
    ]);
    const breach = history.find((entry: { type: string }) => entry.type === 'deadline-breached');
    expect(breach.actor).toBeNull();
    expect(breach.details.escalatedToId).toBe(jobcentre.lead.id);
  });

  it('removes the timers when the company is reached in time, so nothing is escalated', async () => {
    const intake = await createIntake();
    await testApp
      .http()
      .post(`/api/v1/intakes/${intake.id}/contact-attempts`)
      .set(jobcentre.headers())
      .send({ reached: true })
      .expect(200);
    expect(await slaQueue().getJob(slaJobId('reminder', intake.id))).toBeUndefined();
    expect(await slaQueue().getJob(slaJobId('escalation', intake.id))).toBeUndefined();

    await new Promise((resolve) => setTimeout(resolve, 4_500));
    const after = await getIntake(intake.id);
    expect(after).toMatchObject({ status: 'contacted', breached: false, reminderSentAt: null, escalatedTo: null });
  });

  it('keeps the clock running after an attempt that did not reach the company', async () => {
    const intake = await createIntake();
    const attempt = await testApp
      .http()
      .post(`/api/v1/intakes/${intake.id}/contact-attempts`)
      .set(jobcentre.headers())
      .send({ reached: false, note: 'Telefonsvarer' })
      .expect(200);
    expect(attempt.body.status).toBe('awaiting-contact');
    const breached = await waitFor(async () => ((await getIntake(intake.id)).breached ? true : null));
    expect(breached).toBe(true);
  });

  it('re-creates timers the queue lost within a sweep interval, and reports them in /health', async () => {
    const policy = { firstContactPolicy: { mode: 'calendar-hours', hours: 24 } };
    await testApp.http().put('/api/v1/duty-desk/settings').set(jobcentre.lead.headers).send(policy).expect(200);
    const intake = await createIntake();
    await waitFor(() => slaQueue().getJob(slaJobId('escalation', intake.id)));
    // As if accepted a while ago: the sweep counts only intakes past the grace period of a timer add on its way.
    await testApp.dataSource.query(`UPDATE intakes SET received_at = now() - interval '1 minute' WHERE id = $1`, [
      intake.id,
    ]);
    await slaQueue().remove(slaJobId('reminder', intake.id));
    await slaQueue().remove(slaJobId('escalation', intake.id));

    const escalation = await waitFor(() => slaQueue().getJob(slaJobId('escalation', intake.id)), 5_000, 50);
    expect(escalation.data).toEqual({ intakeId: intake.id, jobcentreId: jobcentre.id, dueAt: intake.deadlineAt });
    expect(await slaQueue().getJob(slaJobId('reminder', intake.id))).toBeDefined();
    const health = await waitFor(async () => {
      const { body } = await testApp.http().get('/health');
      return body.timers.intakesWithoutTimers > 0 ? body : null;
    }, 5_000);
    // A sweep may fall between the two removals and re-create them one at a time; both are back either way.
    expect(health.timers).toMatchObject({ status: 'up', intakesWithoutTimers: 1 });
    expect(health.timers.timersRecreated).toBeGreaterThanOrEqual(1);
  });

  it('schedules the sweep again when the queue lost its schedule', async () => {
    const sweepQueue = testApp.app.get<Queue>(getQueueToken(TIMER_SWEEP_QUEUE));
    expect(await sweepQueue.getJobScheduler(TIMER_SWEEP_SCHEDULER_ID)).toBeDefined();
    await sweepQueue.removeJobScheduler(TIMER_SWEEP_SCHEDULER_ID);
    expect(await sweepQueue.getJobScheduler(TIMER_SWEEP_SCHEDULER_ID)).toBeUndefined();
    expect(await waitFor(() => sweepQueue.getJobScheduler(TIMER_SWEEP_SCHEDULER_ID), 5_000, 100)).toMatchObject({
      every: 1_000,
    });
  });

  it('re-creates timers a wiped queue lost when the worker starts again', async () => {
    const policy = { firstContactPolicy: { mode: 'calendar-hours', hours: 24 } };
    await testApp.http().put('/api/v1/duty-desk/settings').set(jobcentre.lead.headers).send(policy).expect(200);
    const intake = await createIntake();
    await waitFor(() => slaQueue().getJob(slaJobId('escalation', intake.id)));

    await slaQueue().remove(slaJobId('reminder', intake.id));
    await slaQueue().remove(slaJobId('escalation', intake.id));
    expect(await slaQueue().getJob(slaJobId('escalation', intake.id))).toBeUndefined();

    const { databaseUrl } = testApp;
    await testApp.close();
    testApp = await createTestApp({ queue, env: SHORT_CONFIG, redisDb: REDIS_DB, databaseUrl });

    const escalation = await slaQueue().getJob(slaJobId('escalation', intake.id));
    expect(escalation?.data).toEqual({ intakeId: intake.id, jobcentreId: jobcentre.id, dueAt: intake.deadlineAt });
    expect(await slaQueue().getJob(slaJobId('reminder', intake.id))).toBeDefined();
  });
});
