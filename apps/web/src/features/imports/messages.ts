import { defineMessages } from '../../i18n';

export const messages = defineMessages({
  da: {
    title: 'Import',
    intro:
      'Læs virksomheder, kandidater eller opslag ind fra en CSV-fil, fx gemt fra Excel som "CSV UTF-8". ' +
      'Rækker, der findes i forvejen, bliver opdateret; rækker med fejl bliver ikke gemt, men vist herunder.',
    formLabel: 'Importér en fil',
    kind: 'Hvad vil du importere?',
    kinds: { companies: 'Virksomheder', candidates: 'Kandidater', postings: 'Opslag' },
    file: 'CSV-fil',
    fileHint: 'UTF-8, højst 50 MB, ";" eller "," mellem felterne og en overskriftsrække med kolonnernes navne.',
    columns: {
      companies:
        'Kolonner: cvrNumber og name skal være med; address, postcode, city, sector, sizeBand, contactName, ' +
        'contactTitle, contactEmail og contactPhone kan være med. En virksomhed med samme CVR-nummer opdateres.',
      candidates:
        'Kolonner: externalId, name, birthDate, targetGroup og ladderStep skal være med; fx email, phone, ' +
        'postcode, hoursPerWeek, desiredOccupations og skills (adskilt af "|") kan være med. ' +
        'En kandidat med samme externalId opdateres.',
      postings:
        'Kolonner: externalId, kind, title og companyCvr (eller companyId) skal være med; fx description, ' +
        'occupation, hoursPerWeek, startDate, positions og status kan være med. Opslag bliver kladder, ' +
        'medmindre status er open.',
    },
    submit: 'Importér',
    chooseFile: 'Vælg en CSV-fil.',
    notCsv: 'Filen skal være en CSV-fil (.csv).',
    progressLabel: 'Upload',
    uploading: 'Uploader filen: {percent} %',
    processing: 'Behandler filen …',
    tooLarge: 'Filen er for stor. Den må højst fylde 50 MB; del den op i flere filer.',
    unsupported: 'Filen kunne ikke sendes som CSV i UTF-8. Gem den som "CSV UTF-8" og prøv igen.',
    empty: 'Filen er tom. Den skal begynde med en overskriftsrække med kolonnernes navne.',
    missingColumn: 'Filen mangler kolonnen {column}, som skal være med.',
    unknownColumn: '{column} er ikke en kolonne i denne import.',
    headerTooLong: 'Overskriftsrækken er for lang.',
    forbidden: 'Du har ikke adgang til at importere.',
    signedOut: 'Du er blevet logget ud. Log ind igen for at importere.',
    failed: 'Importen mislykkedes. Prøv igen om lidt; filen er ikke gået tabt.',
    offline: 'Jobbro kan ikke nås lige nu. Tjek forbindelsen og prøv igen.',
    reportTitle: 'Resultat af importen',
    reportDone: 'Importen er færdig: {rows} rækker læst.',
    rows: 'Rækker læst',
    imported: 'Nye',
    updated: 'Opdaterede',
    unchanged: 'Uændrede',
    refused: 'Afviste rækker',
    refusedCaption: 'Afviste rækker: linje, felt og hvad der er galt',
    refusedMore: 'Kun de første {count} fejl er vist.',
    line: 'Linje',
    field: 'Felt',
    message: 'Fejl',
    noneRefused: 'Ingen rækker blev afvist.',
  },
  en: {
    title: 'Import',
    intro:
      'Read companies, candidates or postings in from a CSV file, e.g. saved from Excel as "CSV UTF-8". ' +
      'Rows that exist already are updated; rows with errors are not saved but listed below.',
    formLabel: 'Import a file',
    kind: 'What do you want to import?',
    kinds: { companies: 'Companies', candidates: 'Candidates', postings: 'Postings' },
    file: 'CSV file',
    fileHint: 'UTF-8, at most 50 MB, ";" or "," between fields and a header row naming the columns.',
    columns: {
      companies:
        'Columns: cvrNumber and name are required; address, postcode, city, sector, sizeBand, contactName, ' +
        'contactTitle, contactEmail and contactPhone are optional. A company with the same CVR number is updated.',
      candidates:
        'Columns: externalId, name, birthDate, targetGroup and ladderStep are required; e.g. email, phone, ' +
        'postcode, hoursPerWeek, desiredOccupations and skills (separated by "|") are optional. ' +
        'A candidate with the same externalId is updated.',
      postings:
        'Columns: externalId, kind, title and companyCvr (or companyId) are required; e.g. description, ' +
        'occupation, hoursPerWeek, startDate, positions and status are optional. Postings become drafts ' +
        'unless status is open.',
    },
    submit: 'Import',
    chooseFile: 'Choose a CSV file.',
    notCsv: 'The file must be a CSV file (.csv).',
    progressLabel: 'Upload',
    uploading: 'Uploading the file: {percent} %',
    processing: 'Processing the file …',
    tooLarge: 'The file is too large. It may be at most 50 MB; split it into several files.',
    unsupported: 'The file could not be sent as CSV in UTF-8. Save it as "CSV UTF-8" and try again.',
    empty: 'The file is empty. It must start with a header row naming the columns.',
    missingColumn: 'The file has no {column} column, which is required.',
    unknownColumn: '{column} is not a column of this import.',
    headerTooLong: 'The header row is too long.',
    forbidden: 'You may not import.',
    signedOut: 'You have been signed out. Sign in again to import.',
    failed: 'The import failed. Try again in a moment; the file is not lost.',
    offline: 'Jobbro cannot be reached right now. Check the connection and try again.',
    reportTitle: 'Result of the import',
    reportDone: 'The import is done: {rows} rows read.',
    rows: 'Rows read',
    imported: 'New',
    updated: 'Updated',
    unchanged: 'Unchanged',
    refused: 'Refused rows',
    refusedCaption: 'Refused rows: line, field and what is wrong',
    refusedMore: 'Only the first {count} problems are shown.',
    line: 'Line',
    field: 'Field',
    message: 'Problem',
    noneRefused: 'No rows were refused.',
  },
});
