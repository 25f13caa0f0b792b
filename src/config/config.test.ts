import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTarget, readConfig } from './config.ts';

describe('the configuration', () => {
  it('opens the embedded database unless DATABASE_URL names a server, whose statements are prepared by default', () => {
    expect(databaseTarget(readConfig({}))).toEqual({ kind: 'pglite', dataDir: './data/db' });
    const url = 'postgres://p@127.0.0.1:5432/prescreen';
    expect(databaseTarget(readConfig({ DATABASE_URL: url }))).toEqual({ kind: 'postgres', url, prepareStatements: true });
    expect(databaseTarget(readConfig({ DATABASE_URL: url, PRESCREEN_PG_PREPARE: 'false' }))).toEqual({ kind: 'postgres', url, prepareStatements: false });
  });

  it('refuses a bad value, naming the variable and the rule', () => {
    expect(() => readConfig({ PRESCREEN_PG_PREPARE: 'no', PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ PRESCREEN_PG_PREPARE: 'no' })).toThrow(/PRESCREEN_PG_PREPARE: must be true or false/);
  });
});
