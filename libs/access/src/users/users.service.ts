import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import { StaffMember } from '@jobbro/jobcentres';
import {
  escapeLike,
  invalidField,
  invalidFields,
  pageOf,
  TenantData,
  type Page,
  type StaffRole,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { AuditLogService } from '@jobbro/privacy';
import { UserAccount } from '../accounts/user-account.entity';
import { AuthService } from '../auth/auth.service';
import { hashPassword } from '../passwords/password-hash';
import type { CreateUserDto, FindUsersQuery, UpdateUserDto, UserRole } from './dto/user.dto';
import { adminChangeRefusal, roleChangeRefusal } from './user-rules';

export const USER_RECORD_TYPE = 'user';

export interface UserView {
  id: string;
  staffMemberId: string | null;
  name: string;
  email: string;
  role: UserRole;
  companyCvrNumbers: string[];
  active: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
}

interface UserRow {
  id: string;
  staff_member_id: string | null;
  name: string;
  email: string;
  role: UserRole;
  company_cvr_numbers: string[];
  active: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
}

const USERS = `
  FROM user_accounts a
  LEFT JOIN staff_members m ON m.id = a.staff_member_id AND m.jobcentre_id = a.jobcentre_id
 WHERE a.jobcentre_id = $1`;
const USER_COLUMNS = `a.id, a.staff_member_id, coalesce(m.name, a.name) AS name, a.email,
       coalesce(m.role, 'employer') AS role, a.company_cvr_numbers, (a.active AND coalesce(m.active, true)) AS active,
       a.created_at, (SELECT max(s.created_at) FROM auth_sessions s WHERE s.account_id = a.id) AS last_sign_in_at`;

const toView = (row: UserRow): UserView => ({
  id: row.id,
  staffMemberId: row.staff_member_id,
  name: row.name,
  email: row.email,
  role: row.role,
  companyCvrNumbers: row.company_cvr_numbers,
  active: row.active,
  createdAt: row.created_at,
  lastSignInAt: row.last_sign_in_at,
});

// No 0/O, 1/l/I: read aloud or copied by hand, it must survive. 16 characters of 31: about 79 bits.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
export function oneTimePassword(): string {
  const characters = Array.from({ length: 16 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

const isUniqueViolation = (error: unknown) => (error as { code?: string })?.code === '23505';
const EMAIL_TAKEN = 'This e-mail already belongs to a user; each user signs in with their own e-mail';

/**
 * The jobcentre's users (staff and employer users), as its admins manage them. Every change is written to the audit
 * log in the transaction that makes it; deactivating a user or issuing a new password ends their sessions at once.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly data: TenantData,
    private readonly audit: AuditLogService,
    private readonly auth: AuthService,
  ) {}

  async find(tenant: TenantContext, query: FindUsersQuery): Promise<Page<UserView>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (query.role) where.push(`coalesce(m.role, 'employer') = $${params.push(query.role) + 1}`);
    if (query.active !== undefined) {
      where.push(`(a.active AND coalesce(m.active, true)) = $${params.push(query.active) + 1}`);
    }
    if (query.q) {
      const n = params.push(`%${escapeLike(query.q)}%`) + 1;
      where.push(`(coalesce(m.name, a.name) ILIKE $${n} ESCAPE '\\' OR a.email ILIKE $${n} ESCAPE '\\')`);
    }
    const filter = where.map((condition) => ` AND ${condition}`).join('');
    const scope = this.data.for(tenant);
    const [{ total }] = await scope.query<{ total: number }>(`SELECT count(*)::int AS total ${USERS}${filter}`, params);
    const rows = await scope.query<UserRow>(
      `SELECT ${USER_COLUMNS} ${USERS}${filter}
        ORDER BY coalesce(m.name, a.name), a.id
        LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    return pageOf(rows.map(toView), total, query);
  }

  async get(
    tenant: Pick<TenantContext, 'jobcentreId'>,
    id: string,
    scope: TenantScope = this.data.for(tenant),
  ): Promise<UserView> {
    const [row] = await scope.query<UserRow>(`SELECT ${USER_COLUMNS} ${USERS} AND a.id = $2`, [id]);
    if (!row) throw new NotFoundException(`No user with id ${id}`);
    return toView(row);
  }

  async create(
    tenant: TenantContext,
    input: CreateUserDto,
    endpoint: string,
  ): Promise<UserView & { initialPassword: string }> {
    const employer = input.role === 'employer';
    if (!employer && input.companyCvrNumbers) {
      throw invalidField('companyCvrNumbers', 'companyCvrNumbers is for employer users only');
    }
    const initialPassword = oneTimePassword();
    const passwordHash = await hashPassword(initialPassword);
    try {
      const id = await this.data.for(tenant).transaction(async (scope) => {
        let staffMemberId: string | null = null;
        if (employer) {
          await this.checkCompanies(scope, input.companyCvrNumbers!);
        } else {
          const member = await scope.save(
            StaffMember,
            scope.create(StaffMember, { name: input.name, email: input.email, role: input.role as StaffRole }),
          );
          staffMemberId = member.id;
        }
        const account = await scope.save(
          UserAccount,
          scope.create(UserAccount, {
            email: input.email,
            passwordHash,
            staffMemberId,
            name: employer ? input.name : null,
            companyCvrNumbers: employer ? input.companyCvrNumbers! : [],
          }),
        );
        const detail = employer
          ? `created: employer for CVR ${input.companyCvrNumbers!.join(', ')}`
          : `created: ${input.role}`;
        await this.audit.record(
          tenant,
          { action: 'create', recordType: USER_RECORD_TYPE, recordIds: [account.id], endpoint, detail },
          scope,
        );
        return account.id;
      });
      return { ...(await this.get(tenant, id)), initialPassword };
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictException({ message: EMAIL_TAKEN, errors: emailTaken() });
      throw error;
    }
  }

  async update(tenant: TenantContext, id: string, input: UpdateUserDto, endpoint: string): Promise<UserView> {
    const sessions = await this.data.for(tenant).transaction(async (scope) => {
      const before = await this.lockedForChange(scope, id);
      const role = input.role ?? before.role;
      const roleRefusal = roleChangeRefusal(before.role, role);
      if (roleRefusal) throw invalidField('role', roleRefusal);
      if (input.companyCvrNumbers && before.role !== 'employer') {
        throw invalidField('companyCvrNumbers', 'companyCvrNumbers is for employer users only');
      }
      await this.refuseAdminChange(scope, tenant, before, { role, active: before.active });
      const changes: string[] = [];
      if (input.name !== undefined && input.name !== before.name) changes.push('name changed');
      if (role !== before.role) changes.push(`role: ${before.role} → ${role}`);
      const cvrNumbers = input.companyCvrNumbers;
      const cvrChanged = cvrNumbers && [...cvrNumbers].sort().join() !== [...before.companyCvrNumbers].sort().join();
      if (cvrChanged) {
        await this.checkCompanies(scope, cvrNumbers);
        changes.push(`companies: ${before.companyCvrNumbers.join(', ')} → ${cvrNumbers.join(', ')}`);
      }
      if (changes.length === 0) return [];
      if (before.staffMemberId) {
        await scope.update(
          StaffMember,
          { id: before.staffMemberId },
          { ...(input.name !== undefined ? { name: input.name } : {}), role: role as StaffRole },
        );
      } else {
        await scope.update(
          UserAccount,
          { id },
          {
            ...(input.name !== undefined ? { name: input.name } : {}),
            ...(cvrChanged ? { companyCvrNumbers: cvrNumbers } : {}),
          },
        );
      }
      await this.audit.record(
        tenant,
        { action: 'update', recordType: USER_RECORD_TYPE, recordIds: [id], endpoint, detail: changes.join('; ') },
        scope,
      );
      // Sessions read the role and companies afresh: drop what this process remembers of them.
      return (
        await scope.query<{ id: string }>(
          `SELECT id FROM auth_sessions WHERE jobcentre_id = $1 AND account_id = $2 AND revoked_at IS NULL`,
          [id],
        )
      ).map((session) => session.id);
    });
    this.auth.forgetSessions(sessions);
    return this.get(tenant, id);
  }

  /** Deactivates (ending every session at once) or reactivates a user. */
  async setActive(tenant: TenantContext, id: string, active: boolean, endpoint: string): Promise<UserView> {
    const ended = await this.data.for(tenant).transaction(async (scope) => {
      const before = await this.lockedForChange(scope, id);
      if (before.active === active) return [];
      await this.refuseAdminChange(scope, tenant, before, { role: before.role, active });
      await scope.update(UserAccount, { id }, { active });
      if (before.staffMemberId) await scope.update(StaffMember, { id: before.staffMemberId }, { active });
      const sessions = active ? [] : await this.endSessions(scope, id);
      const detail = active ? 'reactivated' : `deactivated; ${sessions.length} session(s) ended`;
      await this.audit.record(
        tenant,
        { action: 'update', recordType: USER_RECORD_TYPE, recordIds: [id], endpoint, detail },
        scope,
      );
      return sessions;
    });
    this.auth.forgetSessions(ended);
    return this.get(tenant, id);
  }

  /** A new one-time password for a user who lost theirs; their sessions end, the old password stops working. */
  async resetPassword(
    tenant: TenantContext,
    id: string,
    endpoint: string,
  ): Promise<UserView & { initialPassword: string }> {
    const initialPassword = oneTimePassword();
    const passwordHash = await hashPassword(initialPassword);
    const ended = await this.data.for(tenant).transaction(async (scope) => {
      const user = await this.lockedForChange(scope, id);
      if (!user.active) throw new ConflictException('The user is deactivated: reactivate them first');
      await scope.update(UserAccount, { id }, { passwordHash });
      const sessions = await this.endSessions(scope, id);
      const detail = `new one-time password issued; ${sessions.length} session(s) ended`;
      await this.audit.record(
        tenant,
        { action: 'update', recordType: USER_RECORD_TYPE, recordIds: [id], endpoint, detail },
        scope,
      );
      return sessions;
    });
    this.auth.forgetSessions(ended);
    return { ...(await this.get(tenant, id)), initialPassword };
  }

  /**
   * The user, with the jobcentre's user changes serialised: two admins demoting each other at the same moment must
   * not leave the jobcentre without one.
   */
  private async lockedForChange(scope: TenantScope, id: string): Promise<UserView> {
    await scope.lock('users');
    return this.get({ jobcentreId: scope.jobcentreId }, id, scope);
  }

  private async refuseAdminChange(
    scope: TenantScope,
    tenant: TenantContext,
    before: UserView,
    after: { role: UserRole; active: boolean },
  ): Promise<void> {
    const [{ admins }] = await scope.query<{ admins: number }>(
      `SELECT count(*)::int AS admins ${USERS} AND m.role = 'admin' AND m.active AND a.active`,
    );
    const refusal = adminChangeRefusal(
      tenant.actor!.id,
      { actorId: before.staffMemberId ?? before.id, name: before.name, role: before.role, active: before.active },
      after,
      admins,
    );
    if (refusal) throw new ConflictException(refusal);
  }

  private async endSessions(scope: TenantScope, accountId: string): Promise<string[]> {
    const rows = await scope.query<{ id: string }>(
      // A SELECT around the UPDATE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
      `WITH ended AS (
         UPDATE auth_sessions SET revoked_at = now()
          WHERE jobcentre_id = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING id
       ) SELECT id FROM ended`,
      [accountId],
    );
    return rows.map((row) => row.id);
  }

  /** An employer user acts for companies the jobcentre knows; the CVR numbers it does not are named. */
  private async checkCompanies(scope: TenantScope, cvrNumbers: string[]): Promise<void> {
    const known = new Set(
      (
        await scope.query<{ cvr_number: string }>(
          `SELECT cvr_number FROM companies WHERE jobcentre_id = $1 AND cvr_number = ANY($2)`,
          [cvrNumbers],
        )
      ).map((row) => row.cvr_number),
    );
    const unknown = cvrNumbers.flatMap((cvr, index) =>
      known.has(cvr)
        ? []
        : [{ field: `companyCvrNumbers.${index}`, messages: [`No company with CVR ${cvr} in your jobcentre`] }],
    );
    if (unknown.length > 0) throw invalidFields(unknown);
  }
}

const emailTaken = () => [{ field: 'email', messages: [EMAIL_TAKEN] }];
