import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Postcode } from './postcodes/postcode.entity';
import { PostcodesController } from './postcodes/postcodes.controller';
import { PostcodesService } from './postcodes/postcodes.service';

/** The reference data postings, candidates and matching are described with: so far, Danish postcodes. */
@Module({
  imports: [TypeOrmModule.forFeature([Postcode])],
  controllers: [PostcodesController],
  providers: [PostcodesService],
  exports: [PostcodesService],
})
export class TaxonomyModule {}
