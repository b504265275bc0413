import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A sector Jobbro reports on (håndværk, social- og sundhed, lager og logistik, …) and the ISCO-08 groups it covers. */
@Entity({ name: 'sectors' })
export class Sector {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ name: 'label_da', type: 'text' })
  labelDa: string;

  @Column({ name: 'label_en', type: 'text' })
  labelEn: string;

  @Column({ name: 'isco_prefixes', type: 'text', array: true })
  iscoPrefixes: string[];

  @Column({ type: 'smallint' })
  position: number;
}
