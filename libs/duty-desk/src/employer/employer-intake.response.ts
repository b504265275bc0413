import { ApiProperty } from '@nestjs/swagger';
import { PageResponse } from '@jobbro/platform';
import { INTAKE_KINDS, INTAKE_OUTCOMES, INTAKE_STATUSES } from '../intakes/intake.entity';
import { IntakeCompanyReference, IntakeContactPersonResponse } from '../intakes/intake.response';

/** An employer's own request as it follows it: where it stands, not the job centre's internal handling. */
export class EmployerIntakeResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: IntakeCompanyReference })
  company: IntakeCompanyReference;

  @ApiProperty({ enum: INTAKE_KINDS })
  kind: (typeof INTAKE_KINDS)[number];

  @ApiProperty({ example: 'Vi søger en voksenlærling som tømrer' })
  description: string;

  @ApiProperty({ type: IntakeContactPersonResponse })
  contactPerson: IntakeContactPersonResponse;

  @ApiProperty({ enum: INTAKE_STATUSES })
  status: (typeof INTAKE_STATUSES)[number];

  @ApiProperty()
  receivedAt: Date;

  @ApiProperty({ description: 'When the jobcentre will have called you back at the latest' })
  answerBy: Date;

  @ApiProperty({ nullable: true, type: Date })
  firstContactAt: Date | null;

  @ApiProperty({ enum: INTAKE_OUTCOMES, nullable: true })
  outcome: (typeof INTAKE_OUTCOMES)[number] | null;

  @ApiProperty({ nullable: true, type: Date })
  closedAt: Date | null;
}

export class EmployerIntakePageResponse extends PageResponse(EmployerIntakeResponse, 'EmployerIntakePageResponse') {}
