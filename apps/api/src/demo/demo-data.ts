/**
 * The demo jobcentre's candidates and postings: made-up people with real codes (ESCO skills and occupations,
 * Danish postcodes around Hedensted), so search, filters and placements have something to show on a first start.
 */
const SKILL = (id: string) => `http://data.europa.eu/esco/skill/${id}`;
export const DEMO_SKILLS = {
  operateForklift: SKILL('28cb374e-6261-4133-8371-f9a5470145da'),
  receiveGoods: SKILL('2cae39d6-78c2-4ce3-bee8-628504371463'),
  operateWeldingEquipment: SKILL('2fcd95a4-1f9a-41cf-95a9-4701bde476b4'),
  stackGoods: SKILL('3d086228-d7fc-4c23-972a-22b7d44a6173'),
  packGoods: SKILL('667cbbaf-f377-46d8-8f2d-1f6d8a55d74a'),
  cleanSurfaces: SKILL('6ff01827-907d-43d8-b6e4-7162c1cf0aca'),
  transferPatients: SKILL('949c119b-3433-439f-8ca9-1a9ce04b696d'),
  washDishes: SKILL('c662be22-f17a-4ba0-894f-d720b20c44cf'),
} as const;

export interface DemoCandidate {
  name: string;
  birthDate: string;
  targetGroup: string;
  ladderStep: number;
  postcode: string;
  travelReachKm: number;
  hoursPerWeek: number;
  skills: [keyof typeof DEMO_SKILLS, number][];
  desiredOccupations: string[];
  desiredSectors: string[];
  willingToChangeSector: boolean;
  /** Index into the demo consultants. */
  consultant: number;
}

export const DEMO_CANDIDATES: DemoCandidate[] = [
  {
    name: 'Sofie Hansen',
    birthDate: '1991-04-12',
    targetGroup: 'kontanthjælp',
    ladderStep: 3,
    postcode: '8722',
    travelReachKm: 20,
    hoursPerWeek: 12,
    skills: [
      ['packGoods', 2],
      ['stackGoods', 2],
    ],
    desiredOccupations: ['9321.2'],
    desiredSectors: ['lager-logistik'],
    willingToChangeSector: true,
    consultant: 0,
  },
  {
    name: 'Ahmad Karimi',
    birthDate: '1988-09-30',
    targetGroup: 'integration',
    ladderStep: 2,
    postcode: '8723',
    travelReachKm: 15,
    hoursPerWeek: 10,
    skills: [
      ['washDishes', 3],
      ['cleanSurfaces', 2],
    ],
    desiredOccupations: ['9412.2', '9112.2'],
    desiredSectors: ['hotel-restauration'],
    willingToChangeSector: true,
    consultant: 1,
  },
  {
    name: 'Mads Nielsen',
    birthDate: '1999-02-03',
    targetGroup: 'uddannelseshjælp',
    ladderStep: 4,
    postcode: '7130',
    travelReachKm: 40,
    hoursPerWeek: 37,
    skills: [
      ['operateForklift', 3],
      ['receiveGoods', 2],
    ],
    desiredOccupations: ['8344.1'],
    desiredSectors: ['lager-logistik'],
    willingToChangeSector: false,
    consultant: 2,
  },
  {
    name: 'Mette Sørensen',
    birthDate: '1975-11-20',
    targetGroup: 'dagpenge',
    ladderStep: 5,
    postcode: '8700',
    travelReachKm: 30,
    hoursPerWeek: 37,
    skills: [
      ['transferPatients', 3],
      ['cleanSurfaces', 3],
    ],
    desiredOccupations: ['5322.1'],
    desiredSectors: ['social-sundhed'],
    willingToChangeSector: false,
    consultant: 0,
  },
  {
    name: 'Jonas Berg',
    birthDate: '1984-06-15',
    targetGroup: 'ressourceforløb',
    ladderStep: 2,
    postcode: '8781',
    travelReachKm: 10,
    hoursPerWeek: 8,
    skills: [['operateWeldingEquipment', 2]],
    desiredOccupations: ['7212.3'],
    desiredSectors: ['handvaerk'],
    willingToChangeSector: true,
    consultant: 1,
  },
];

export interface DemoPosting {
  /** CVR number of the demo company that offers it. */
  companyCvr: string;
  kind: string;
  status: 'draft' | 'open';
  title: string;
  description: string;
  occupationCode: string;
  requiredSkills: (keyof typeof DEMO_SKILLS)[];
  hoursPerWeek: number;
  workplacePostcode: string;
  /** Days after the first start. */
  startsInDays: number;
  positions: number;
  targetGroups: string[];
  educationName?: string;
  educationMonths?: number;
  /** Praktik, løntilskud, fleksjob: the target group whose limits apply. */
  targetGroup?: string;
  companyVisiblePublicly: boolean;
}

export const DEMO_POSTINGS: DemoPosting[] = [
  {
    companyCvr: '29189684',
    kind: 'småjob',
    status: 'open',
    title: 'Pakkemedarbejder, 10 timer om ugen',
    description: 'Pak og stabl varer om formiddagen; oplæring på stedet.',
    occupationCode: '9321.2',
    requiredSkills: ['packGoods', 'stackGoods'],
    hoursPerWeek: 10,
    workplacePostcode: '8723',
    startsInDays: 14,
    positions: 2,
    targetGroups: ['kontanthjælp', 'integration', 'uddannelseshjælp'],
    companyVisiblePublicly: true,
  },
  {
    companyCvr: '10150817',
    kind: 'voksenlærling',
    status: 'open',
    title: 'Voksenlærling som tømrer',
    description: 'Tømreruddannelsen som voksenlærling hos et lokalt byggefirma.',
    occupationCode: '7115.1',
    requiredSkills: [],
    hoursPerWeek: 37,
    workplacePostcode: '7130',
    startsInDays: 45,
    positions: 1,
    targetGroups: [],
    educationName: 'Tømreruddannelsen',
    educationMonths: 48,
    companyVisiblePublicly: true,
  },
  {
    companyCvr: '29189684',
    kind: 'ordinary',
    status: 'draft',
    title: 'Gaffeltruckfører',
    description: 'Fuld tid på lageret i Løsning; truckcertifikat er et krav.',
    occupationCode: '8344.1',
    requiredSkills: ['operateForklift', 'receiveGoods'],
    hoursPerWeek: 37,
    workplacePostcode: '8723',
    startsInDays: 30,
    positions: 1,
    targetGroups: [],
    companyVisiblePublicly: false,
  },
  {
    companyCvr: '29189684',
    kind: 'fleksjob',
    status: 'open',
    title: 'Rengøring i fleksjob, 12 timer om ugen',
    description: 'Rengøring af kontor og kantine i dagtimerne; arbejdstiden tilrettelægges efter dine skånehensyn.',
    occupationCode: '9112.2',
    requiredSkills: ['cleanSurfaces'],
    hoursPerWeek: 12,
    workplacePostcode: '8723',
    startsInDays: 21,
    positions: 1,
    targetGroups: [],
    targetGroup: 'fleksjob',
    // The company has not agreed to be named on the public job page: it shows as "En virksomhed i Løsning".
    companyVisiblePublicly: false,
  },
];

/** The demo jobcentre's public contact, shown on the open-jobs pages where jobseekers ask about a job. */
export const DEMO_JOBCENTRE_CONTACT = {
  publicPhone: '79 75 50 00',
  publicEmail: 'jobcentret@hedensted.dk',
  publicAddress: 'Niels Espes Vej 8, 8722 Hedensted',
  publicOpeningHours: 'Telefonen er åben mandag–torsdag kl. 9–15 og fredag kl. 9–12',
};

/**
 * Jobcenter Horsens, Hedensted's neighbour: the two name each other as partners (issue 11), so Hedensted's
 * candidates are also matched with Horsens' open postings. Horsens has no logins in the demo.
 */
export const DEMO_PARTNER = {
  jobcentre: { code: 'horsens', name: 'Jobcenter Horsens' },
  company: {
    cvrNumber: '29189722',
    name: 'Plejecenter Bakkegården (demo)',
    postcode: '8700',
    city: 'Horsens',
    sector: 'social- og sundhed',
    sizeBand: 'medium',
  },
  posting: {
    kind: 'ordinary',
    title: 'Social- og sundhedshjælper, aftenvagt',
    description: 'Aftenvagter på plejecentret, 30 timer om ugen',
    occupationCode: '5322.1',
    requiredSkills: ['transferPatients', 'cleanSurfaces'] as (keyof typeof DEMO_SKILLS)[],
    hoursPerWeek: 30,
    workplacePostcode: '8700',
    startsInDays: 21,
  },
} as const;
