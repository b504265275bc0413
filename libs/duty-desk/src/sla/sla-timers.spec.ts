import { planTimerRepairs, timersFor, type SlaTimerState } from './sla-timers';

const now = Date.parse('2026-11-24T10:00:00Z');
const hours = (count: number) => new Date(now + count * 3_600_000);

function intake(id: string, overrides: Partial<SlaTimerState & { receivedAt: Date }> = {}) {
  return {
    id,
    jobcentreId: 'jc',
    status: 'awaiting-contact' as const,
    reminderAt: hours(20),
    deadlineAt: hours(24),
    reminderSentAt: null,
    breachedAt: null,
    receivedAt: hours(-1),
    ...overrides,
  };
}

describe('timersFor', () => {
  it('asks for a reminder and an escalation, each at its time, with deterministic ids', () => {
    const timers = timersFor(intake('a'), now);
    expect(timers.map((timer) => [timer.name, timer.opts.jobId, timer.opts.delay])).toEqual([
      ['reminder', 'reminder-a', 20 * 3_600_000],
      ['escalation', 'escalation-a', 24 * 3_600_000],
    ]);
  });

  it('asks for nothing once the company is reached, and only what has not fired yet otherwise', () => {
    expect(timersFor(intake('a', { status: 'contacted' }), now)).toEqual([]);
    expect(timersFor(intake('a', { reminderSentAt: hours(0) }), now).map((timer) => timer.name)).toEqual([
      'escalation',
    ]);
    expect(timersFor(intake('a', { reminderSentAt: hours(0), breachedAt: hours(0) }), now)).toEqual([]);
  });
});

describe('planTimerRepairs', () => {
  it('adds only the timers the queue does not hold and counts each intake missing one once', () => {
    const plan = planTimerRepairs(
      [intake('whole'), intake('half'), intake('none')],
      new Set(['reminder-whole', 'escalation-whole', 'escalation-half']),
      new Set(),
      now,
      5_000,
    );
    expect(plan.toAdd.map((timers) => timers.map((timer) => timer.opts.jobId))).toEqual([
      ['reminder-half'],
      ['reminder-none', 'escalation-none'],
    ]);
    expect(plan.intakesWithoutTimers).toBe(2);
    expect(plan.failedToRemove).toEqual([]);
  });

  it('replaces a timer that failed for good, whose id would otherwise block the add', () => {
    const plan = planTimerRepairs([intake('a')], new Set(['reminder-a']), new Set(['escalation-a']), now, 5_000);
    expect(plan.toAdd.flat().map((timer) => timer.opts.jobId)).toEqual(['escalation-a']);
    expect(plan.failedToRemove).toEqual(['escalation-a']);
  });

  it('repairs an intake received moments ago without counting it: its own add may still be on its way', () => {
    const plan = planTimerRepairs(
      [intake('fresh', { receivedAt: new Date(now - 1_000) })],
      new Set(),
      new Set(),
      now,
      5_000,
    );
    expect(plan.toAdd.flat()).toHaveLength(2);
    expect(plan.intakesWithoutTimers).toBe(0);
  });
});
