export { openDatabase, type DatabaseTarget, type OpenDatabase } from './database.ts';
export { DataDirLockedError } from './pglite/data-dir-lock.ts';
export type { Database, Db } from './schema.ts';
