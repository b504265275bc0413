// The i18n module's index is a .tsx file this project's Jest does not load; subjectPath needs none of it.
jest.mock('../../i18n', () => ({}), { virtual: true });

import { subjectPath } from './notification-text';

describe('where a notification leads', () => {
  const figuresReady = { subjectType: 'monthly-report' as const, subjectId: 'c0ffee00-0000-4000-8000-000000000001' };

  it("takes a lead to the month's figures", () => {
    expect(subjectPath({ ...figuresReady, data: { month: '2026-10' } }, false)).toBe('/maaltal?maaned=2026-10');
  });

  it('leads nowhere without a month, or for an employer', () => {
    expect(subjectPath({ ...figuresReady, data: {} }, false)).toBeNull();
    expect(subjectPath({ ...figuresReady, data: { month: '2026-10' } }, true)).toBeNull();
  });

  it("takes a consultant to the intake on the duty desk, an employer to its own request's page", () => {
    const intake = { subjectType: 'intake' as const, subjectId: 'i-1', data: {} };
    expect(subjectPath(intake, false)).toBe('/vagtskema/i-1');
    expect(subjectPath(intake, true)).toBe('/mine-henvendelser/i-1');
  });
});
