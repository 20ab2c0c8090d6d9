export * from './types';
export * from './defaults';
export * from './expression';
export * from './fit-step';
export { splitParts } from './split';
