import { da } from '../../i18n/da';
import { auditDetail } from './audit-detail';

describe('auditDetail', () => {
  it('puts the details the API writes into Danish', () => {
    expect(auditDetail('role: consultant → lead', 'da', da.roles)).toEqual({ text: 'rolle: konsulent → teamleder' });
    expect(auditDetail('deactivated; 2 session(s) ended', 'da', da.roles)).toEqual({
      text: 'deaktiveret; 2 sessioner afsluttet',
    });
    expect(auditDetail('created: network-coordinator', 'da', da.roles).text).toBe('oprettet som netværkskoordinator');
    expect(auditDetail('created: employer for CVR 10150817', 'da', da.roles).text).toBe(
      'oprettet som arbejdsgiver for CVR 10150817',
    );
    expect(auditDetail('name changed; role: admin → consultant', 'da', da.roles).text).toBe(
      'navn ændret; rolle: administrator → konsulent',
    );
    expect(auditDetail('new one-time password issued; 1 session(s) ended', 'da', da.roles).text).toBe(
      'ny engangsadgangskode udstedt; 1 session afsluttet',
    );
    expect(auditDetail('revoked: AbC-12_x', 'da', da.roles).text).toBe('tilbagekaldt: AbC-12_x');
  });

  it('shows what it does not know as written, marked as English, and English as it is', () => {
    expect(auditDetail('something new', 'da', da.roles)).toEqual({ text: 'something new', lang: 'en' });
    expect(auditDetail('role: consultant → lead', 'en', da.roles)).toEqual({ text: 'role: consultant → lead' });
  });
});
