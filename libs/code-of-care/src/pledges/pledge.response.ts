import { ApiProperty } from '@nestjs/swagger';
import { LimitPageResponse } from '../common/limit-page';
import { CompanyRef } from '../common/refs.response';
import { PLEDGE_KINDS, type PledgeKind } from './pledge.entity';
import { PLEDGE_STATUSES, type PledgeStatus } from './pledge-status';

/** A member's pledge and what it has delivered against it, counted from the data in [fromOn, dueOn]. */
export class PledgeResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  membershipId: string;

  @ApiProperty({ type: CompanyRef })
  company: CompanyRef;

  @ApiProperty({ enum: PLEDGE_KINDS })
  kind: PledgeKind;

  @ApiProperty({ type: 'integer', example: 4 })
  quantity: number;

  @ApiProperty({ example: '2026-01-01' })
  fromOn: string;

  @ApiProperty({ example: '2026-12-31' })
  dueOn: string;

  @ApiProperty({ type: String, nullable: true })
  description: string | null;

  @ApiProperty({ type: 'integer', example: 1, description: 'Counted from postings, placements, courses and events' })
  delivered: number;

  @ApiProperty({ type: 'integer', example: 3, description: 'quantity − delivered, at least 0' })
  remaining: number;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.25, description: 'delivered / quantity, at most 1' })
  shareDelivered: number;

  @ApiProperty({
    enum: PLEDGE_STATUSES,
    description: 'met: delivered reached quantity; overdue: dueOn passed before that; open otherwise',
  })
  status: PledgeStatus;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class PledgePageResponse extends LimitPageResponse(PledgeResponse, 'PledgePageResponse') {}
