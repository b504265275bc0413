import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An ISCO-08 (DISCO-08 levels 1–4) group with its Danish and English title. */
@Entity({ name: 'isco_groups' })
export class IscoGroup {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'smallint' })
  level: number;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @Column({ name: 'label_da', type: 'text' })
  labelDa: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'sector_code', type: 'text' })
  sectorCode: string;
}
