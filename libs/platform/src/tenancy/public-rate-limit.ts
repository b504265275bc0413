import { applyDecorators, Injectable, UseGuards, type ExecutionContext } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerException, ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { Public } from './access.decorator';

/** The name of the rate limit on the public open-jobs routes (PUBLIC_RATE_LIMIT); sign-in has its own. */
export const PUBLIC_THROTTLER = 'public';

/** The name of the rate limit on /auth/refresh (AUTH_REFRESH_RATE_LIMIT); login has the default one. */
export const REFRESH_THROTTLER = 'refresh';

function retryAfter(context: ExecutionContext, detail: ThrottlerLimitDetail): void {
  context
    .switchToHttp()
    .getResponse<Response>()
    .setHeader('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
}

/** The throttler's guard, answering a 429 with the standard Retry-After (not its own "Retry-After-public"). */
@Injectable()
export class PublicThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    retryAfter(context, detail);
    throw new ThrottlerException('Too many requests from this address; wait a minute (see Retry-After) and try again');
  }
}

/** Sign-in's (login, refresh): the standard Retry-After whichever of the two limits was reached. */
@Injectable()
export class SignInThrottlerGuard extends ThrottlerGuard {
  protected override throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    retryAfter(context, detail);
    throw new ThrottlerException(
      'Too many sign-in requests from this address; wait a minute (see Retry-After) and try again',
    );
  }
}

/**
 * Open to anyone, and limited per client address and route (PUBLIC_RATE_LIMIT calls a minute): for the public
 * pages anyone on the internet may call, so nobody can scrape or load them without bound.
 */
export const PublicRateLimited = () =>
  applyDecorators(
    Public(),
    UseGuards(PublicThrottlerGuard),
    SkipThrottle({ default: true, [REFRESH_THROTTLER]: true }),
    ApiTooManyRequestsResponse({ description: 'Too many requests from this address; see Retry-After' }),
  );
