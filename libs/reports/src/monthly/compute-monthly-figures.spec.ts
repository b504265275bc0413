import { breachFigures, ladderFigures, postingFigures, smaajobFigures } from './compute-monthly-figures';

describe("the figures' assembly from rows", () => {
  it('counts breaches by consultant (the unassigned together), channel and kind', () => {
    const row = (assignee: string | null, channel: string, kind: string) => ({
      assignee_id: assignee,
      assignee_name: assignee ? `Konsulent ${assignee}` : null,
      channel,
      kind,
    });
    expect(
      breachFigures([row('b', 'phone', 'småjob'), row(null, 'web', 'småjob'), row('b', 'phone', 'retention')]),
    ).toEqual({
      total: 3,
      byConsultant: [
        { staffMemberId: 'b', name: 'Konsulent b', count: 2 },
        { staffMemberId: null, name: 'Unassigned', count: 1 },
      ],
      byChannel: [
        { channel: 'phone', count: 2 },
        { channel: 'web', count: 1 },
      ],
      byKind: [
        { kind: 'småjob', count: 2 },
        { kind: 'retention', count: 1 },
      ],
    });
  });

  it('lists every posting kind in order, with zeros and no median where nothing was filled', () => {
    const byKind = postingFigures(
      [{ kind: 'fleksjob', opened: 2 }],
      [{ kind: 'ordinary', filled: 1, median_days: '12.345' }],
    );
    expect(byKind.map((kind) => kind.kind)).toEqual([
      'ordinary',
      'småjob',
      'voksenlærling',
      'virksomhedspraktik',
      'løntilskud',
      'fleksjob',
    ]);
    expect(byKind[0]).toEqual({ kind: 'ordinary', opened: 0, filled: 1, medianDaysToFill: 12.35 });
    expect(byKind[5]).toEqual({ kind: 'fleksjob', opened: 2, filled: 0, medianDaysToFill: null });
  });

  it('sums småjob hours and tells ladder moves', () => {
    expect(
      smaajobFigures([
        { kind: 'småjob', hours: 8.5 },
        { kind: 'ordinary', hours: 37 },
        { kind: 'småjob', hours: 10 },
      ]),
    ).toEqual({ started: 2, hoursPerWeek: 18.5 });
    expect(
      ladderFigures([
        { step: 3, previous_step: 2 },
        { step: 1, previous_step: 2 },
        { step: 2, previous_step: null },
      ]),
    ).toEqual({ up: 1, down: 1 });
  });
});
