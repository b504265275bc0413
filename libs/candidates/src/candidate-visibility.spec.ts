import { Candidate } from './candidate.entity';
import { candidateForEmployer, toCandidateView } from './candidate-visibility';

const candidate = Object.assign(new Candidate(), {
  id: '5f0c3a52-0d0e-4a5e-9c3b-7f9a1d2e3c4b',
  jobcentreId: 'c6f7a1de-5b0a-4b0c-8a1d-2e3f4a5b6c7d',
  name: 'Sofie Hansen',
  email: 'sofie@example.dk',
  phone: '+45 20 30 40 50',
  postcode: '8722',
  skills: ['truckcertifikat', 'lager'],
  desiredSectors: ['lager og logistik'],
  hoursPerWeek: 15,
  ladderStep: 3,
  notes: 'Ønsker at starte med få timer',
});
const bygId = 'a1a1a1a1-0000-4000-8000-000000000001';
const lagerId = 'b2b2b2b2-0000-4000-8000-000000000002';
const personal = ['name', 'email', 'phone', 'postcode', 'notes', 'jobcentreId'];

describe('candidateForEmployer', () => {
  it('anonymises a candidate who has not consented, even on a shortlist sent to the company', () => {
    const view = candidateForEmployer(candidate, {
      companyId: bygId,
      consentedCompanyIds: [],
      onShortlistSentToCompany: true,
    });
    expect(view).toMatchObject({
      identified: false,
      skills: ['truckcertifikat', 'lager'],
      hoursPerWeek: 15,
      ladderStep: 3,
    });
    for (const field of personal) expect(view).not.toHaveProperty(field);
    expect(JSON.stringify(view)).not.toContain(candidate.id);
  });

  it('anonymises when the consent is for another company', () => {
    const view = candidateForEmployer(candidate, {
      companyId: bygId,
      consentedCompanyIds: [lagerId],
      onShortlistSentToCompany: true,
    });
    expect(view.identified).toBe(false);
    expect(view).not.toHaveProperty('name');
  });

  it('anonymises a consenting candidate the company has not been sent on a shortlist', () => {
    const view = candidateForEmployer(candidate, {
      companyId: bygId,
      consentedCompanyIds: [bygId],
      onShortlistSentToCompany: false,
    });
    expect(view.identified).toBe(false);
  });

  it('identifies the candidate only with consent for this company and a shortlist sent to it', () => {
    const view = candidateForEmployer(candidate, {
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
    expect(view).not.toHaveProperty('notes');
    expect(view).not.toHaveProperty('postcode');
  });

  it('gives each company a different reference for the same candidate', () => {
    const access = { consentedCompanyIds: [], onShortlistSentToCompany: false };
    const forByg = candidateForEmployer(candidate, { ...access, companyId: bygId }).reference;
    expect(candidateForEmployer(candidate, { ...access, companyId: bygId }).reference).toBe(forByg);
    expect(candidateForEmployer(candidate, { ...access, companyId: lagerId }).reference).not.toBe(forByg);
  });
});

describe('toCandidateView', () => {
  it('shows staff the whole profile with its consents, but not the tenant column', () => {
    const view = toCandidateView(candidate, [bygId]);
    expect(view).toMatchObject({
      name: 'Sofie Hansen',
      notes: 'Ønsker at starte med få timer',
      consentedCompanyIds: [bygId],
    });
    expect(view).not.toHaveProperty('jobcentreId');
  });
});
