import { ApiProperty } from '@nestjs/swagger';
import type { Postcode } from '../postcode.entity';

export class PostcodeResponse {
  @ApiProperty({ example: '8722' })
  postcode: string;

  @ApiProperty({ example: 'Hedensted' })
  name: string;

  @ApiProperty({ type: Number, nullable: true, example: 55.7705, description: 'WGS84; null for large-recipient codes' })
  latitude: number | null;

  @ApiProperty({ type: Number, nullable: true, example: 9.7011 })
  longitude: number | null;

  @ApiProperty({ example: '0766' })
  municipalityCode: string;

  @ApiProperty({ example: 'Hedensted' })
  municipalityName: string;

  @ApiProperty({ type: String, nullable: true, example: 'Region Midtjylland' })
  regionName: string | null;

  static of(postcode: Postcode): PostcodeResponse {
    const { postcode: code, name, latitude, longitude, municipalityCode, municipalityName, regionName } = postcode;
    return { postcode: code, name, latitude, longitude, municipalityCode, municipalityName, regionName };
  }
}

export class DistanceResponse {
  @ApiProperty({ type: PostcodeResponse })
  from: PostcodeResponse;

  @ApiProperty({ type: PostcodeResponse })
  to: PostcodeResponse;

  @ApiProperty({ example: 13.7, description: 'As the crow flies between the two towns, to 0.1 km' })
  km: number;
}
