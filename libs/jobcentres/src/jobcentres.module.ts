import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Jobcentre } from './jobcentre.entity';
import { JobcentresService } from './jobcentres.service';
import { StaffMember } from './staff-member.entity';
import { JobcentreDirectory } from './public/jobcentre-directory';
import { PublicJobcentresController } from './public/public-jobcentres.controller';
import { StaffController } from './staff/staff.controller';

@Module({
  imports: [TypeOrmModule.forFeature([Jobcentre, StaffMember])],
  controllers: [StaffController, PublicJobcentresController],
  providers: [JobcentresService, JobcentreDirectory],
  exports: [JobcentresService, JobcentreDirectory, TypeOrmModule],
})
export class JobcentresModule {}
