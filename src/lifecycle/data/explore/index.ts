export * from './types';
export * from './defaults';
export * from './summary-statistics';
export * from './histogram';
export * from './column-profile';
export * from './spearman-ranks';
export * from './correlation-matrix';
