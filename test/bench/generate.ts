import type { Db } from '../../electron/backend/db/open-database';
import { randomUUID } from 'node:crypto';

const SECTORS = [
  'Retail banking',
  'Telecom',
  'Insurance',
  'Grocery retail',
  'Hospitality',
  'Utilities',
  'E-commerce',
  'Healthcare',
];
const COUNTRIES = ['Romania', 'Jordan', 'Lebanon', 'Egypt', 'Saudi Arabia', 'Moldova', 'UAE', 'Morocco'];
const NAMES = ['Cedar', 'Carpați', 'النخيل', 'Danube', 'الأرز', 'Olive', 'Nile', 'Atlas', 'Delta', 'Aurora'];

/** Bulk-loads generated clients straight into the database (one transaction), for read benchmarks. */
export function generateClients(db: Db, count: number, seed = 1): void {
  let x = seed;
  const rand = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const insert = db.prepare(
    `INSERT INTO clients (id, name, sector, country, notes, contact_name, contact_email, contact_phone, archived_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const now = new Date().toISOString();
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const name = `${NAMES[Math.floor(rand() * NAMES.length)]} ${i}`;
      insert.run(
        randomUUID(),
        name,
        SECTORS[i % SECTORS.length],
        COUNTRIES[i % COUNTRIES.length],
        'Generated for the benchmark. '.repeat(Math.floor(rand() * 6)),
        `Contact ${i}`,
        `contact${i}@example.com`,
        '+40 700 000 000',
        rand() < 0.1 ? now : null,
        now,
        now,
      );
    }
  }).immediate();
}

/** A template of `touchpoints` x `criteria` over 6 stages, every scale represented. */
export function generateTemplate(
  touchpoints: number,
  criteria: number,
): import('../../shared/domain/template').TemplateDefinitionInput {
  const stages = ['discover', 'explore', 'buy', 'use', 'ask', 'engage'].map((id) => ({
    id,
    name: id[0]!.toUpperCase() + id.slice(1),
  }));
  const kinds = ['digital', 'human', 'physical'] as const;
  const scales: import('../../shared/domain/template').Scale[] = [
    { type: 'yesno' },
    { type: 'scale5' },
    { type: 'scale10' },
    {
      type: 'options',
      options: [
        { id: 'a', label: 'Good', points: 2 },
        { id: 'b', label: 'Fair', points: 1 },
        { id: 'c', label: 'Poor', points: 0 },
      ],
    },
  ];
  return {
    format: 'journey-audit.template',
    formatVersion: 1,
    name: `Generated ${touchpoints}x${criteria}`,
    language: 'en',
    stages,
    touchpoints: Array.from({ length: touchpoints }, (_, t) => ({
      id: `tp-${t}`,
      stageId: stages[t % stages.length]!.id,
      name: `Touchpoint ${t}`,
      description: 'Generated touchpoint for the benchmark.',
      kind: kinds[t % 3]!,
      channel: ['Web', 'Phone', 'Store', 'Chat'][t % 4]!,
      momentOfTruth: t % 10 === 0,
      criteria: Array.from({ length: criteria }, (_, c) => ({
        id: `c-${c}`,
        question: `Criterion ${c} of touchpoint ${t}?`,
        guidance: 'Check it the way a customer would.',
        scale: scales[(t + c) % scales.length]!,
        weight: 1 + (c % 3),
      })),
    })),
  };
}

export function answerFor(scaleType: string, n: number): import('../../shared/domain/audit').AnswerValue {
  switch (scaleType) {
    case 'yesno':
      return { kind: 'yesno', value: n % 4 !== 0 };
    case 'scale5':
      return { kind: 'scale', value: 1 + (n % 5) };
    case 'scale10':
      return { kind: 'scale', value: n % 11 };
    default:
      return { kind: 'option', optionId: ['a', 'b', 'c'][n % 3]! };
  }
}
