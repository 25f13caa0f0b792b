export { openDatabase, type DatabaseTarget, type OpenDatabase } from './database.ts';
export { DataDirLockedError } from './pglite/data-dir-lock.ts';
export { inTransaction, type Database, type Db } from './schema.ts';
