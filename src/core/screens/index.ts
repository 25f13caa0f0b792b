// The browser imports './composition.ts' directly (rubric-hash uses node:crypto).
export * from './composition.ts';
export * from './rubric-hash.ts';
