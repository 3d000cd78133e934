import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createBackend } from '../../electron/backend/backend';
import { ftsQuery } from '../../electron/backend/search/search-findings';
import { foldText } from '../../shared/search/fold-text';
import { testTemplate } from '../support/test-template';
import { time, unwrap, withGoal, type Row } from './measure';

export const SEARCH_FINDINGS = 100_000;
const foldLatin = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
/** The floor: a search over 100,000 findings answers in under 50 ms. */
export const SEARCH_FLOOR_MS = 50;

const SYLLABLES = {
  en: 'ba ce di fo gu ka le mi no pu ra se ti vo wu za'.split(' '),
  ro: 'ă ța șo mî be ci du fa gă lu ne pi ră să tu vâ'.split(' '),
  ar: 'بَ تِ ثُ جَ حِ خُ دَ رِ زُ سَ شِ صُ طَ عِ فُ قَ'.split(' '),
};
const VOCABULARY = 3_000;
type Lang = keyof typeof SYLLABLES;
/** The n-th word of a language's made-up vocabulary (two to four syllables, some with diacritics or tashkeel). */
const word = (lang: Lang, n: number) => {
  const syl = SYLLABLES[lang];
  let out = '';
  for (let k = n + syl.length; k > 0; k = Math.floor(k / syl.length)) out += syl[k % syl.length];
  return out;
};
/** Word ranks drawn with Zipf's law (s = 1), as in written text: a few words are everywhere, most are rare. */
function zipfRank(u: number): number {
  const h = Math.log(VOCABULARY) + 0.5772;
  return Math.min(VOCABULARY - 1, Math.floor(Math.exp(u * h - 0.5772)));
}
let seed = 7;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648), seed / 2_147_483_648);

/** 100,000 findings in three languages (notes, pain points, recommendations, action titles), then searches over all clients. */
export async function searchBench(root: string): Promise<Row[]> {
  const backend = createBackend({ dataDir: path.join(root, 'search'), host: 'web', version: 'bench' });
  const db = backend.database!.db;
  const template = await unwrap<{ id: string }>(
    backend.dispatch('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) }),
  );
  // One audit made through the app pins the template's version the generated audits share.
  const first = await unwrap<{ id: string }>(backend.dispatch('clients.create', { name: 'Pinned' }));
  const pinned = await unwrap<{ id: string }>(
    backend.dispatch('audits.create', {
      clientId: first.id,
      templateId: template.id,
      title: 'Pin',
      auditDate: '2027-01-01',
    }),
  );
  const versionId = db.prepare('SELECT template_version_id FROM audits WHERE id = ?').pluck().get(pinned.id);
  const at = new Date().toISOString();
  let made = 0;
  const sentence = (n: number) => {
    const lang = (['en', 'ro', 'ar'] as const)[n % 3]!;
    return Array.from({ length: 8 + (n % 9) }, () => word(lang, zipfRank(random()))).join(' ');
  };
  db.transaction(() => {
    const client = db.prepare('INSERT INTO clients (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    const audit = db.prepare(
      'INSERT INTO audits (id, client_id, template_version_id, title, audit_type, audit_date, scope_json, status, created_at, updated_at) VALUES (?, ?, ?, ?, \'walkthrough\', \'2027-01-01\', \'{"stageIds":[],"kinds":["digital","human","physical"]}\', \'in_progress\', ?, ?)',
    );
    const answer = db.prepare(
      'INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)',
    );
    const record = db.prepare(
      'INSERT INTO touchpoint_records (audit_id, touchpoint_id, pain_points, recommendation, updated_at) VALUES (?, ?, ?, ?, ?)',
    );
    const action = db.prepare(
      "INSERT INTO actions (id, client_id, audit_id, title, priority, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'medium', 'open', ?, ?)",
    );
    const criteria = ['price-shown', 'ease', 'greeting', 'nps-like', 'wait', 'hours', 'visible'];
    for (let c = 0; made < SEARCH_FINDINGS; c++) {
      const clientId = randomUUID();
      client.run(clientId, `Client ${c}`, at, at);
      for (let a = 0; a < 50 && made < SEARCH_FINDINGS; a++) {
        const auditId = randomUUID();
        audit.run(auditId, clientId, versionId, `Audit ${c}.${a}`, at, at);
        criteria.forEach((cr, i) =>
          answer.run(randomUUID(), auditId, i < 2 ? 'website' : 'branch', cr, sentence(made++), at),
        );
        record.run(auditId, 'branch', sentence(made++), sentence(made++), at);
        action.run(randomUUID(), clientId, auditId, sentence(made++), at, at);
      }
    }
  })();
  const docs = db.prepare('SELECT count(*) FROM finding_docs').pluck().get() as number;
  const rows: Row[] = [];
  const count = db.prepare('SELECT count(*) FROM findings_fts WHERE findings_fts MATCH ?').pluck();
  for (const [label, query] of [
    ['English word of rank 1,000', word('en', 1_000)],
    ['English word of rank 100', word('en', 100)],
    ['two words, ranks 30 and 60', `${word('en', 30)} ${word('en', 60)}`],
    ['Romanian rank 50, typed without diacritics', foldLatin(word('ro', 50))],
    ['Arabic rank 50, typed without tashkeel', foldText(word('ar', 50))],
    ['English word of rank 10 (a very common word)', word('en', 10)],
  ] as const) {
    const matches = count.get(ftsQuery(query)) as number;
    const row = await time(
      `search.findings, ${docs.toLocaleString('en')} findings: ${label}, ${matches.toLocaleString('en')} match`,
      30,
      () => unwrap(backend.dispatch('search.findings', { query, clientId: null })),
    );
    rows.push(withGoal(row, { figure: 'median', max: SEARCH_FLOOR_MS }));
  }
  backend.close();
  return rows;
}
