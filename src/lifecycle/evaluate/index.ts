export * from './baseline-metrics';
