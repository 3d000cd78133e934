import sharp from 'sharp';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { ftsQuery } from '../../electron/backend/search/search-findings';
import type { MethodInput, MethodName } from '../../shared/contract';
import { foldText } from '../../shared/search/fold-text';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

let backend: Backend;
const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);
const search = async (query: string, clientId: string | null = null) =>
  (await call('search.findings', { query, clientId })).map((h) => h.text);

beforeEach(() => {
  backend = createBackend({ dataDir: tempDir('ja-search-'), host: 'web', version: 'test' });
});

async function auditOf(clientName: string) {
  const client = await call('clients.create', { name: clientName });
  const template = await call('templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
  const audit = await call('audits.create', {
    clientId: client.id,
    templateId: template.id,
    title: `${clientName} visit`,
    auditDate: '2027-01-15',
  });
  return { client, audit };
}

describe('search across findings', () => {
  it('finds Arabic as typed, with or without tashkeel, hamza forms or tatweel', async () => {
    const { audit } = await auditOf('بنك الأرز');
    const a = { auditId: audit.id, touchpointId: 'website' };
    await call('audits.setNote', { ...a, criterionId: 'ease', note: 'مَرْحَبًا بِكُمْ لم تُقَل عند الباب' });
    await call('audits.setRecord', { ...a, field: 'painPoints', value: 'أهلاً وسهلاً غائبة، والانتظار طـــويل' });
    expect(await search('مرحبا')).toEqual(['مَرْحَبًا بِكُمْ لم تُقَل عند الباب']);
    expect(await search('مَرْحَبًا')).toEqual(['مَرْحَبًا بِكُمْ لم تُقَل عند الباب']);
    expect(await search('اهلا')).toEqual(['أهلاً وسهلاً غائبة، والانتظار طـــويل']);
    expect(await search('طويل')).toEqual(['أهلاً وسهلاً غائبة، والانتظار طـــويل']);
    expect(await search('وسه')).toHaveLength(1); // a word being typed matches as a prefix
    expect(await search('مساء')).toEqual([]);
    expect(foldText('إِنْتِظَار')).toBe('انتظار');
  });

  it('finds Romanian with or without diacritics (comma or cedilla), and English; every word must be present', async () => {
    const { audit } = await auditOf('Banca Ţării');
    const a = { auditId: audit.id, touchpointId: 'branch' };
    await call('audits.setNote', { ...a, criterionId: 'greeting', note: 'Așteptare lungă la casă, fără salut' });
    await call('audits.setNote', { ...a, criterionId: 'wait', note: 'Aşteptare scurtă la ghişeu' }); // cedilla forms
    await call('audits.setRecord', { ...a, field: 'recommendation', value: 'Greet every customer at the till' });
    expect(await search('asteptare')).toHaveLength(2);
    expect(await search('așteptare lungă')).toEqual(['Așteptare lungă la casă, fără salut']);
    expect(await search('ASTEPTARE LUNGA')).toEqual(['Așteptare lungă la casă, fără salut']);
    expect(await search('ghiseu')).toEqual(['Aşteptare scurtă la ghişeu']);
    expect(await search('ghișeu')).toEqual(['Aşteptare scurtă la ghişeu']);
    expect(await search('greet till')).toEqual(['Greet every customer at the till']);
    expect(await search('greet nowhere')).toEqual([]);
    expect(await search('"; DROP TABLE answers; --')).toEqual([]); // words only: never FTS syntax
    expect(ftsQuery('a "b" OR c*')).toBe('"a"* "b"* "OR"* "c"*');
  });

  it('ranks by relevance (bm25): the finding about the word comes before the one that mentions it in passing', async () => {
    const { audit } = await auditOf('Cedar Bank');
    const a = { auditId: audit.id, touchpointId: 'branch' };
    const passing =
      'The branch was clean and bright, the staff wore badges, the brochures were current, the music was low and there was a queue';
    await call('audits.setNote', { ...a, criterionId: 'greeting', note: passing });
    await call('audits.setNote', { ...a, criterionId: 'wait', note: 'Queue, queue, queue: the queue never moved' });
    await call('audits.setRecord', { ...a, field: 'painPoints', value: 'Queue at the desk' });
    const hits = await call('search.findings', { query: 'queue', clientId: null });
    expect(hits.map((h) => h.text)).toEqual([
      'Queue, queue, queue: the queue never moved',
      'Queue at the desk',
      passing,
    ]);
    expect(hits.map((h) => h.rank)).toEqual([...hits.map((h) => h.rank)].sort((x, y) => x - y));
  });

  it('searches within one client or across clients; each hit says what it is and where it belongs', async () => {
    const one = await auditOf('Cedar Bank');
    const two = await auditOf('Olive Telecom');
    await call('audits.setRecord', {
      auditId: one.audit.id,
      touchpointId: 'website',
      field: 'worked',
      value: 'Fees listed clearly',
    });
    await call('audits.setRecord', {
      auditId: two.audit.id,
      touchpointId: 'website',
      field: 'recommendation',
      value: 'List the fees',
    });
    await call('actions.create', {
      clientId: two.client.id,
      auditId: two.audit.id,
      touchpointId: 'website',
      title: 'Publish fees online',
    });
    const jpeg = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const photo = await call('evidence.add', {
      auditId: one.audit.id,
      touchpointId: 'branch',
      fileName: 'p.jpg',
      dataBase64: jpeg.toString('base64'),
    });
    await call('evidence.setCaption', { id: photo.id, caption: 'Fees poster behind the counter' });

    const all = await call('search.findings', { query: 'fees', clientId: null });
    expect(all.map((h) => h.kind).sort()).toEqual(['action', 'caption', 'recommendation', 'worked']);
    expect(all.find((h) => h.kind === 'caption')).toMatchObject({
      clientId: one.client.id,
      clientName: 'Cedar Bank',
      auditId: one.audit.id,
      auditTitle: 'Cedar Bank visit',
      touchpointId: 'branch',
    });
    expect((await search('fees', two.client.id)).sort()).toEqual(['List the fees', 'Publish fees online']);
    expect(await search('fees', one.client.id)).toHaveLength(2);
  });

  it('follows every change: an edited note is found by its new words only; a deleted audit leaves nothing behind', async () => {
    const { audit } = await auditOf('Cedar Bank');
    const a = { auditId: audit.id, touchpointId: 'website', criterionId: 'ease' };
    await call('audits.setNote', { ...a, note: 'Hours hidden in the footer' });
    await call('audits.setNote', { ...a, note: 'Hours shown on the home page' });
    expect(await search('footer')).toEqual([]);
    expect(await search('home page')).toEqual(['Hours shown on the home page']);
    await call('audits.setNote', { ...a, note: '' });
    expect(await search('hours')).toEqual([]);
    await call('audits.setRecord', {
      auditId: audit.id,
      touchpointId: 'website',
      field: 'painPoints',
      value: 'Slow checkout',
    });
    await call('audits.delete', { id: audit.id });
    expect(await search('checkout')).toEqual([]);
    const db = backend.database!.db;
    expect(db.prepare('SELECT count(*) FROM finding_docs').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM findings_fts').pluck().get()).toBe(0);
  });
});
