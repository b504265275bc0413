import { ApiProperty } from '@nestjs/swagger';
import type { CodeOfCareNetwork } from './code-of-care-network.entity';

export class NetworkResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Code of Care' })
  name: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 60, example: 12 })
  activityWindowMonths: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 365, example: 30 })
  warningDays: number;

  @ApiProperty({ type: 'integer', description: 'Grows with every change' })
  version: number;

  static of(network: CodeOfCareNetwork): NetworkResponse {
    const { id, name, activityWindowMonths, warningDays, version } = network;
    return { id, name, activityWindowMonths, warningDays, version };
  }
}
