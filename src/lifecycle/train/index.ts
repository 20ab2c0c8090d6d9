// Pure train-stage code only. `reference-trainer.ts` imports TensorFlow.js and is imported by
// path from workers, never re-exported here, so main-thread code can use this index safely.
export * from './types';
export * from './defaults';
export * from './backend-ranking';
export * from './reference-data';
