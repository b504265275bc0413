export type { MonthlyFigures } from './monthly/monthly-figures';
export * from './exports';
export * from './charts';
