import type { PostingStatus } from '../rules/posting-kinds';

/** An action the posting's current status does not allow; the API answers it with 409. */
export class PostingTransitionError extends Error {
  override readonly name = 'PostingTransitionError';
}

/** Which statuses each action may start from: draft → open → filled / closed, and nothing comes back. */
const ALLOWED_FROM = {
  publish: ['draft'],
  close: ['draft', 'open'],
  edit: ['draft', 'open'],
  place: ['open'],
} as const satisfies Record<string, readonly PostingStatus[]>;
export type PostingAction = keyof typeof ALLOWED_FROM;

const REFUSALS: Record<PostingAction, string> = {
  publish: 'published (only a draft can be)',
  close: 'closed (only a draft or an open posting can be)',
  edit: 'changed (only a draft or an open posting can be)',
  place: 'given a placement (only an open posting can be)',
};

export function assertCan(action: PostingAction, status: PostingStatus): void {
  if (!(ALLOWED_FROM[action] as readonly PostingStatus[]).includes(status))
    throw new PostingTransitionError(`The posting is ${status} and cannot be ${REFUSALS[action]}`);
}

/** Employers shape their own drafts; once the jobcentre has published a posting only staff change it. */
export function assertEmployerMayEdit(status: PostingStatus): void {
  if (status !== 'draft')
    throw new PostingTransitionError(`The posting is ${status}; only the jobcentre can change it now`);
}

/** The status after one more placement: filled when the last position is taken. */
export function statusAfterPlacement(positions: number, positionsFilled: number): PostingStatus {
  return positionsFilled >= positions ? 'filled' : 'open';
}
