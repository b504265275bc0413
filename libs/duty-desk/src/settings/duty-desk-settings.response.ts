import { ApiProperty } from '@nestjs/swagger';
import { FirstContactPolicyDto } from './dto/first-contact-policy.dto';

/** The jobcentre's duty-desk settings, as set (or the default of 24 calendar hours). */
export class DutyDeskSettingsResponse {
  @ApiProperty({ type: FirstContactPolicyDto })
  firstContactPolicy: FirstContactPolicyDto;
}
