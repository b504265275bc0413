import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';

export const ACCESS_TOKEN_AUDIENCE = 'jobbro-api';
export const ACCESS_TOKEN_ISSUER = 'jobbro';

interface AccessTokenClaims {
  /** The session the token was issued for; revoking the session ends the token. */
  sid: string;
  sub: string;
}

/** Short-lived access tokens (JWT, HS256) bound to a session. */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  get ttlSeconds(): number {
    return Math.floor(this.runtime.config.auth.accessTokenTtlMs / 1000);
  }

  issue(accountId: string, sessionId: string): Promise<string> {
    return this.jwt.signAsync({ sid: sessionId } satisfies Omit<AccessTokenClaims, 'sub'>, {
      subject: accountId,
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: ACCESS_TOKEN_ISSUER,
      expiresIn: this.ttlSeconds,
    });
  }

  /** The token's session and account, or 401 when it is expired, tampered with or meant for another audience. */
  async verify(token: string): Promise<{ sessionId: string; accountId: string }> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, {
        audience: ACCESS_TOKEN_AUDIENCE,
        issuer: ACCESS_TOKEN_ISSUER,
        algorithms: ['HS256'],
      });
      if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string') throw new Error('claims missing');
      return { sessionId: claims.sid, accountId: claims.sub };
    } catch (error) {
      const expired = (error as Error).name === 'TokenExpiredError';
      throw new UnauthorizedException(
        expired ? 'The access token has expired; refresh it or sign in again' : 'The access token is not valid',
      );
    }
  }
}
