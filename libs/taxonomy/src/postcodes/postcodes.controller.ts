import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Access, ROLES, invalidField } from '@jobbro/platform';
import { DistanceQuery, POSTCODE_PATTERN } from './dto/distance.query';
import { DistanceResponse, PostcodeResponse } from './dto/postcode.response';
import { PostcodesService } from './postcodes.service';

const postcodeParam = (value: string): string => {
  if (!POSTCODE_PATTERN.test(value)) throw invalidField('postcode', 'postcode must be a 4-digit Danish postcode');
  return value;
};

/** Reference data, the same for every jobcentre: anyone signed in may read it. */
@ApiTags('reference data')
@Controller('postcodes')
export class PostcodesController {
  constructor(private readonly postcodes: PostcodesService) {}

  @Get(':postcode')
  @Access(...ROLES)
  @ApiOkResponse({ type: PostcodeResponse, description: 'The postcode with its place on the map and its kommune' })
  @ApiNotFoundResponse({ description: 'No Danish postcode has that number' })
  get(@Param('postcode') postcode: string): Promise<PostcodeResponse> {
    return this.postcodes.get(postcodeParam(postcode));
  }

  @Get(':postcode/distance')
  @Access(...ROLES)
  @ApiOkResponse({ type: DistanceResponse, description: 'How far apart two postcodes are, in km' })
  @ApiNotFoundResponse({ description: 'One of the postcodes does not exist' })
  @ApiUnprocessableEntityResponse({ description: 'One of the postcodes is a large-recipient code with no place' })
  distance(@Param('postcode') postcode: string, @Query() query: DistanceQuery): Promise<DistanceResponse> {
    return this.postcodes.distance(postcodeParam(postcode), query.to);
  }
}
