/**
 * The sectors Jobbro reports on, each the ISCO-08 groups it covers. An occupation belongs to the sector with the
 * longest matching ISCO prefix, so a unit group (8344 forklift drivers) can leave its major group (8 operators).
 * The three shortage sectors of the jobcentres' strategy come first.
 */
export interface SectorDefinition {
  code: string;
  labelDa: string;
  labelEn: string;
  iscoPrefixes: string[];
}

export const SECTORS_V1: SectorDefinition[] = [
  {
    code: 'handvaerk',
    labelDa: 'Håndværk',
    labelEn: 'Skilled trades',
    iscoPrefixes: ['71', '72', '73', '74', '75', '3112', '3113', '3115', '3123'],
  },
  {
    code: 'social-sundhed',
    labelDa: 'Social- og sundhed',
    labelEn: 'Health and social care',
    iscoPrefixes: ['22', '32', '53', '2634', '2635', '3412', '5329'],
  },
  {
    code: 'lager-logistik',
    labelDa: 'Lager og logistik',
    labelEn: 'Warehouse and logistics',
    iscoPrefixes: ['4321', '4323', '8344', '9321', '9333', '9334', '1324'],
  },
  {
    code: 'transport',
    labelDa: 'Transport',
    labelEn: 'Transport',
    iscoPrefixes: ['83', '9331', '9332', '3151', '3152', '3153', '3154', '5111', '5112', '9621'],
  },
  {
    code: 'industri',
    labelDa: 'Industri og produktion',
    labelEn: 'Manufacturing',
    iscoPrefixes: ['81', '82', '9329', '3122', '3139'],
  },
  {
    code: 'rengoering-service',
    labelDa: 'Rengøring og service',
    labelEn: 'Cleaning and services',
    iscoPrefixes: ['91', '51', '5414', '9510', '9611', '9612', '9613', '9622', '9629'],
  },
  {
    code: 'hotel-restauration',
    labelDa: 'Hotel og restauration',
    labelEn: 'Hospitality and food service',
    iscoPrefixes: ['512', '513', '94', '1411', '1412', '3434'],
  },
  {
    code: 'handel',
    labelDa: 'Handel og salg',
    labelEn: 'Retail and sales',
    iscoPrefixes: ['52', '332', '1420', '2433', '2434'],
  },
  {
    code: 'kontor',
    labelDa: 'Kontor og administration',
    labelEn: 'Office and administration',
    iscoPrefixes: ['4', '33', '24', '2611', '2612', '2619'],
  },
  {
    code: 'it',
    labelDa: 'It og teknologi',
    labelEn: 'IT and technology',
    iscoPrefixes: ['25', '35', '2152', '2153'],
  },
  {
    code: 'undervisning',
    labelDa: 'Undervisning og pædagogik',
    labelEn: 'Education and childcare',
    iscoPrefixes: ['23', '531', '2342'],
  },
  {
    code: 'landbrug',
    labelDa: 'Landbrug, gartneri og skovbrug',
    labelEn: 'Agriculture, horticulture and forestry',
    iscoPrefixes: ['6', '92', '2132'],
  },
  {
    code: 'byggeri-teknik',
    labelDa: 'Ingeniør og teknik',
    labelEn: 'Engineering and technicians',
    iscoPrefixes: ['21', '31'],
  },
  {
    code: 'sikkerhed',
    labelDa: 'Sikkerhed og forsvar',
    labelEn: 'Security and defence',
    iscoPrefixes: ['0', '54', '3355'],
  },
  {
    code: 'kultur',
    labelDa: 'Kultur, medier og kreative fag',
    labelEn: 'Culture, media and creative work',
    iscoPrefixes: ['264', '265', '343', '2163', '2166'],
  },
  {
    code: 'ledelse',
    labelDa: 'Ledelse',
    labelEn: 'Management',
    iscoPrefixes: ['1'],
  },
  {
    code: 'oevrige',
    labelDa: 'Øvrige',
    labelEn: 'Other',
    iscoPrefixes: ['2', '3', '5', '7', '8', '9'],
  },
];
