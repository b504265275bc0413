import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Jobcentre } from './jobcentre.entity';
import { JobcentresService } from './jobcentres.service';
import { StaffMember } from './staff-member.entity';
import { StaffController } from './staff/staff.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Jobcentre, StaffMember])],
  controllers: [StaffController],
  providers: [JobcentresService],
  exports: [JobcentresService, TypeOrmModule],
})
export class JobcentresModule {}
