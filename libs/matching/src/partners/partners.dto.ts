import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Matches } from 'class-validator';

export class PartnersDto {
  @ApiProperty({ type: [String], example: ['horsens'], description: 'Codes of the jobcentres this one names partner' })
  @IsArray({ message: 'partnerCodes must be an array of jobcentre codes' })
  @ArrayMaxSize(98)
  @IsString({ each: true, message: 'each of partnerCodes must be a jobcentre code' })
  @Matches(/^[a-z0-9-]{1,60}$/, { each: true, message: 'each of partnerCodes must be a jobcentre code, e.g. horsens' })
  partnerCodes: string[];
}

export class PartnerResponse {
  @ApiProperty({ example: 'horsens' })
  code: string;

  @ApiProperty({ example: 'Jobcenter Horsens' })
  name: string;

  @ApiProperty({ description: 'The partner names this jobcentre too: only then do open postings cross' })
  mutual: boolean;
}
