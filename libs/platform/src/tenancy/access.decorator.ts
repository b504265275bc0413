import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from './roles';

export const ACCESS_RULE = 'jobbro:access-rule';

/** Who may call an endpoint. An endpoint without a rule is closed to everyone. */
export type AccessRule = { public: true } | { public: false; roles: readonly Role[] };

/** Open to anyone, signed in or not (health, login). */
export const Public = () => SetMetadata(ACCESS_RULE, { public: true } satisfies AccessRule);

/** Open to callers signed in with one of these roles; everyone else gets 401 (not signed in) or 403. */
export const Access = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { public: false, roles } satisfies AccessRule),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in, or the token is expired, revoked or invalid' }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}` }),
  );
