import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { distanceKm } from './distance';
import { DistanceResponse, PostcodeResponse } from './dto/postcode.response';
import { Postcode } from './postcode.entity';

/** Danish postcodes and the distances between them, for travel reach and matching. */
@Injectable()
export class PostcodesService {
  constructor(@InjectRepository(Postcode) private readonly postcodes: Repository<Postcode>) {}

  async get(code: string): Promise<PostcodeResponse> {
    const postcode = await this.postcodes.findOneBy({ postcode: code });
    if (!postcode) throw new NotFoundException(`No Danish postcode ${code}`);
    return PostcodeResponse.of(postcode);
  }

  async distance(fromCode: string, toCode: string): Promise<DistanceResponse> {
    const [from, to] = await Promise.all([this.get(fromCode), this.get(toCode)]);
    for (const postcode of [from, to]) {
      if (postcode.latitude === null || postcode.longitude === null) {
        throw new UnprocessableEntityException(
          `Postcode ${postcode.postcode} (${postcode.name}) has no place on the map`,
        );
      }
    }
    const km = distanceKm(
      { latitude: from.latitude!, longitude: from.longitude! },
      { latitude: to.latitude!, longitude: to.longitude! },
    );
    return { from, to, km: Math.round(km * 10) / 10 };
  }
}
