import type { Candidate } from '@jobbro/candidates';
import { anonymisedEntry, type EntryFacts } from './anonymiser';

const candidate = {
  id: '2d0b1c1e-5f3a-4a55-9d7e-2b8c0c7f9a10',
  jobcentreId: '6f1c3a52-93a0-4c57-8d21-2b0d6d3f2c11',
  name: 'Sofie Hansen',
  email: 'sofie@example.dk',
  phone: '+45 20 30 40 50',
  externalId: 'ext-1',
  birthDate: '1990-04-12',
  targetGroup: 'kontanthjælp',
  educationLevel: 'erhvervsfaglig',
  education: 'Lagerassistent',
  postcode: '8722',
  travelReachKm: 25,
  desiredSectors: ['lager-logistik'],
  desiredOccupations: ['8344.1'],
  willingToChangeSector: true,
  hoursPerWeek: 15,
  ladderStep: 3,
  accommodations: 'Kan ikke løfte over 10 kg',
  consultantId: '0b7f5e8e-1e3c-4d3f-a0e1-7b6c2d9e4f55',
  notes: 'Vil gerne starte med få timer',
} as unknown as Candidate;

const entry: EntryFacts = {
  reference: 'K-ABC234',
  position: 1,
  answer: null,
  answerComment: null,
  answeredAt: null,
  answeredByName: null,
};
const labels = { skill: (uri: string) => `label of ${uri}`, occupation: (code: string) => `occupation ${code}` };
const skills = [{ skillUri: 'http://data.europa.eu/esco/skill/x', level: 3 }];

describe('anonymisedEntry', () => {
  it('lets only work-relevant facts leave without consent', () => {
    const view = anonymisedEntry(entry, candidate, skills, labels, 12.3, false);
    expect(view).toEqual({
      reference: 'K-ABC234',
      position: 1,
      skills: [{ label: 'label of http://data.europa.eu/esco/skill/x', level: 3 }],
      hoursPerWeek: 15,
      ladderStep: 3,
      distanceBand: '5-15-km',
      desiredOccupations: ['occupation 8344.1'],
      identity: null,
      answer: null,
    });
    const text = JSON.stringify(view);
    for (const secret of [
      'Sofie',
      'sofie@example.dk',
      '20 30 40 50',
      '1990',
      'kontanthjælp',
      'løfte',
      '8722',
      'starte med',
      candidate.id,
      candidate.consultantId!,
      'ext-1',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('adds name, e-mail and phone with consent, and still nothing else', () => {
    const view = anonymisedEntry(entry, candidate, skills, labels, null, true);
    expect(view.identity).toEqual({ name: 'Sofie Hansen', email: 'sofie@example.dk', phone: '+45 20 30 40 50' });
    expect(view.distanceBand).toBeNull();
    const text = JSON.stringify(view);
    for (const secret of ['1990', 'kontanthjælp', 'løfte', '8722', 'starte med', candidate.id]) {
      expect(text).not.toContain(secret);
    }
  });

  it("shows the company's answer", () => {
    const answeredAt = new Date('2026-11-24T10:00:00Z');
    const view = anonymisedEntry(
      { ...entry, answer: 'interested', answerComment: 'Ring gerne', answeredAt, answeredByName: 'Mette' },
      candidate,
      [],
      labels,
      3,
      false,
    );
    expect(view.answer).toEqual({ answer: 'interested', comment: 'Ring gerne', answeredAt, answeredBy: 'Mette' });
    expect(view.skills).toEqual([]);
    expect(view.distanceBand).toBe('under-5-km');
  });
});
