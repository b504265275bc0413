import { Injectable } from '@nestjs/common';
import { isStaffRole, type TenantContext, type TenantScope } from '@jobbro/platform';
import { Candidate } from '../candidate.entity';
import type { LadderStep } from '../profile/target-groups';
import { CandidateLadderStep } from './candidate-ladder-step.entity';

export interface LadderMove {
  from: number;
  to: number;
  /** False when the candidate already stood on that step: nothing was written. */
  moved: boolean;
}

/**
 * Moves candidates on beskæftigelsestrappen and keeps the history the lead reports ladder-step moves from. Runs in
 * the caller's transaction, so a placement and the step it brings are written together or not at all.
 */
@Injectable()
export class CandidateLadder {
  async move(
    scope: TenantScope,
    tenant: TenantContext,
    candidateId: string,
    step: LadderStep,
    reason: string,
    placementId: string | null = null,
  ): Promise<LadderMove> {
    const candidate = await scope.getOne(
      Candidate,
      { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } },
      `No candidate with id ${candidateId}`,
    );
    const from = candidate.ladderStep;
    if (from === step) return { from, to: step, moved: false };
    await scope.update(Candidate, { id: candidateId }, { ladderStep: step });
    await scope.insert(CandidateLadderStep, {
      candidateId,
      step,
      previousStep: from,
      reason,
      placementId,
      changedAt: new Date(),
      changedById: tenant.actor && isStaffRole(tenant.actor.role) ? tenant.actor.id : null,
    });
    return { from, to: step, moved: true };
  }

  history(scope: TenantScope, candidateId: string): Promise<CandidateLadderStep[]> {
    return scope.find(CandidateLadderStep, { where: { candidateId }, order: { changedAt: 'ASC' } });
  }
}
