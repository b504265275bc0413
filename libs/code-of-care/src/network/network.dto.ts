import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

/** The network's name and the settings of its activity rule, with the version read. */
export class UpdateNetworkDto {
  @ApiProperty({ example: 'Code of Care Hedensted', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 60,
    example: 12,
    description: 'A member is active while its latest activity lies within this many months',
  })
  @IsInt()
  @Min(1)
  @Max(60)
  activityWindowMonths: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    example: 30,
    description: 'How many days before a member would turn inactive the coordinator is warned',
  })
  @IsInt()
  @Min(1)
  @Max(365)
  warningDays: number;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'The version read; a 409 if the network changed since' })
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  version: number;
}
