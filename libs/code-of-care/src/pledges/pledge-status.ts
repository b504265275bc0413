/** Where a pledge stands: met once delivered reaches the quantity, overdue when its last day passed before that. */
export const PLEDGE_STATUSES = ['open', 'met', 'overdue'] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

export interface PledgeProgress {
  delivered: number;
  remaining: number;
  /** delivered / quantity, at most 1. */
  shareDelivered: number;
  status: PledgeStatus;
}

/**
 * A pledge's progress on `today`: `dueOn` is the last day to deliver on, so a pledge due today is still open. A pledge
 * met stays met, also after its due day and when more was delivered than promised.
 */
export function pledgeProgress(
  pledge: { quantity: number; dueOn: string },
  delivered: number,
  today: string,
): PledgeProgress {
  const met = delivered >= pledge.quantity;
  return {
    delivered,
    remaining: Math.max(0, pledge.quantity - delivered),
    shareDelivered: Math.min(1, delivered / pledge.quantity),
    status: met ? 'met' : pledge.dueOn < today ? 'overdue' : 'open',
  };
}
