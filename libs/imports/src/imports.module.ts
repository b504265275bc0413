import { Module } from '@nestjs/common';
import { CandidatesModule } from '@jobbro/candidates';
import { CompaniesModule } from '@jobbro/companies';
import { CandidateRowImporter } from './candidates/candidate-row-importer';
import { CompanyRowImporter } from './companies/company-row-importer';
import { ImportsController } from './imports.controller';
import { ImportService } from './import.service';

/** CSV imports of companies and candidates (and, with a row importer each, anything else the API creates). */
@Module({
  imports: [CandidatesModule, CompaniesModule],
  controllers: [ImportsController],
  providers: [ImportService, CandidateRowImporter, CompanyRowImporter],
  exports: [ImportService],
})
export class ImportsModule {}
