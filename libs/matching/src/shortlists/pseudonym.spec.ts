import { pseudonymFor, pseudonymKey, REFERENCE_PATTERN } from './pseudonym';

describe('pseudonymFor', () => {
  const key = pseudonymKey('a-long-test-secret-for-the-pseudonyms-0123');
  const company = '6f1c3a52-93a0-4c57-8d21-2b0d6d3f2c11';
  const other = '0b7f5e8e-1e3c-4d3f-a0e1-7b6c2d9e4f55';
  const candidate = '2d0b1c1e-5f3a-4a55-9d7e-2b8c0c7f9a10';

  it('is K- and six base32 characters', () => {
    expect(pseudonymFor(key, company, candidate)).toMatch(REFERENCE_PATTERN);
  });

  it('is stable for the same company and candidate', () => {
    expect(pseudonymFor(key, company, candidate)).toBe(pseudonymFor(key, company, candidate));
    expect(pseudonymFor(pseudonymKey('a-long-test-secret-for-the-pseudonyms-0123'), company, candidate)).toBe(
      pseudonymFor(key, company, candidate),
    );
  });

  it('differs across companies, candidates and secrets', () => {
    const reference = pseudonymFor(key, company, candidate);
    expect(pseudonymFor(key, other, candidate)).not.toBe(reference);
    expect(pseudonymFor(key, company, other)).not.toBe(reference);
    expect(pseudonymFor(pseudonymKey('another-secret-of-at-least-32-characters'), company, candidate)).not.toBe(
      reference,
    );
  });

  it('spreads: 2,000 candidates of one company get 2,000 references', () => {
    const references = new Set(
      Array.from({ length: 2000 }, (_, index) =>
        pseudonymFor(key, company, `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`),
      ),
    );
    expect(references.size).toBe(2000);
  });

  it('does not contain the ids it is made from', () => {
    const reference = pseudonymFor(key, company, candidate);
    expect(company.toUpperCase()).not.toContain(reference.slice(2));
    expect(candidate.toUpperCase()).not.toContain(reference.slice(2));
  });
});
