import { randomUUID } from 'node:crypto';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { MethodInput, MethodName } from '../../shared/contract';
import { inEnglish } from '../../shared/reasons/reason';
import { reasonText } from '../../renderer/src/lib/reason-text';
import { i18nFor } from '../support/i18n-for';
import { dispatchFailure, dispatchOk } from '../support/dispatch';
import { packageEditor, snapshotDir, type Rows } from '../support/package-builder';
import { tempDir } from '../support/temp-dir';
import { seedRuleBookVisits } from '../support/rule-book-visits';
import { PASSING_ANSWERS } from '../support/test-template';

/**
 * States and links a package can describe but no API call makes (hostile review 9, defects 5-8):
 * a complete audit with criteria unanswered or without its time, a review on anything but a
 * completed visit, a walkthrough with a visit's details, links across clients, a wave ending before
 * it starts, an action on a criterion its audit's template lacks, and a record moved to another
 * client (or photo to another audit) than it belongs to here. Each is refused whole, in words
 * (translated), and the receiving data folder stays byte-identical. The packages carry no audit
 * trail (a package from before the trail), so only the rule book stands in the way.
 */
const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);

let exported: Buffer;
let editor: ReturnType<typeof packageEditor>;
const ids = {
  client: '',
  visit: '',
  builtinVisit: '',
  walk: '',
  walkDone: '',
  site: '',
  wave: '',
  action: '',
  photo: '',
};

beforeAll(async () => {
  let clock = Date.parse('2027-03-01T09:00:00.000Z');
  const a = createBackend({
    dataDir: tempDir('ja-sender-'),
    host: 'web',
    version: 'test',
    now: () => new Date((clock += 1000)),
  });
  const { client, visit, builtinVisit } = await seedRuleBookVisits(a);
  const templateId = (await call(a, 'audits.get', { id: visit.id })).templateId;
  const site = await call(a, 'sites.create', { clientId: client.id, name: 'North branch' });
  const wave = await call(a, 'waves.create', {
    clientId: client.id,
    name: 'Spring',
    startsOn: '2027-03-01',
    endsOn: '2027-05-31',
  });
  await call(a, 'visits.update', { auditId: visit.id, changes: { siteId: site.id, waveId: wave.id, shopper: 'Rana' } });
  const walk = await call(a, 'audits.create', {
    clientId: client.id,
    templateId,
    title: 'Walk',
    auditDate: '2027-03-04',
  });
  await call(a, 'audits.setAnswer', {
    auditId: walk.id,
    touchpointId: 'website',
    criterionId: 'ease',
    value: { kind: 'scale', value: 3 },
  });
  const walkDone = await call(a, 'audits.create', {
    clientId: client.id,
    templateId,
    title: 'Walk done',
    auditDate: '2027-03-05',
  });
  for (const [touchpointId, criterionId, value] of PASSING_ANSWERS)
    await call(a, 'audits.setAnswer', { auditId: walkDone.id, touchpointId, criterionId, value });
  await call(a, 'audits.complete', { id: walkDone.id });
  const action = await call(a, 'actions.create', {
    clientId: client.id,
    auditId: visit.id,
    touchpointId: 'website',
    criterionId: 'ease',
    title: 'Show the hours',
  });
  const r = await call(a, 'packages.export', {
    scope: { clientId: client.id },
    name: 'Real',
    destination: { kind: 'download' },
  });
  exported = Buffer.from(r.base64!, 'base64');
  editor = packageEditor(exported);
  const photo = String(editor.records().evidence![0]!.id);
  Object.assign(ids, {
    client: client.id,
    visit: visit.id,
    builtinVisit: builtinVisit.id,
    walk: walk.id,
    walkDone: walkDone.id,
    site: site.id,
    wave: wave.id,
    action: action.id,
    photo,
  });
  a.close();
});

let b: Backend;
let dirB: string;
beforeEach(async () => {
  dirB = tempDir('ja-receiver-');
  b = createBackend({ dataDir: dirB, host: 'web', version: 'test' });
  // The receiver already holds every record of the package: the real export is accepted as it is.
  const first = await call(b, 'packages.import', { fileName: 'real.zip', base64: exported.toString('base64') });
  expect(first.totals.refused).toBe(0);
  await b.photos.idle();
  b.database!.db.pragma('wal_checkpoint(TRUNCATE)');
});

const AT = '2027-03-02T10:00:00.000Z';
const auditOf = (r: Rows, id: string) => r.audits!.find((x) => x.id === id)!;
const otherClient = (r: Rows) => {
  const c = { ...r.clients![0]!, id: randomUUID(), name: 'Olive Telecom' };
  r.clients!.push(c);
  return String(c.id);
};
const newAction = (r: Rows, over: Record<string, unknown>) =>
  r.actions!.push({
    ...r.actions![0]!,
    id: randomUUID(),
    title: 'Injected action',
    created_at: AT,
    updated_at: AT,
    ...over,
  });

/** Refused whole by preview and import, with the words expected (also in Arabic and Romanian), writing nothing. */
async function expectRefused(edit: (r: Rows) => void, expected: RegExp) {
  const before = snapshotDir(dirB);
  const base64 = editor.build(edit).toString('base64');
  for (const method of ['packages.preview', 'packages.import'] as const) {
    const r = await b.dispatch(method, { fileName: 'edited.zip', base64 });
    expect(r.ok, method).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_FILE');
    expect(r.error.message).toMatch(/^The package breaks the app's rules: /);
    expect(r.error.message).toMatch(expected);
    expect(r.error.message).toMatch(/Nothing was imported\.$/);
    for (const t of [i18nFor('ar'), i18nFor('ro')]) {
      const said = reasonText(t, r.error.reason!);
      expect(said).not.toMatch(/\{\{|\}\}|reasons\./);
      expect(said).not.toBe(inEnglish(r.error.reason!));
    }
  }
  expect(snapshotDir(dirB)).toEqual(before);
}

describe('completion: what audits.complete requires, a complete audit in a package has (defect 5)', () => {
  it('refuses an audit marked complete with criteria unanswered', async () => {
    await expectRefused((r) => {
      Object.assign(auditOf(r, ids.walk), { status: 'complete', completed_at: AT });
    }, /"Walk": it is marked complete with 6 criteria unanswered \(the first is website\/price-shown\); an audit is completed only once every criterion is answered or marked N\/A/);
    // The same when the criteria are there but one has no value (an answer cleared).
    await expectRefused((r) => {
      const done = r.answers!.find((x) => x.audit_id === ids.walkDone && x.criterion_id === 'visible')!;
      done.value_json = null;
    }, /"Walk done": it is marked complete with 1 criteria unanswered \(the first is signage\/visible\)/);
  });

  it('refuses complete without its time, and a completion time on an open audit', async () => {
    await expectRefused(
      (r) => (auditOf(r, ids.walkDone).completed_at = null),
      /"Walk done": it is marked complete without the time it was completed/,
    );
    await expectRefused(
      (r) => (auditOf(r, ids.walk).completed_at = AT),
      /"Walk": it has a completion time but is not complete/,
    );
  });

  it('the API refuses to complete the same audit', async () => {
    const error = await dispatchFailure(b, 'audits.complete', { id: ids.walk });
    expect(error.code).toBe('AUDIT_INCOMPLETE');
    expect(error.message).toBe(
      '6 criteria are still unanswered; answer them or mark them N/A before completing the audit.',
    );
  });
});

describe('review and visit details only where the API puts them (defect 6)', () => {
  it('refuses a walkthrough marked reviewed, as the hostile tester sent it', async () => {
    await expectRefused(
      (r) => Object.assign(auditOf(r, ids.walk), { review_status: 'reviewed', reviewed_at: AT }),
      /"Walk": it is a walkthrough marked as reviewed or returned; only a mystery-shop visit is reviewed/,
    );
    // Even a complete one.
    await expectRefused(
      (r) => Object.assign(auditOf(r, ids.walkDone), { review_status: 'returned', reviewed_at: AT }),
      /"Walk done": it is a walkthrough marked as reviewed or returned/,
    );
  });

  it('refuses a visit reviewed before it was completed, or reviewed without the time', async () => {
    await expectRefused(
      (r) => Object.assign(auditOf(r, ids.visit), { review_status: 'reviewed', reviewed_at: AT }),
      /"Visit": it is marked reviewed but is not complete; only a completed visit is reviewed/,
    );
    await expectRefused(
      (r) => Object.assign(auditOf(r, ids.visit), { review_status: 'returned', reviewed_at: null }),
      /"Visit": it is marked reviewed or returned without the time of the review/,
    );
    await expectRefused(
      (r) => Object.assign(auditOf(r, ids.visit), { review_comment: 'Looks fine' }),
      /"Visit": it has a review time or comment but was never reviewed/,
    );
  });

  it("refuses a walkthrough carrying a visit's details", async () => {
    const visitDetails = /"Walk": it is a walkthrough but carries visit details/;
    await expectRefused((r) => (auditOf(r, ids.walk).shopper = 'Rana'), visitDetails);
    await expectRefused((r) => (auditOf(r, ids.walk).wave_id = ids.wave), visitDetails);
    await expectRefused((r) => (auditOf(r, ids.walk).started_at = AT), visitDetails);
    await expectRefused(
      (r) => r.visit_timestamps!.push({ audit_id: ids.walk, moment: 'entered', at: AT }),
      visitDetails,
    );
  });

  it('the API has no way to review a walkthrough or an open visit', async () => {
    expect(
      (await dispatchFailure(b, 'visits.review', { auditId: ids.walk, decision: 'reviewed', comment: '' })).code,
    ).toBe('NOT_ALLOWED');
    expect(
      (await dispatchFailure(b, 'visits.review', { auditId: ids.visit, decision: 'reviewed', comment: '' })).code,
    ).toBe('NOT_ALLOWED');
  });
});

describe('links the API refuses are refused from a package, in the same words (defect 7)', () => {
  it('an audit at a site, or in a wave, of another client', async () => {
    await expectRefused((r) => {
      const other = otherClient(r);
      const site = { ...r.sites![0]!, id: randomUUID(), client_id: other, name: 'Elsewhere' };
      r.sites!.push(site);
      auditOf(r, ids.visit).site_id = site.id;
    }, /"Visit": that site does not belong to this client/);
    await expectRefused((r) => {
      const other = otherClient(r);
      const wave = { ...r.waves![0]!, id: randomUUID(), client_id: other, name: 'Their wave' };
      r.waves!.push(wave);
      auditOf(r, ids.visit).wave_id = wave.id;
    }, /"Visit": that wave does not belong to this client/);
  });

  it('a visit ending before it starts', async () => {
    await expectRefused((r) => {
      Object.assign(auditOf(r, ids.visit), {
        started_at: '2027-03-03T10:00:00.000Z',
        ended_at: '2027-03-03T09:00:00.000Z',
      });
    }, /"Visit": a visit cannot end before it starts/);
  });

  it('a wave ending before it starts', async () => {
    await expectRefused(
      (r) =>
        r.waves!.push({
          ...r.waves![0]!,
          id: randomUUID(),
          name: 'Backwards',
          starts_on: '2027-05-01',
          ends_on: '2027-01-01',
        }),
      /the wave "Backwards": a wave cannot end before it starts/,
    );
  });

  it("an action on another client's audit, or on a touchpoint or criterion its template lacks", async () => {
    await expectRefused(
      (r) => newAction(r, { client_id: otherClient(r) }),
      /the action "Injected action": that audit belongs to another client, so the action cannot be linked to it/,
    );
    await expectRefused(
      (r) => newAction(r, { touchpoint_id: 'nope', criterion_id: 'zzz' }),
      /the action "Injected action": touchpoint "nope" is not in this audit's template/,
    );
    await expectRefused(
      (r) => newAction(r, { touchpoint_id: 'website', criterion_id: 'zzz' }),
      /the action "Injected action": criterion "zzz" is not part of touchpoint "website"/,
    );
    await expectRefused(
      (r) => newAction(r, { audit_id: null, touchpoint_id: null, criterion_id: 'ease' }),
      /the action "Injected action": a criterion can only be linked together with its touchpoint/,
    );
  });

  it('the API gives the same reasons', async () => {
    const other = await call(b, 'clients.create', { name: 'Olive Telecom' });
    const otherSite = await call(b, 'sites.create', { clientId: other.id, name: 'Elsewhere' });
    const otherWave = await call(b, 'waves.create', { clientId: other.id, name: 'Their wave' });
    const cases: [MethodName, unknown, string][] = [
      ['visits.update', { auditId: ids.visit, changes: { siteId: otherSite.id } }, 'siteOtherClient'],
      ['visits.update', { auditId: ids.visit, changes: { waveId: otherWave.id } }, 'waveOtherClient'],
      [
        'waves.create',
        { clientId: ids.client, name: 'W', startsOn: '2027-05-01', endsOn: '2027-01-01' },
        'waveEndsBeforeStart',
      ],
      ['actions.create', { clientId: other.id, auditId: ids.visit, title: 'Fix' }, 'actionAuditOtherClient'],
      [
        'actions.create',
        { clientId: ids.client, auditId: ids.visit, touchpointId: 'nope', title: 'Fix' },
        'actionTouchpointNotInTemplate',
      ],
      [
        'actions.create',
        { clientId: ids.client, auditId: ids.visit, touchpointId: 'website', criterionId: 'zzz', title: 'Fix' },
        'actionCriterionNotInTouchpoint',
      ],
      [
        'actions.create',
        { clientId: ids.client, criterionId: 'ease', title: 'Fix' },
        'actionCriterionWithoutTouchpoint',
      ],
    ];
    for (const [method, input, key] of cases) {
      const error = await dispatchFailure(b, method, input);
      expect(error.code, key).toBe('VALIDATION');
      expect(error.reason?.key, key).toBe(key);
      expect(error.message, key).toBe(
        `${inEnglish(error.reason!).charAt(0).toUpperCase()}${inEnglish(error.reason!).slice(1)}.`,
      );
    }
  });
});

describe('a record keeps the owner it has here (defect 8)', () => {
  it('refuses moving an audit here to another client, as the hostile tester sent it', async () => {
    await expectRefused(
      (r) => (auditOf(r, ids.visit).client_id = otherClient(r)),
      /"Visit": it belongs to another client here, and the package moves it; nothing in the app moves a record from one client to another/,
    );
    // Even with everything of the client moved along with it (the client's id changed).
    await expectRefused((r) => {
      const other = otherClient(r);
      for (const kind of ['sites', 'waves', 'audits', 'actions'] as const)
        for (const row of r[kind]!) row.client_id = other;
    }, /it belongs to another client here, and the package moves it/);
  });

  it('refuses moving a site, wave or action to another client, or a photo to another audit', async () => {
    await expectRefused((r) => {
      r.sites!.find((s) => s.id === ids.site)!.client_id = otherClient(r);
      auditOf(r, ids.visit).site_id = null;
    }, /the site "North branch": it belongs to another client here, and the package moves it/);
    await expectRefused((r) => {
      r.waves!.find((w) => w.id === ids.wave)!.client_id = otherClient(r);
      auditOf(r, ids.visit).wave_id = null;
    }, /the wave "Spring": it belongs to another client here, and the package moves it/);
    await expectRefused((r) => {
      const action = r.actions!.find((x) => x.id === ids.action)!;
      Object.assign(action, { client_id: otherClient(r), audit_id: null, touchpoint_id: null, criterion_id: null });
    }, /the action "Show the hours": it belongs to another client here, and the package moves it/);
    await expectRefused(
      (r) => (r.evidence!.find((e) => e.id === ids.photo)!.audit_id = ids.walk),
      /the photo "p.jpg": it belongs to another audit here, and the package moves it; nothing in the app moves a photo from one audit to another/,
    );
  });

  it('refuses re-pinning an audit here to another version of its template, or changing its type', async () => {
    await expectRefused((r) => {
      const pinned = r.template_versions!.find((v) => v.id === auditOf(r, ids.walk).template_version_id)!;
      const other = { ...pinned, id: randomUUID(), version: Number(pinned.version) + 100 };
      r.template_versions!.push(other);
      auditOf(r, ids.walk).template_version_id = other.id;
    }, /"Walk": was made on another version of its template here, and the package moves it to this one/);
    await expectRefused(
      (r) => (auditOf(r, ids.walk).audit_type = 'mystery-shop'),
      /"Walk": is of another type here \(walkthrough or mystery shop\), and the package changes it/,
    );
  });

  it('the unedited package is still nothing new', async () => {
    const again = await call(b, 'packages.preview', { fileName: 'x.zip', base64: editor.build().toString('base64') });
    expect(again.totals).toEqual({ add: 0, update: 0, unchanged: again.totals.unchanged, conflict: 0, refused: 0 });
  });
});
