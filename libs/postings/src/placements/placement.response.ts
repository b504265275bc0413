import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import {
  PLACEMENT_END_REASONS,
  POSTING_KINDS,
  type PlacementEndReason,
  type PostingKind,
} from '../rules/posting-kinds';

/** A candidate's placement in a posting. Personal data: every read is in the audit log. */
export class PlacementResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  postingId: string;

  @ApiProperty({ format: 'uuid' })
  candidateId: string;

  @ApiProperty({ enum: POSTING_KINDS })
  kind: PostingKind;

  @ApiProperty({ example: 'småjob' })
  kindName: string;

  @ApiProperty({ type: String, format: 'date' })
  startDate: string;

  @ApiProperty({ example: 10 })
  hoursPerWeek: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Beskæftigelsestrappen before the placement' })
  ladderStepBefore: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Beskæftigelsestrappen after it, if it moved' })
  ladderStepAfter: number | null;

  @ApiProperty({ description: 'False once the placement has ended' })
  active: boolean;

  @ApiProperty({ type: Date, nullable: true })
  endedAt: Date | null;

  @ApiProperty({ enum: PLACEMENT_END_REASONS, nullable: true })
  endReason: PlacementEndReason | null;

  @ApiProperty({ type: String, nullable: true })
  endNote: string | null;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty()
  updatedAt: Date;

  @ApiProperty({ type: 'integer' })
  version: number;
}

export class PlacementPageResponse extends PageResponse(PlacementResponse, 'PlacementPageResponse') {}
