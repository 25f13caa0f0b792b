export * from './mailer.ts';
export * from './templates.ts';
export * from './feedback-template.ts';
export * from './report-ready-template.ts';
