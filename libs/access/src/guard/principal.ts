import type { Actor, Role } from '@jobbro/platform';

/** Who a request was authenticated as. */
export interface Principal {
  jobcentreId: string;
  role: Role;
  actor: Actor;
  /** Employer users: the CVR numbers of the companies they act for. */
  companyCvrNumbers: readonly string[];
  /** The sign-in the access token belongs to; absent for API keys. */
  sessionId: string | null;
  /** The user account, or for an integration the API key. */
  accountId: string;
}

export interface RequestWithPrincipal {
  principal?: Principal;
}
