import type { Db } from '../../electron/backend/db/open-database';
import { randomUUID } from 'node:crypto';

const SECTORS = ['Retail banking', 'Telecom', 'Insurance', 'Grocery retail', 'Hospitality', 'Utilities', 'E-commerce', 'Healthcare'];
const COUNTRIES = ['Romania', 'Jordan', 'Lebanon', 'Egypt', 'Saudi Arabia', 'Moldova', 'UAE', 'Morocco'];
const NAMES = ['Cedar', 'Carpați', 'النخيل', 'Danube', 'الأرز', 'Olive', 'Nile', 'Atlas', 'Delta', 'Aurora'];

/** Bulk-loads generated clients straight into the database (one transaction), for read benchmarks. */
export function generateClients(db: Db, count: number, seed = 1): void {
  let x = seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const insert = db.prepare(
    `INSERT INTO clients (id, name, sector, country, notes, contact_name, contact_email, contact_phone, archived_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const name = `${NAMES[Math.floor(rand() * NAMES.length)]} ${i}`;
      insert.run(randomUUID(), name, SECTORS[i % SECTORS.length], COUNTRIES[i % COUNTRIES.length], 'Generated for the benchmark. '.repeat(Math.floor(rand() * 6)), `Contact ${i}`, `contact${i}@example.com`, '+40 700 000 000', rand() < 0.1 ? now : null, now, now);
    }
  }).immediate();
}
