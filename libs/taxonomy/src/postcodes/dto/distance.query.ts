import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

export const POSTCODE_PATTERN = /^[0-9]{4}$/;

export class DistanceQuery {
  @ApiProperty({ example: '8700', description: 'The other postcode' })
  @Matches(POSTCODE_PATTERN, { message: 'to must be a 4-digit Danish postcode' })
  to: string;
}
