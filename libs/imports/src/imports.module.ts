import { Module } from '@nestjs/common';
import { CandidatesModule } from '@jobbro/candidates';
import { CompaniesModule } from '@jobbro/companies';
import { PostingsModule } from '@jobbro/postings';
import { CandidateRowImporter } from './candidates/candidate-row-importer';
import { CompanyRowImporter } from './companies/company-row-importer';
import { PostingRowImporter } from './postings/posting-row-importer';
import { ImportsController } from './imports.controller';
import { ImportService } from './import.service';

/** CSV imports of companies, candidates and postings (and, with a row importer each, anything else the API creates). */
@Module({
  imports: [CandidatesModule, CompaniesModule, PostingsModule],
  controllers: [ImportsController],
  providers: [ImportService, CandidateRowImporter, CompanyRowImporter, PostingRowImporter],
  exports: [ImportService],
})
export class ImportsModule {}
