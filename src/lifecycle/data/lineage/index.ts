export * from './types';
export * from './defaults';
export * from './version-layout';
export * from './version-diff';
