import { Candidate } from './candidate.entity';
import { candidateForEmployer, toCandidateView, type ProfileLabels } from './candidate-visibility';

const candidate = Object.assign(new Candidate(), {
  id: '5f0c3a52-0d0e-4a5e-9c3b-7f9a1d2e3c4b',
  jobcentreId: 'c6f7a1de-5b0a-4b0c-8a1d-2e3f4a5b6c7d',
  name: 'Sofie Hansen',
  email: 'sofie@example.dk',
  phone: '+45 20 30 40 50',
  birthDate: '1990-04-12',
  targetGroup: 'kontanthjælp',
  educationLevel: 'erhvervsfaglig',
  accommodations: 'Kan ikke løfte tungt',
  postcode: '8722',
  desiredSectors: ['lager'],
  desiredOccupations: ['8344.1'],
  hoursPerWeek: 15,
  ladderStep: 3,
  notes: 'Ønsker at starte med få timer',
});
const skills = [{ skillUri: 'esco:truck', level: 3 }];
const labels: ProfileLabels = {
  skill: (uri) => ({ 'esco:truck': 'truckcertifikat' })[uri] ?? uri,
  occupation: (code) => ({ '8344.1': 'gaffeltruckfører' })[code] ?? code,
  sector: (code) => ({ lager: 'lager og logistik' })[code] ?? code,
};
const bygId = 'a1a1a1a1-0000-4000-8000-000000000001';
const lagerId = 'b2b2b2b2-0000-4000-8000-000000000002';
const personal = [
  'name',
  'email',
  'phone',
  'postcode',
  'notes',
  'jobcentreId',
  'birthDate',
  'age',
  'targetGroup',
  'accommodations',
];

describe('candidateForEmployer', () => {
  it('anonymises a candidate who has not consented, even on a shortlist sent to the company', () => {
    const view = candidateForEmployer(candidate, skills, labels, {
      companyId: bygId,
      consentedCompanyIds: [],
      onShortlistSentToCompany: true,
    });
    expect(view).toEqual({
      reference: expect.any(String),
      identified: false,
      skills: ['truckcertifikat (3)'],
      desiredOccupations: ['gaffeltruckfører'],
      desiredSectors: ['lager og logistik'],
      educationLevel: 'erhvervsfaglig',
      hoursPerWeek: 15,
      ladderStep: 3,
    });
    for (const field of personal) expect(view).not.toHaveProperty(field);
    expect(JSON.stringify(view)).not.toContain(candidate.id);
    expect(JSON.stringify(view)).not.toContain('1990');
  });

  it('anonymises when the consent is for another company', () => {
    const view = candidateForEmployer(candidate, skills, labels, {
      companyId: bygId,
      consentedCompanyIds: [lagerId],
      onShortlistSentToCompany: true,
    });
    expect(view.identified).toBe(false);
    expect(view).not.toHaveProperty('name');
  });

  it('anonymises a consenting candidate the company has not been sent on a shortlist', () => {
    const view = candidateForEmployer(candidate, skills, labels, {
      companyId: bygId,
      consentedCompanyIds: [bygId],
      onShortlistSentToCompany: false,
    });
    expect(view.identified).toBe(false);
  });

  it('identifies the candidate only with consent for this company and a shortlist sent to it', () => {
    const view = candidateForEmployer(candidate, skills, labels, {
      companyId: bygId,
      consentedCompanyIds: [bygId],
      onShortlistSentToCompany: true,
    });
    expect(view).toMatchObject({
      identified: true,
      name: 'Sofie Hansen',
      email: 'sofie@example.dk',
      phone: '+45 20 30 40 50',
    });
    for (const field of ['notes', 'postcode', 'birthDate', 'age', 'accommodations', 'targetGroup'])
      expect(view).not.toHaveProperty(field);
  });

  it('gives each company a different reference for the same candidate', () => {
    const access = { consentedCompanyIds: [], onShortlistSentToCompany: false };
    const forByg = candidateForEmployer(candidate, skills, labels, { ...access, companyId: bygId }).reference;
    expect(candidateForEmployer(candidate, skills, labels, { ...access, companyId: bygId }).reference).toBe(forByg);
    expect(candidateForEmployer(candidate, skills, labels, { ...access, companyId: lagerId }).reference).not.toBe(
      forByg,
    );
  });
});

describe('toCandidateView', () => {
  it('shows staff the whole profile with labels, the age and its consents, but not the tenant column', () => {
    const view = toCandidateView(candidate, [bygId], skills, labels, '2026-04-11');
    expect(view).toMatchObject({
      name: 'Sofie Hansen',
      notes: 'Ønsker at starte med få timer',
      accommodations: 'Kan ikke løfte tungt',
      age: 35,
      skills: [{ uri: 'esco:truck', label: 'truckcertifikat', level: 3 }],
      desiredOccupations: [{ code: '8344.1', label: 'gaffeltruckfører' }],
      desiredSectors: [{ code: 'lager', label: 'lager og logistik' }],
      consentedCompanyIds: [bygId],
    });
    expect(view).not.toHaveProperty('jobcentreId');
    expect(toCandidateView(candidate, [], skills, labels, '2026-04-12').age).toBe(36);
  });
});
