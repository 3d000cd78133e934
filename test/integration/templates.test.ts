import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend/backend';
import type { TemplateSummary } from '../../shared/api/templates-api';
import type { MethodInput, MethodName } from '../../shared/contract';
import type { Criterion, TemplateDefinition } from '../../shared/domain/template';
import type { ApiError } from '../../shared/result';
import { tempDir } from '../support/temp-dir';
import { dispatchOk } from '../support/dispatch';

let backend: Backend;

beforeEach(() => {
  backend = createBackend({ dataDir: tempDir('ja-templates-'), host: 'web', version: '0.0.0-test' });
  expect(backend.startupError).toBeNull();
});
afterEach(() => backend.close());

const call = <M extends MethodName>(method: M, input: MethodInput<M>) => dispatchOk(backend, method, input);

async function refused(method: MethodName, input: unknown): Promise<ApiError> {
  const result = await backend.dispatch(method, input);
  expect(result.ok, `${method} should have been refused`).toBe(false);
  return (result as { ok: false; error: ApiError }).error;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const count = (table: string) => backend.database!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function firstEnglishBuiltin(): Promise<TemplateSummary> {
  const builtins = (await call('templates.list', { language: 'en' })).filter((t) => t.builtinKey);
  expect(builtins.length).toBeGreaterThan(0);
  return builtins[0]!;
}

async function ownCopy(): Promise<{ id: string; definition: TemplateDefinition }> {
  const source = await firstEnglishBuiltin();
  const copy = await call('templates.duplicate', { id: source.id, name: 'Branch audit (ours)' });
  expect(copy.builtinKey).toBeNull();
  return { id: copy.id, definition: copy.definition };
}

async function startAudit(templateId: string, clientId: string, title: string) {
  const created = await call('audits.create', { clientId, templateId, title, auditDate: '2027-03-14' });
  return call('audits.get', { id: created.id });
}

describe('template versioning: audits pin the version they started on', () => {
  it('keeps a started audit on its version while the template is edited, and starts new audits on a new version', async () => {
    const { id: templateId, definition: original } = await ownCopy();
    const client = await call('clients.create', { name: 'Cedar Bank' });

    const first = await startAudit(templateId, client.id, 'Baseline');
    expect(first.templateVersion).toBe(1);
    expect(first.templateId).toBe(templateId);
    expect(first.definition).toEqual(original);
    const pinnedJson = JSON.stringify(first.definition);
    const pinnedQuestions = first.definition.touchpoints.flatMap((tp) =>
      tp.criteria.map((c) => `${tp.id}/${c.id}: ${c.question} ×${c.weight}`),
    );
    expect(pinnedQuestions.length).toBeGreaterThan(2);

    // Starting another audit before any edit reuses version 1.
    const again = await startAudit(templateId, client.id, 'Second branch, same week');
    expect(again.templateVersion).toBe(1);
    expect(again.templateVersionId).toBe(first.templateVersionId);

    // Edit the working copy: reword a question, reweight one, remove one, add one.
    const edited = clone(original);
    const tpWithSeveral = edited.touchpoints.find((tp) => tp.criteria.length >= 2)!;
    expect(tpWithSeveral).toBeDefined();
    const reworded = tpWithSeveral.criteria[0]!;
    reworded.question = 'Was the customer greeted by name within 30 seconds?';
    tpWithSeveral.criteria[1]!.weight = 7;
    const removed = tpWithSeveral.criteria.pop()!;
    const added: Criterion = {
      id: 'added-criterion-x1',
      question: 'Was the queue time shown on a screen?',
      guidance: '',
      family: 'best-practice',
      scale: { type: 'yesno' },
      weight: 2,
      critical: false,
      allowNa: true,
    };
    edited.touchpoints[0]!.criteria.push(added);
    const updated = await call('templates.update', { id: templateId, definition: edited });
    expect(updated.definition).toEqual(edited);
    expect(updated.latestVersion).toBe(1); // editing does not freeze a version; starting an audit does

    // The started audit still reads exactly what it started on.
    const firstAfter = await call('audits.get', { id: first.id });
    expect(firstAfter.templateVersion).toBe(1);
    expect(JSON.stringify(firstAfter.definition)).toBe(pinnedJson);
    expect(
      firstAfter.definition.touchpoints.flatMap((tp) =>
        tp.criteria.map((c) => `${tp.id}/${c.id}: ${c.question} ×${c.weight}`),
      ),
    ).toEqual(pinnedQuestions);
    const stored = backend
      .database!.db.prepare('SELECT definition_json FROM template_versions WHERE id = ?')
      .pluck()
      .get(first.templateVersionId) as string;
    expect(JSON.parse(stored)).toEqual(original);

    // A new audit gets version 2 with the new questions.
    const second = await startAudit(templateId, client.id, 'Follow-up');
    expect(second.templateVersion).toBe(2);
    expect(second.templateVersionId).not.toBe(first.templateVersionId);
    expect(second.definition).toEqual(edited);
    const secondQuestions = second.definition.touchpoints.flatMap((tp) => tp.criteria.map((c) => c.question));
    expect(secondQuestions).toContain('Was the customer greeted by name within 30 seconds?');
    expect(secondQuestions).toContain('Was the queue time shown on a screen?');
    const secondTp = second.definition.touchpoints.find((tp) => tp.id === tpWithSeveral.id)!;
    expect(secondTp.criteria.some((c) => c.id === removed.id)).toBe(false);
    expect(secondTp.criteria[1]?.weight ?? 7).toBe(7);

    // Without further edits, the next audit reuses version 2.
    const third = await startAudit(templateId, client.id, 'Another site');
    expect(third.templateVersion).toBe(2);
    expect(third.templateVersionId).toBe(second.templateVersionId);
    expect(
      backend
        .database!.db.prepare('SELECT count(*) FROM template_versions WHERE template_id = ?')
        .pluck()
        .get(templateId),
    ).toBe(2);

    const summary = (await call('templates.list', {})).find((t) => t.id === templateId)!;
    expect(summary).toMatchObject({ latestVersion: 2, audits: 4 });

    // Deleting a template that audits use only hides it; the audits keep reading their versions.
    await call('templates.delete', { id: templateId });
    expect((await call('templates.list', {})).some((t) => t.id === templateId)).toBe(false);
    expect(JSON.stringify((await call('audits.get', { id: first.id })).definition)).toBe(pinnedJson);
    expect((await call('audits.get', { id: second.id })).definition).toEqual(edited);
  });

  it('refuses to edit or delete a built-in template', async () => {
    const builtin = await firstEnglishBuiltin();
    const detail = await call('templates.get', { id: builtin.id });
    const renamed = { ...detail.definition, name: 'Mine now' };
    expect((await refused('templates.update', { id: builtin.id, definition: renamed })).code).toBe('NOT_ALLOWED');
    expect((await refused('templates.delete', { id: builtin.id })).code).toBe('NOT_ALLOWED');
    expect((await call('templates.get', { id: builtin.id })).definition).toEqual(detail.definition);
  });

  it('reports validation problems of an update by path, and saves nothing', async () => {
    const { id, definition } = await ownCopy();
    const broken = clone(definition);
    broken.touchpoints[1]!.criteria[0]!.question = '   ';
    const error = await refused('templates.update', { id, definition: broken });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContainEqual(
      expect.objectContaining({ field: 'definition.touchpoints.1.criteria.0.question', rule: 'required' }),
    );
    expect((await call('templates.get', { id })).definition).toEqual(definition);
  });

  it('refuses an edit that names a channel of a per-channel question twice, and saves nothing', async () => {
    const { id, definition } = await ownCopy();
    const broken = clone(definition);
    broken.touchpoints[0]!.criteria[0]!.scale = { type: 'perChannel', channels: ['Web', 'Phone', 'WEB '] };
    const versions = count('template_versions');
    const error = await refused('templates.update', { id, definition: broken });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues).toContainEqual(
      expect.objectContaining({ field: 'definition.touchpoints.0.criteria.0.scale.channels.2', rule: 'invalid' }),
    );
    expect((await call('templates.get', { id })).definition).toEqual(definition);
    expect(count('template_versions')).toBe(versions);
  });
});

describe('template files: export and import', () => {
  it('round-trips: the imported definition equals the exported one, and exporting it again gives the same text', async () => {
    const { id, definition } = await ownCopy();
    const edited = clone(definition);
    edited.description = 'Adapted for Cedar Bank — بنك الأرز — Banca Carpați';
    edited.stages[0]!.name = 'Arrival & greeting';
    await call('templates.update', { id, definition: edited });

    const exported = await call('templates.export', { id });
    expect(exported.fileName).toBe('Branch-audit-ours.journey-template.json');
    expect(exported.text.endsWith('\n')).toBe(true);
    const parsed = JSON.parse(exported.text) as TemplateDefinition;
    expect(parsed).toEqual(edited);

    const imported = await call('templates.import', { fileName: exported.fileName, text: exported.text });
    expect(imported.id).not.toBe(id);
    expect(imported.builtinKey).toBeNull();
    expect(imported.definition).toEqual(parsed);
    const again = await call('templates.export', { id: imported.id });
    expect(again.text).toBe(exported.text);
    expect(again.fileName).toBe(exported.fileName);
  });

  it('exports a built-in template too, and imports it as an editable copy', async () => {
    const builtin = await firstEnglishBuiltin();
    const exported = await call('templates.export', { id: builtin.id });
    const imported = await call('templates.import', { fileName: exported.fileName, text: exported.text });
    expect(imported.builtinKey).toBeNull();
    expect(JSON.stringify(imported.definition)).toBe(JSON.stringify(JSON.parse(exported.text)));
  });

  it('accepts a valid file that starts with a byte-order mark', async () => {
    const { id } = await ownCopy();
    const exported = await call('templates.export', { id });
    const before = count('templates');
    const imported = await call('templates.import', { fileName: 'with-bom.json', text: `\uFEFF${exported.text}` });
    expect(imported.definition).toEqual(JSON.parse(exported.text));
    expect(count('templates')).toBe(before + 1);
  });

  describe('refuses a malformed file, says what is wrong and where, and changes nothing', () => {
    // The file as parsed JSON, reshaped freely to break it.
    type Mutation = (d: Record<string, any>) => void;
    const cases: { kind: string; text?: string; mutate?: Mutation; expect: (string | RegExp)[] }[] = [
      {
        kind: 'not JSON',
        text: '{"format": "journey-audit.template", "name": ',
        expect: ['is not valid JSON', 'Nothing was imported'],
      },
      { kind: 'an empty file', text: '', expect: ['is empty'] },
      { kind: 'only whitespace', text: ' \n\t ', expect: ['is empty'] },
      { kind: 'a JSON array instead of an object', text: '[{"name": "x"}]', expect: ['the file', 'should be object'] },
      {
        kind: 'a wrong format marker',
        mutate: (d) => (d.format = 'excel.workbook'),
        expect: ['"format"', 'journey-audit.template'],
      },
      {
        kind: 'an unknown formatVersion',
        mutate: (d) => (d.formatVersion = 2),
        expect: ['"formatVersion"', 'must be one of 1'],
      },
      { kind: 'missing stages', mutate: (d) => delete d.stages, expect: ['"stages"', 'is missing'] },
      {
        kind: 'a touchpoint referring to an unknown stage',
        mutate: (d) => (d.touchpoints[1].stageId = 'nowhere'),
        expect: [/touchpoint 2 \(".*"\), "stageId"/, 'no stage with id "nowhere"'],
      },
      {
        kind: 'duplicate touchpoint ids',
        mutate: (d) => (d.touchpoints[2].id = d.touchpoints[0].id),
        expect: ['touchpoint 3', 'duplicate touchpoint id'],
      },
      {
        kind: 'a criterion with an unknown scale type',
        mutate: (d) => (d.touchpoints[0].criteria[0].scale = { type: 'stars', max: 5 }),
        expect: ['touchpoint 1', 'criterion 1', '"scale"'],
      },
      {
        kind: 'an options scale with one option',
        mutate: (d) =>
          (d.touchpoints[0].criteria[0].scale = {
            type: 'options',
            options: [{ id: 'only', label: 'Only', points: 1 }],
          }),
        expect: ['criterion 1', '"options"', 'at least 2'],
      },
      // A per-channel answer is kept by channel name: two channels of one name would share one answer.
      {
        kind: 'a per-channel question naming a channel twice',
        mutate: (d) => (d.touchpoints[0].criteria[0].scale = { type: 'perChannel', channels: ['Web', 'Web', 'Phone'] }),
        expect: [
          'touchpoint 1',
          'criterion 1',
          '"scale", channel 2:',
          'channel names must be unique ("Web" is there twice)',
        ],
      },
      {
        kind: 'a per-channel question naming a channel twice apart from spaces and case',
        mutate: (d) =>
          (d.touchpoints[0].criteria[1].scale = { type: 'perChannel', channels: ['Web', 'Phone', ' web '] }),
        expect: ['criterion 2', 'channel 3:', 'channel names must be unique ("web" is there twice)'],
      },
      {
        kind: 'a negative weight',
        mutate: (d) => (d.touchpoints[1].criteria[0].weight = -3),
        expect: ['touchpoint 2', 'criterion 1', '"weight"', 'at least 0'],
      },
      {
        kind: 'an empty question',
        mutate: (d) => (d.touchpoints[0].criteria[1].question = '  '),
        expect: ['criterion 2', '"question"', 'must not be empty'],
      },
      { kind: 'an unknown extra field', mutate: (d) => (d.colour = 'blue'), expect: ['unknown field "colour"'] },
      {
        kind: 'an unknown field inside a touchpoint',
        mutate: (d) => (d.touchpoints[1].owner = 'Ana'),
        expect: ['touchpoint 2', 'unknown field "owner"'],
      },
      {
        kind: 'a language that is not supported',
        mutate: (d) => (d.language = 'fr'),
        expect: ['"language"', '"en", "ar", "ro"'],
      },
      {
        kind: 'a weight that is text',
        mutate: (d) => (d.touchpoints[0].criteria[0].weight = 'heavy'),
        expect: ['"weight"', 'should be number'],
      },
      {
        kind: 'a touchpoint of an unknown kind',
        mutate: (d) => (d.touchpoints[0].kind = 'telepathic'),
        expect: ['touchpoint 1', '"kind"', '"digital", "human", "physical"'],
      },
      {
        kind: 'an id with capitals and spaces',
        mutate: (d) => (d.stages[0].id = 'First Stage'),
        expect: ['stage 1', '"id"', 'lowercase letters'],
      },
    ];

    it.each(cases)('$kind', async (c) => {
      const { id } = await ownCopy();
      const base = JSON.parse((await call('templates.export', { id })).text) as Record<string, unknown>;
      expect((base.touchpoints as { criteria: unknown[] }[])[0]!.criteria.length).toBeGreaterThanOrEqual(2);
      let text = c.text;
      if (text === undefined) {
        const d = clone(base);
        c.mutate!(d);
        text = JSON.stringify(d, null, 2);
      }
      const listBefore = await call('templates.list', {});
      const countsBefore = [count('templates'), count('template_versions')];

      const error = await refused('templates.import', { fileName: 'broken.journey-template.json', text });
      expect(error.code).toBe('INVALID_FILE');
      expect(error.message).toContain('broken.journey-template.json');
      for (const part of c.expect) {
        if (typeof part === 'string') expect(error.message).toContain(part);
        else expect(error.message).toMatch(part);
      }
      expect(await call('templates.list', {})).toEqual(listBefore);
      expect([count('templates'), count('template_versions')]).toEqual(countsBefore);
    });

    it('a 6 MB file is refused by the input schema before it is read', async () => {
      const { id } = await ownCopy();
      const exported = await call('templates.export', { id });
      const padded = exported.text.replace('{', `{"padding": "${'x'.repeat(6 * 1024 * 1024)}",`);
      expect(padded.length).toBeGreaterThan(6_000_000);
      const listBefore = await call('templates.list', {});
      const before = count('templates');
      const error = await refused('templates.import', { fileName: 'huge.json', text: padded });
      expect(error.code).toBe('VALIDATION');
      expect(error.issues).toContainEqual(
        expect.objectContaining({ field: 'text', rule: 'tooLong', limit: 5_000_000 }),
      );
      expect(await call('templates.list', {})).toEqual(listBefore);
      expect(count('templates')).toBe(before);
    });
  });
});
