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

  /** Postcodes looked up so far, found or not: reference data, changed only by a migration, asked for per row. */
  private readonly known = new Map<string, PostcodeResponse | null>();

  async get(code: string): Promise<PostcodeResponse> {
    const postcode = await this.find(code);
    if (!postcode) throw new NotFoundException(`No Danish postcode ${code}`);
    return postcode;
  }

  /** The postcode, or null when no Danish postcode has that number. */
  async find(code: string): Promise<PostcodeResponse | null> {
    // Only four digits can be a postcode, which also bounds the cache at 10,000 entries.
    if (!/^[0-9]{4}$/.test(code)) return null;
    if (this.known.has(code)) return this.known.get(code)!;
    const postcode = await this.postcodes.findOneBy({ postcode: code });
    const found = postcode ? PostcodeResponse.of(postcode) : null;
    this.known.set(code, found);
    return found;
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
