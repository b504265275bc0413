import type { UserRole } from './dto/user.dto';

export interface UserState {
  /** The staff member (for staff) or the account (for employer users): the id an actor has. */
  actorId: string;
  name: string;
  role: UserRole;
  active: boolean;
}

/**
 * Why a change of a user's role or active state must not happen, or null when it may. An admin never deactivates or
 * demotes themself (another admin can), and the jobcentre always keeps one active admin: otherwise nobody could
 * manage its users again.
 */
export function adminChangeRefusal(
  actorId: string,
  before: UserState,
  after: Pick<UserState, 'role' | 'active'>,
  activeAdmins: number,
): string | null {
  const self = before.actorId === actorId;
  if (self && before.active && !after.active) return 'You cannot deactivate yourself; another admin can';
  if (self && before.role === 'admin' && after.role !== 'admin') {
    return 'You cannot take the admin role from yourself; another admin can';
  }
  const losesAdmin = before.active && before.role === 'admin' && !(after.active && after.role === 'admin');
  if (losesAdmin && activeAdmins <= 1) {
    return `${before.name} is the jobcentre's last active admin: make someone else admin first`;
  }
  return null;
}

/** A role change that cannot be made at all: between employer and staff (a different kind of account). */
export function roleChangeRefusal(from: UserRole, to: UserRole): string | null {
  if (from === to) return null;
  if (from === 'employer') return 'role: an employer user stays an employer user; create a staff user instead';
  if (to === 'employer') return 'role: a staff user cannot become an employer user; create an employer user instead';
  return null;
}
