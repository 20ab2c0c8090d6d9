export * from './graph-types';
export * from './types';
export * from './defaults';
export * from './graph-build';
export * from './serving-deployments';
export * from './graph-layout';
export * from './ancestry';
export * from './collapse-trials';
