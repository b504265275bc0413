import { adminChangeRefusal, roleChangeRefusal, type UserState } from './user-rules';

const admin = (actorId: string, overrides: Partial<UserState> = {}): UserState => ({
  actorId,
  name: 'Frida Vestergaard',
  role: 'admin',
  active: true,
  ...overrides,
});

describe('adminChangeRefusal', () => {
  it('refuses an admin deactivating themself, even with other admins', () => {
    expect(adminChangeRefusal('me', admin('me'), { role: 'admin', active: false }, 3)).toMatch(/deactivate yourself/);
  });

  it('refuses an admin demoting themself, even with other admins', () => {
    expect(adminChangeRefusal('me', admin('me'), { role: 'lead', active: true }, 3)).toMatch(/from yourself/);
  });

  it('refuses taking the last active admin away, by deactivation or by demotion', () => {
    expect(adminChangeRefusal('me', admin('other'), { role: 'admin', active: false }, 1)).toMatch(/last active admin/);
    expect(adminChangeRefusal('me', admin('other'), { role: 'consultant', active: true }, 1)).toMatch(/last active/);
  });

  it('lets an admin deactivate or demote another admin while one remains', () => {
    expect(adminChangeRefusal('me', admin('other'), { role: 'admin', active: false }, 2)).toBeNull();
    expect(adminChangeRefusal('me', admin('other'), { role: 'lead', active: true }, 2)).toBeNull();
  });

  it('lets anything else through: other roles, reactivation, a deactivated admin', () => {
    const consultant = admin('other', { role: 'consultant' });
    expect(adminChangeRefusal('me', consultant, { role: 'consultant', active: false }, 1)).toBeNull();
    expect(adminChangeRefusal('me', consultant, { role: 'admin', active: true }, 1)).toBeNull();
    const former = admin('other', { active: false });
    expect(adminChangeRefusal('me', former, { role: 'consultant', active: false }, 1)).toBeNull();
    expect(adminChangeRefusal('me', admin('me'), { role: 'admin', active: true }, 1)).toBeNull();
  });
});

describe('roleChangeRefusal', () => {
  it('keeps employer users and staff apart, and lets staff roles change freely', () => {
    expect(roleChangeRefusal('employer', 'consultant')).toMatch(/stays an employer/);
    expect(roleChangeRefusal('lead', 'employer')).toMatch(/cannot become an employer/);
    expect(roleChangeRefusal('consultant', 'admin')).toBeNull();
    expect(roleChangeRefusal('employer', 'employer')).toBeNull();
  });
});
