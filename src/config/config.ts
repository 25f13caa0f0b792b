import { z } from 'zod';
import type { DatabaseTarget } from '../db/index.ts';

/** Every setting comes from the environment; each one is listed by `prescreen serve --help`. */
export const ENV_VARS = {
  PORT: 'port to listen on (default 3000)',
  HOST: 'address to listen on (default 127.0.0.1)',
  PRESCREEN_DATA_DIR: 'embedded database directory (default ./data/db); ignored when DATABASE_URL is set',
  DATABASE_URL: 'PostgreSQL server URL, e.g. postgres://user@127.0.0.1:5432/prescreen (for several instances)',
  PRESCREEN_ADMIN_KEY: 'admin API key to create on first start instead of a random one (stored hashed)',
  PRESCREEN_ADMIN_EMAIL: 'email of the first admin user (default admin@prescreen.local)',
  PRESCREEN_ADMIN_PASSWORD: 'password of the first admin user (default: random, printed once)',
  PUBLIC_URL: 'base URL of the links in emails (default http://HOST:PORT)',
  SMTP_URL: 'SMTP server for email, e.g. smtp://user:pass@mail.example.com:587 (default: the local mailbox)',
  LOG_LEVEL: 'fatal, error, warn, info, debug, trace or silent (default info)',
  PRESCREEN_WEBHOOKS_ALLOW_PRIVATE: 'true to deliver webhooks to private or loopback addresses (default false)',
  PRESCREEN_SCORING_WORKERS: 'worker threads that score answers (interviews, practice, re-scores) off the event loop (default 1; 0: score on the event loop)',
  PRESCREEN_PG_PREPARE: 'false to send every PostgreSQL statement unprepared, as Kysely does (default true: prepared once per connection)',
} as const;

const blankAsUndefined = (v: unknown) => (v === '' ? undefined : v);

const EnvSchema = z.object({
  PORT: z.preprocess(blankAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(blankAsUndefined, z.string().min(1).default('127.0.0.1')),
  PRESCREEN_DATA_DIR: z.preprocess(blankAsUndefined, z.string().min(1).default('./data/db')),
  DATABASE_URL: z.preprocess(blankAsUndefined, z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
  PRESCREEN_ADMIN_KEY: z.preprocess(blankAsUndefined, z.string().min(24, 'must be at least 24 characters').regex(/^\S+$/, 'must not contain spaces').optional()),
  PRESCREEN_ADMIN_EMAIL: z.preprocess(blankAsUndefined, z.string().email('must be an email address').optional()),
  PRESCREEN_ADMIN_PASSWORD: z.preprocess(blankAsUndefined, z.string().min(8, 'must be at least 8 characters').optional()),
  PUBLIC_URL: z.preprocess(blankAsUndefined, z.string().url('must be a URL').optional()),
  SMTP_URL: z.preprocess(blankAsUndefined, z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional()),
  PRESCREEN_WEBHOOKS_ALLOW_PRIVATE: z.preprocess(blankAsUndefined, z.enum(['true', 'false'], { message: 'must be true or false' }).default('false')),
  PRESCREEN_SCORING_WORKERS: z.preprocess(blankAsUndefined, z.coerce.number().int('must be a whole number').min(0).max(16).default(1)),
  PRESCREEN_PG_PREPARE: z.preprocess(blankAsUndefined, z.enum(['true', 'false'], { message: 'must be true or false' }).default('true')),
  LOG_LEVEL: z.preprocess(blankAsUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

export type Config = z.infer<typeof EnvSchema> & { readonly publicUrl: string };

export class ConfigError extends Error {}

/** Reads the environment; an invalid value stops the start with a message naming the variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? '127.0.0.1' : c.HOST;
  return { ...c, publicUrl: (c.PUBLIC_URL ?? `http://${host}:${c.PORT}`).replace(/\/$/, '') };
}

/** The database the configuration names: a PostgreSQL server when DATABASE_URL is set, else the embedded one. */
export const databaseTarget = (config: Config): DatabaseTarget =>
  config.DATABASE_URL
    ? { kind: 'postgres', url: config.DATABASE_URL, prepareStatements: config.PRESCREEN_PG_PREPARE === 'true' }
    : { kind: 'pglite', dataDir: config.PRESCREEN_DATA_DIR };
