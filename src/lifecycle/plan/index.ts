export * from './types';
export * from './defaults';
export * from './parse-project';
export * from './stage-status';
export * from './plan-diff';
export * from './plan-draft';
export * from './feasibility-types';
export * from './feasibility';
