export * from './figure-table';
export * from './figures-csv';
export * from './figures-xlsx';
export * from './figures-pdf';
