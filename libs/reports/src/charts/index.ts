export * from './monthly-charts';
