import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import { parseDefinition } from '../../electron/backend/templates/template-rows';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { AnswerValue } from '../../shared/domain/audit';
import type { Criterion } from '../../shared/domain/template';
import { outlineOf } from '../../shared/domain/template-outline';
import { dispatchOk } from '../support/dispatch';
import { tempDir } from '../support/temp-dir';
import { testTemplate } from '../support/test-template';

const open: Backend[] = [];
afterEach(() => open.splice(0).forEach((b) => b.close()));

function backendOn(dataDir: string): Backend {
  const backend = createBackend({ dataDir, host: 'web', version: 'test', now: () => new Date('2027-07-01T09:00:00Z') });
  open.push(backend);
  return backend;
}

const call = <M extends MethodName>(backend: Backend, method: M, input: MethodInput<M>) =>
  dispatchOk(backend, method, input);

/** An answer of every kind the criterion's scale allows, chosen by n: N/A where allowed, fails, passes, knock-outs. */
function answerOf(criterion: Criterion, n: number): AnswerValue {
  if (criterion.allowNa && n % 7 === 3) return { kind: 'na' };
  const scale = criterion.scale;
  switch (scale.type) {
    case 'yesno':
      return { kind: 'yesno', value: n % 3 !== 0 };
    case 'scale5':
      return { kind: 'scale', value: 1 + (n % 5) };
    case 'scale10':
      return { kind: 'scale', value: n % 11 };
    case 'options':
      return { kind: 'option', optionId: scale.options[n % scale.options.length]!.id };
    case 'perChannel':
      return { kind: 'channels', values: Object.fromEntries(scale.channels.map((c, i) => [c, `said ${(n + i) % 2}`])) };
  }
}

/**
 * A client audited on two templates: the test template with weights, a critical moment of truth, N/A and the
 * average roll-up at multiplier 2, and a built-in (stages, moments of truth at 1.5, options and per-channel
 * scales); audits scoped to some stages and kinds, pain points, a draft left out.
 */
async function seed(backend: Backend) {
  const client = await call(backend, 'clients.create', { name: 'Outline Bank' });
  const own = await call(backend, 'templates.import', {
    fileName: 't.json',
    text: JSON.stringify(testTemplate({ rollup: 'average', momentOfTruthMultiplier: 2 })),
  });
  const builtin = (await call(backend, 'templates.list', { language: 'en' })).find((t) => t.builtinKey)!;
  const plans = [
    { template: own.id, site: 'Main St', date: '2027-01-10', scope: undefined },
    { template: own.id, site: 'Main St', date: '2027-04-10', scope: undefined },
    { template: own.id, site: 'Airport', date: '2027-02-01', scope: { stageIds: ['during'], kinds: ['human'] } },
    { template: builtin.id, site: 'Harbour', date: '2027-03-03', scope: undefined },
    { template: builtin.id, site: 'Harbour', date: '2027-05-03', scope: { stageIds: [], kinds: ['digital', 'human'] } },
    { template: builtin.id, site: 'Main St', date: '2027-06-01', scope: undefined },
  ] as const;
  let n = 0;
  for (const [i, plan] of plans.entries()) {
    const audit = await call(backend, 'audits.create', {
      clientId: client.id,
      templateId: plan.template,
      title: `Visit ${i + 1}`,
      site: plan.site,
      auditDate: plan.date,
      ...(plan.scope ? { scope: { stageIds: [...plan.scope.stageIds], kinds: [...plan.scope.kinds] } } : {}),
    });
    const definition = (await call(backend, 'templates.get', { id: plan.template })).definition;
    const scoped = new Set(
      definition.touchpoints
        .filter(
          (tp) =>
            !plan.scope ||
            plan.scope.stageIds.length === 0 ||
            (plan.scope.stageIds as readonly string[]).includes(tp.stageId),
        )
        .filter((tp) => !plan.scope || (plan.scope.kinds as readonly string[]).includes(tp.kind))
        .map((tp) => tp.id),
    );
    for (const tp of definition.touchpoints) {
      if (!scoped.has(tp.id)) continue;
      for (const criterion of tp.criteria)
        await call(backend, 'audits.setAnswer', {
          auditId: audit.id,
          touchpointId: tp.id,
          criterionId: criterion.id,
          value: answerOf(criterion, n++),
        });
      if (n % 2)
        await call(backend, 'audits.setRecord', {
          auditId: audit.id,
          touchpointId: tp.id,
          field: 'painPoints',
          value: `Slow at ${tp.name}`,
        });
    }
  }
  // A draft (nothing answered): left out of the figures, counted as left out.
  await call(backend, 'audits.create', {
    clientId: client.id,
    templateId: own.id,
    title: 'Draft',
    site: 'Airport',
    auditDate: '2027-06-30',
  });
  return client.id;
}

describe('template outlines', () => {
  it('the dashboard built from the stored outlines equals the one built from the full definitions', async () => {
    const dir = tempDir('ja-outline-');
    const clientId = await seed(backendOn(dir));

    const dashboard = async () => {
      open.splice(0).forEach((b) => b.close());
      return call(backendOn(dir), 'insights.client', { clientId });
    };
    const fromOutlines = await dashboard();
    // What the dashboard shows is there to compare: moments of truth failing, pain points, stages, a knock-out.
    expect(fromOutlines.auditCount).toBe(6);
    expect(fromOutlines.leftOut.drafts).toBe(1);
    expect(fromOutlines.failingMoments.length).toBeGreaterThan(0);
    expect(fromOutlines.painPoints.length).toBeGreaterThan(0);
    expect(fromOutlines.latest!.stages.length).toBeGreaterThan(1);

    const db = () => open[0]!.database!.db;
    const stored = db().prepare('SELECT id, definition_json, outline_json FROM template_versions').all() as {
      id: string;
      definition_json: string;
      outline_json: string;
    }[];
    expect(stored).toHaveLength(2);
    for (const v of stored) expect(JSON.parse(v.outline_json)).toEqual(outlineOf(parseDefinition(v.definition_json)));

    // Without outlines every version is read whole: the same dashboard, to the last digit.
    db().exec('UPDATE template_versions SET outline_json = NULL');
    expect(await dashboard()).toEqual(fromOutlines);

    // With the outlines back and the definitions emptied, the dashboard is still the same: it reads nothing else.
    const restore = db().prepare("UPDATE template_versions SET outline_json = ?, definition_json = '{}' WHERE id = ?");
    for (const v of stored) restore.run(v.outline_json, v.id);
    expect(await dashboard()).toEqual(fromOutlines);
  });

  it('every version written, by an audit started here or a package imported, keeps the outline of its definition', async () => {
    const a = backendOn(tempDir('ja-outline-a-'));
    const b = backendOn(tempDir('ja-outline-b-'));
    const client = await call(a, 'clients.create', { name: 'Outline Bank' });
    const own = await call(a, 'templates.import', { fileName: 't.json', text: JSON.stringify(testTemplate()) });
    const builtin = (await call(a, 'templates.list', { language: 'en' })).find((t) => t.builtinKey)!;
    const ids: string[] = [];
    for (const templateId of [own.id, builtin.id])
      ids.push(
        (await call(a, 'audits.create', { clientId: client.id, templateId, title: 'V', auditDate: '2027-01-01' })).id,
      );
    // A new version of the template after an edit.
    const edited = (await call(a, 'templates.get', { id: own.id })).definition;
    await call(a, 'templates.update', {
      id: own.id,
      definition: { ...edited, stages: edited.stages.map((s) => ({ ...s, name: `${s.name} (new)` })) },
    });
    ids.push(
      (await call(a, 'audits.create', { clientId: client.id, templateId: own.id, title: 'W', auditDate: '2027-02-01' }))
        .id,
    );
    const pkg = await call(a, 'packages.export', {
      scope: { auditIds: ids },
      name: 'P',
      destination: { kind: 'download' },
    });
    await call(b, 'packages.import', { fileName: pkg.fileName, base64: pkg.base64! });

    for (const backend of [a, b]) {
      const versions = backend
        .database!.db.prepare('SELECT definition_json, outline_json FROM template_versions')
        .all() as { definition_json: string; outline_json: string }[];
      expect(versions).toHaveLength(3);
      for (const v of versions)
        expect(JSON.parse(v.outline_json)).toEqual(outlineOf(parseDefinition(v.definition_json)));
    }
    const names = (b.database!.db.prepare('SELECT outline_json FROM template_versions').pluck().all() as string[]).map(
      (j) => (JSON.parse(j) as { stages: { name: string }[] }).stages.map((s) => s.name),
    );
    expect(names).toContainEqual(['Before (new)', 'During (new)']);
  });
});
