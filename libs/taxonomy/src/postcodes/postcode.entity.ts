import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Danish postcode with a point on land (GeoNames) and its main kommune: reference data shared by all jobcentres. */
@Entity({ name: 'postcodes' })
export class Postcode {
  @PrimaryColumn({ type: 'char', length: 4 })
  postcode: string;

  @Column({ type: 'text' })
  name: string;

  /** WGS84; null for the few large-recipient codes that have no place on the map. */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'municipality_code', type: 'char', length: 4 })
  municipalityCode: string;

  @Column({ name: 'municipality_name', type: 'text' })
  municipalityName: string;

  @Column({ name: 'region_name', type: 'text', nullable: true })
  regionName: string | null;
}
