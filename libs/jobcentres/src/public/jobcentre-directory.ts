import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Jobcentre } from '../jobcentre.entity';

/**
 * The jobcentres themselves, as anyone may know them: code, name and public contact, found by code before any
 * tenant is known (the public open-jobs pages). Never their staff or any other row.
 */
@Injectable()
export class JobcentreDirectory {
  constructor(@InjectRepository(Jobcentre) private readonly jobcentres: Repository<Jobcentre>) {}

  list(): Promise<Jobcentre[]> {
    return this.jobcentres.find({ order: { name: 'ASC', code: 'ASC' } });
  }

  async getByCode(code: string): Promise<Jobcentre> {
    const jobcentre = await this.jobcentres.findOneBy({ code });
    if (!jobcentre) throw new NotFoundException(`No jobcentre with code ${code}`);
    return jobcentre;
  }
}
