import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { CreateIntakeDto } from '../../intakes/dto/create-intake.dto';

/** A request an employer user sends from the web: always about one of its own companies. */
export class EmployerIntakeDto extends PickType(CreateIntakeDto, ['contactPerson', 'kind', 'description'] as const) {
  @ApiProperty({ description: 'One of the companies you act for (GET /api/v1/employer/companies)' })
  @IsUUID('all', { message: 'companyId must be the id of one of the companies you act for' })
  companyId: string;
}
