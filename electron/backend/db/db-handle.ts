import type Database from 'better-sqlite3';

/** The database handle's type, on its own so migrations and the modules they call need not import the opener. */
export type Db = Database.Database;
