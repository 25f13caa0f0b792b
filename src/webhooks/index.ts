export * from './signature.ts';
export * from './verify.ts';
export * from './deliver.ts';
