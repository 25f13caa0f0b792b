export * from './question.ts';
export * from './validate-bank.ts';
