import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import type { MatchWeights } from '../scoring/match-weights';

const part = (description: string) =>
  ApiProperty({ type: 'integer', minimum: 0, maximum: 100, description: `${description} (points of 100)` });

/** A jobcentre's match weights: whole points per part, 100 in all. */
export class MatchWeightsDto implements MatchWeights {
  @part('Coverage of the required (ESCO essential) skills')
  @IsInt({ message: 'requiredSkills must be a whole number of points' })
  @Min(0)
  @Max(100)
  requiredSkills: number;

  @part('Coverage of the desired (ESCO optional) skills')
  @IsInt({ message: 'desiredSkills must be a whole number of points' })
  @Min(0)
  @Max(100)
  desiredSkills: number;

  @part('The candidate wants this occupation or one of its ISCO group')
  @IsInt({ message: 'occupation must be a whole number of points' })
  @Min(0)
  @Max(100)
  occupation: number;

  @part('The posting is in a shortage occupation or sector')
  @IsInt({ message: 'shortage must be a whole number of points' })
  @Min(0)
  @Max(100)
  shortage: number;

  @part("The candidate's ladder step suits the kind of posting")
  @IsInt({ message: 'ladder must be a whole number of points' })
  @Min(0)
  @Max(100)
  ladder: number;

  @part('Hours wanted against hours offered')
  @IsInt({ message: 'hours must be a whole number of points' })
  @Min(0)
  @Max(100)
  hours: number;

  @part('Distance against travel reach')
  @IsInt({ message: 'distance must be a whole number of points' })
  @Min(0)
  @Max(100)
  distance: number;
}

export class MatchWeightsResponse {
  @ApiProperty({ description: 'Version 0 is the defaults; each change makes the next version' })
  version: number;

  @ApiProperty({ type: MatchWeightsDto })
  weights: MatchWeightsDto;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null for the defaults' })
  since: string | null;
}
