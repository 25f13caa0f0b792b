export * from './types.ts';
export * from './backoff.ts';
export * from './dispatcher.ts';
export * from './memory-store.ts';
export * from './notify.ts';
export * from './start.ts';
