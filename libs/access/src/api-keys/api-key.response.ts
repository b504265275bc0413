import { ApiProperty } from '@nestjs/swagger';

/** A system integration's key, without its secret. */
export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Hjemmeside: kontaktformular for virksomheder' })
  name: string;

  @ApiProperty({ description: 'The public part of the key, to recognise it by' })
  keyPrefix: string;

  @ApiProperty()
  createdAt: Date;

  @ApiProperty({ nullable: true, type: Date })
  lastUsedAt: Date | null;

  @ApiProperty({ nullable: true, type: Date })
  revokedAt: Date | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The secret key for X-Api-Key: shown this once, never again', example: 'jbk_…' })
  key: string;
}
