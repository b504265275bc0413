import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Hjemmeside: kontaktformular for virksomheder' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}
