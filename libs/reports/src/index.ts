export type { MonthlyFigures } from './monthly/monthly-figures';
