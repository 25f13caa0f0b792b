export * from './types.ts';
export * from './time-budget.ts';
export * from './follow-up.ts';
export * from './conductor.ts';
export * from './view.ts';
export * from './plan.ts';
