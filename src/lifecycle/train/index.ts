// Pure train-stage code only. `reference-trainer.ts` imports TensorFlow.js and is imported by
// path from workers, never re-exported here, so main-thread code can use this index safely.
export * from './types';
export * from './defaults';
export * from './backend-ranking';
export * from './reference-data';
export * from './read-column';
export * from './apply-preprocessing';
export * from './assign-parts';
export * from './fit-preprocessing';
export * from './prepare-training';
export * from './check-hyper';
export * from './check-training';
export * from './train-defaults';
export * from './metric-direction';
export * from './early-stopping';
export * from './trial-params';
export * from './search-rungs';
export * from './search-planner';
export * from './search-best';
export * from './downsample';
export * from './compare-runs';
