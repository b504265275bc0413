import { defineMessages } from '../../i18n';

export const messages = defineMessages({
  da: {
    title: 'Vagtskema',
    caption: 'Åbne henvendelser, den mest presserende frist først',
    count: '{count} åbne henvendelser, den mest presserende frist først.',
    empty: 'Der er ingen åbne henvendelser.',
    deadline: 'Frist',
    company: 'Virksomhed',
    kind: 'Type',
    status: 'Status',
    assignee: 'Ansvarlig',
    unassigned: 'Ingen',
    unknownCompany: 'Ukendt virksomhed',
    breached: 'Frist overskredet',
  },
  en: {
    title: 'Duty desk',
    caption: 'Open requests, the most urgent deadline first',
    count: '{count} open requests, the most urgent deadline first.',
    empty: 'There are no open requests.',
    deadline: 'Deadline',
    company: 'Company',
    kind: 'Kind',
    status: 'Status',
    assignee: 'Assignee',
    unassigned: 'None',
    unknownCompany: 'Unknown company',
    breached: 'Deadline breached',
  },
});
