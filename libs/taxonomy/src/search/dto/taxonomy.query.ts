import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { QueryInteger } from '@jobbro/platform';
import { LANGUAGES, type Language } from '../label-index';

export const MAX_SEARCH_LIMIT = 50;

export class LanguageQuery {
  @ApiPropertyOptional({ enum: LANGUAGES, default: 'da', description: 'The language of the labels answered' })
  @IsOptional()
  @IsIn(LANGUAGES, { message: 'lang must be da or en' })
  lang: Language = 'da';
}

export class TaxonomySearchQuery extends LanguageQuery {
  @ApiProperty({
    minLength: 1,
    maxLength: 100,
    example: 'gaffeltruck',
    description:
      'What the user has typed: case, accents and æ/ae, ø/oe, å/aa do not matter; every word may be the start of a' +
      ' word of the label; one typo per word of four letters or more is forgiven',
  })
  @IsString({ message: 'q must be text' })
  @Length(1, 100, { message: 'q must be 1 to 100 characters' })
  q: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 10 })
  @IsOptional()
  @QueryInteger()
  @IsInt({ message: 'limit must be a whole number written in digits' })
  @Min(1)
  @Max(MAX_SEARCH_LIMIT)
  limit = 10;
}
