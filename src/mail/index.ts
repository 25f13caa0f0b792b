export * from './mailer.ts';
export * from './templates.ts';
export * from './feedback-template.ts';
