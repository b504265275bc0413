import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JOBBRO_RUNTIME, TtlCache, type JobbroRuntime, type Role } from '@jobbro/platform';
import { UserAccount } from '../accounts/user-account.entity';
import type { Principal } from '../guard/principal';
import { hashPassword, verifyPassword } from '../passwords/password-hash';
import { AccessTokens } from './access-tokens';
import { AuthSession } from './auth-session.entity';
import { LoginFailure } from './login-failure.entity';
import { loginRetryAfterMs } from './login-throttle';
import { hashSecret, newSecret } from './secret-tokens';

export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export type LoginResult =
  { outcome: 'signed-in'; tokens: IssuedTokens; principal: Principal } | { outcome: 'wait'; retryAfterMs: number };

// A revoked session is refused at once by the process that revoked it, and by every other within this time.
const SESSION_CACHE_MS = 5_000;
const WRONG_CREDENTIALS = 'The e-mail or the password is wrong';

interface SessionRow {
  session_id: string;
  account_id: string;
  jobcentre_id: string;
  account_name: string | null;
  company_cvr_numbers: string[];
  staff_member_id: string | null;
  staff_name: string | null;
  staff_role: Role | null;
}

@Injectable()
export class AuthService {
  private readonly sessions = new TtlCache<string, Principal>(SESSION_CACHE_MS);
  /** Checked when an e-mail is unknown, so a wrong e-mail takes as long to refuse as a wrong password. */
  private readonly decoyHash = hashPassword(newSecret());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  async login(email: string, password: string, now = new Date()): Promise<LoginResult> {
    const key = email.trim().toLowerCase();
    const failures = await this.dataSource.manager.findOneBy(LoginFailure, { email: key });
    const retryAfterMs = loginRetryAfterMs(failures, now);
    if (retryAfterMs > 0) return { outcome: 'wait', retryAfterMs };

    const account = await this.dataSource.manager.findOne(UserAccount, {
      where: { email: key },
      select: { id: true, passwordHash: true, active: true },
    });
    const valid = await verifyPassword(password, account?.passwordHash ?? (await this.decoyHash));
    const session = account && valid && account.active ? await this.startSession(account.id, now) : null;
    const principal = session ? await this.principalOf(session.id) : null;
    if (!session || !principal) {
      // A deactivated staff member's password can still be right: the session it started must not outlive this.
      if (session) await this.logout(session.id, now);
      await this.dataSource.query(
        `INSERT INTO login_failures (email, count, last_failed_at) VALUES ($1, 1, $2)
         ON CONFLICT (email) DO UPDATE SET count = login_failures.count + 1, last_failed_at = EXCLUDED.last_failed_at`,
        [key, now],
      );
      throw new UnauthorizedException(WRONG_CREDENTIALS);
    }
    if (failures) await this.dataSource.manager.delete(LoginFailure, { email: key });
    return {
      outcome: 'signed-in',
      tokens: await this.tokensFor(account!.id, session.id, session.refreshToken, session.expiresAt),
      principal,
    };
  }

  /** A new token pair for a valid refresh token; the old refresh token stops working. */
  async refresh(refreshToken: string, now = new Date()): Promise<IssuedTokens> {
    const presented = hashSecret(refreshToken);
    const session = await this.dataSource.manager.findOneBy(AuthSession, { refreshTokenHash: presented });
    if (!session) {
      // A replaced token coming back means two parties hold it: end that session for both.
      const revoked: { id: string }[] = await this.dataSource.query(
        `WITH revoked AS (
           UPDATE auth_sessions SET revoked_at = $2
            WHERE previous_refresh_token_hash = $1 AND revoked_at IS NULL RETURNING id
         ) SELECT id FROM revoked`,
        [presented, now],
      );
      revoked.forEach(({ id }) => this.sessions.delete(id));
      throw new UnauthorizedException('The refresh token is not valid');
    }
    if (session.revokedAt || session.expiresAt <= now || !(await this.principalOf(session.id))) {
      throw new UnauthorizedException('The session has ended; sign in again');
    }
    const next = newSecret();
    const rotated = await this.dataSource.manager.update(
      AuthSession,
      { id: session.id, refreshTokenHash: presented },
      { refreshTokenHash: hashSecret(next), previousRefreshTokenHash: presented, refreshedAt: now },
    );
    if (!rotated.affected) throw new UnauthorizedException('The refresh token is not valid');
    return this.tokensFor(session.accountId, session.id, next, session.expiresAt);
  }

  async logout(sessionId: string, now = new Date()): Promise<void> {
    await this.dataSource.manager.update(AuthSession, { id: sessionId }, { revokedAt: now });
    this.sessions.delete(sessionId);
  }

  /** Forgets what this process remembers of these sessions, so their next request reads them afresh. */
  forgetSessions(sessionIds: readonly string[]): void {
    sessionIds.forEach((id) => this.sessions.delete(id));
  }

  /** Ends every session of the account behind `sessionId`: each device, browser and token pair it signed in with. */
  async logoutEverywhere(sessionId: string, now = new Date()): Promise<number> {
    const revoked: { id: string }[] = await this.dataSource.query(
      `WITH revoked AS (
         UPDATE auth_sessions SET revoked_at = $2
          WHERE account_id = (SELECT account_id FROM auth_sessions WHERE id = $1) AND revoked_at IS NULL
          RETURNING id
       ) SELECT id FROM revoked`,
      [sessionId, now],
    );
    this.forgetSessions(revoked.map(({ id }) => id));
    return revoked.length;
  }

  /** The caller behind an access token, or 401. */
  async authenticate(accessToken: string): Promise<Principal> {
    const { sessionId } = await this.accessTokens.verify(accessToken);
    const principal = await this.sessions.getOrLoad(sessionId, () => this.principalOf(sessionId));
    if (!principal) throw new UnauthorizedException('The session has ended; sign in again');
    return principal;
  }

  private async startSession(accountId: string, now: Date) {
    const refreshToken = newSecret();
    const expiresAt = new Date(now.getTime() + this.runtime.config.auth.refreshTokenTtlMs);
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO auth_sessions (jobcentre_id, account_id, refresh_token_hash, expires_at)
       SELECT jobcentre_id, id, $2, $3 FROM user_accounts WHERE id = $1 RETURNING id`,
      [accountId, hashSecret(refreshToken), expiresAt],
    );
    return { id, refreshToken, expiresAt };
  }

  private async tokensFor(
    accountId: string,
    sessionId: string,
    refreshToken: string,
    refreshTokenExpiresAt: Date,
  ): Promise<IssuedTokens> {
    return {
      accessToken: await this.accessTokens.issue(accountId, sessionId),
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken,
      refreshTokenExpiresAt,
    };
  }

  /** A live session's caller: not revoked or expired, its account and staff member still active. */
  private async principalOf(sessionId: string): Promise<Principal | null> {
    const [row]: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.account_id, s.jobcentre_id, a.name AS account_name, a.company_cvr_numbers,
              m.id AS staff_member_id, m.name AS staff_name, m.role AS staff_role
         FROM auth_sessions s
         JOIN user_accounts a ON a.id = s.account_id AND a.active
         LEFT JOIN staff_members m ON m.id = a.staff_member_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND (a.staff_member_id IS NULL OR m.active)`,
      [sessionId],
    );
    if (!row) return null;
    const role: Role = row.staff_role ?? 'employer';
    return {
      jobcentreId: row.jobcentre_id,
      role,
      actor: row.staff_member_id
        ? { id: row.staff_member_id, name: row.staff_name!, role }
        : { id: row.account_id, name: row.account_name!, role },
      companyCvrNumbers: row.staff_member_id ? [] : row.company_cvr_numbers,
      sessionId: row.session_id,
      accountId: row.account_id,
    };
  }
}
