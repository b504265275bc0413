import { choicesFor, choicesToWrite, eventTypesFor } from './preference-rules';

describe('notification preference rules', () => {
  it('offers employers their receipts and shortlists, and staff the rest', () => {
    expect(eventTypesFor('employer')).toEqual(['intake-receipt', 'shortlist-sent']);
    expect(eventTypesFor('consultant')).toEqual([
      'intake-assigned',
      'intake-deadline-reminder',
      'intake-deadline-breached',
      'code-of-care-inactive-soon',
      'monthly-figures-ready',
    ]);
  });

  it('fills in the default where no choice was made', () => {
    expect(choicesFor('employer', new Map([['shortlist-sent', 'email']]))).toEqual([
      { eventType: 'intake-receipt', channels: 'email-and-in-app', chosen: false },
      { eventType: 'shortlist-sent', channels: 'email', chosen: true },
    ]);
  });

  it('applies one choice to all, then the choices per event type', () => {
    expect([...choicesToWrite('employer', 'in-app', [{ eventType: 'shortlist-sent', channels: 'email' }])]).toEqual([
      ['intake-receipt', 'in-app'],
      ['shortlist-sent', 'email'],
    ]);
    expect(choicesToWrite('lead', undefined).size).toBe(0);
  });
});
