import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { INTAKE_OUTCOMES, type IntakeOutcome } from '../intake.entity';
import { OUTCOMES_REQUIRING_NOTE } from '../intake-lifecycle';

export class ReassignIntakeDto {
  @ApiProperty({ description: 'The consultant who takes over' })
  @IsUUID()
  assigneeId: string;
}

export class LogContactAttemptDto {
  @ApiProperty({ description: 'Whether the company was reached' })
  @IsBoolean()
  reached: boolean;

  @ApiPropertyOptional({ example: 'Talte med Mette; sender stillingsopslag i morgen' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CloseIntakeDto {
  @ApiProperty({ enum: INTAKE_OUTCOMES })
  @IsIn(INTAKE_OUTCOMES)
  outcome: IntakeOutcome;

  @ApiPropertyOptional({
    description: `Required for ${OUTCOMES_REQUIRING_NOTE.join(' and ')}: the reason or where the company was referred`,
  })
  @ValidateIf((close: CloseIntakeDto) => OUTCOMES_REQUIRING_NOTE.includes(close.outcome) || close.note !== undefined)
  @IsString({ message: `note must explain the outcome; it is required for ${OUTCOMES_REQUIRING_NOTE.join(' and ')}` })
  @IsNotEmpty({ message: `note must explain the outcome; it is required for ${OUTCOMES_REQUIRING_NOTE.join(' and ')}` })
  @MaxLength(2000)
  note?: string;
}
