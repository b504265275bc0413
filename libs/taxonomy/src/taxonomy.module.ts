import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IscoGroup } from './occupations/isco-group.entity';
import { OccupationSkill } from './occupations/occupation-skill.entity';
import { Occupation } from './occupations/occupation.entity';
import { Postcode } from './postcodes/postcode.entity';
import { PostcodesController } from './postcodes/postcodes.controller';
import { PostcodesService } from './postcodes/postcodes.service';
import { TaxonomyController } from './search/taxonomy.controller';
import { Sector } from './sectors/sector.entity';
import { Skill } from './skills/skill.entity';
import { TaxonomyService } from './taxonomy.service';

/** The reference data postings, candidates and matching are described with: ESCO, sectors, Danish postcodes. */
@Module({
  imports: [TypeOrmModule.forFeature([Postcode, Occupation, Skill, OccupationSkill, Sector, IscoGroup])],
  controllers: [PostcodesController, TaxonomyController],
  providers: [PostcodesService, TaxonomyService],
  exports: [PostcodesService, TaxonomyService],
})
export class TaxonomyModule {}
