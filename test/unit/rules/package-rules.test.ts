import { describe, expect, it } from 'vitest';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import type { PackageRecords } from '../../../shared/exchange/package-format';
import { reason } from '../../../shared/reasons/reason';
import { packageContentRefusals, type PackageSurroundings } from '../../../shared/rules/package-rules';
import { templateScoringShape } from '../../../shared/rules/template-rules';
import { testTemplate } from '../../support/test-template';

/**
 * The test template: stages before (website: digital, criteria price-shown yes/no and ease 1-5) and
 * during (branch: human, greeting/nps-like/wait/hours; signage: physical, visible).
 */
const DEF: TemplateDefinition = templateDefinitionSchema.parse(testTemplate());
const ALL_SCOPE = JSON.stringify({ stageIds: [], kinds: ['digital', 'human', 'physical'] });

type Row = Record<string, string | number | null>;
type Records = { [K in keyof PackageRecords]: Row[] };
const empty = (): Records => ({
  clients: [],
  sites: [],
  waves: [],
  templates: [],
  template_versions: [],
  audits: [],
  answers: [],
  touchpoint_records: [],
  visit_timestamps: [],
  audit_metrics: [],
  evidence: [],
  actions: [],
});

const template = (id: string, builtinKey: string | null = null, definition = DEF): Row => ({
  id,
  name: definition.name,
  builtin_key: builtinKey,
  definition_json: JSON.stringify(definition),
});
const version = (id: string, templateId: string, definition = DEF, n = 1): Row => ({
  id,
  template_id: templateId,
  version: n,
  definition_json: JSON.stringify(definition),
});
/** The state columns of a walkthrough in progress, as the API leaves them. */
const OPEN_WALKTHROUGH: Row = {
  audit_type: 'walkthrough',
  status: 'in_progress',
  completed_at: null,
  review_status: 'none',
  review_comment: '',
  reviewed_at: null,
  site_id: null,
  wave_id: null,
  scenario: '',
  shopper: '',
  planned_date: null,
  started_at: null,
  ended_at: null,
};
const audit = (id: string, over: Row = {}): Row => ({
  id,
  client_id: 'client-1',
  template_version_id: 'v1',
  title: `Visit ${id}`,
  scope_json: ALL_SCOPE,
  baseline_audit_id: null,
  ...OPEN_WALKTHROUGH,
  ...over,
});
const answer = (id: string, auditId: string, tp: string, criterion: string, value: unknown): Row => ({
  id,
  audit_id: auditId,
  touchpoint_id: tp,
  criterion_id: criterion,
  value_json: value === null ? null : JSON.stringify(value),
});

/** A clean package: a client, a (non built-in) template with one version, two audits of it and answers. */
function clean(): Records {
  const r = empty();
  r.clients.push({ id: 'client-1' });
  r.templates.push(template('t1'));
  r.template_versions.push(version('v1', 't1'));
  r.audits.push(audit('a1'), audit('a2', { baseline_audit_id: 'a1' }));
  r.answers.push(
    answer('n1', 'a1', 'website', 'price-shown', { kind: 'yesno', value: true }),
    answer('n2', 'a1', 'website', 'ease', { kind: 'scale', value: 5 }),
    answer('n3', 'a2', 'branch', 'wait', { kind: 'option', optionId: 'short' }),
    answer('n4', 'a2', 'branch', 'nps-like', null),
  );
  r.touchpoint_records.push({ audit_id: 'a1', touchpoint_id: 'branch' });
  r.evidence.push({ id: 'e1', audit_id: 'a1', touchpoint_id: 'signage' });
  r.actions.push({ id: 'act-1' });
  return r;
}

const nothingHere: PackageSurroundings = {
  localDefinition: () => undefined,
  localAuditClient: () => undefined,
  builtinShapes: () => [],
  localAuditPin: () => undefined,
  localClientOf: () => undefined,
  localPhotoAudit: () => undefined,
  localAnswers: () => [],
};
const check = (r: Records, around: PackageSurroundings = nothingHere) =>
  packageContentRefusals(r as unknown as PackageRecords, around);

describe('packageContentRefusals', () => {
  it('a clean package is accepted', () => {
    expect(check(clean())).toEqual([]);
    expect(check(empty())).toEqual([]);
    // An audit without a baseline is never checked against one, whatever audits exist here.
    expect(
      check(clean(), {
        ...nothingHere,
        localAuditClient: (id) => (id === 'a1' || id === 'a2' ? 'client-1' : 'client-elsewhere'),
      }),
    ).toEqual([]);
    // A new version of a template known only here is read like any other.
    const r = clean();
    r.template_versions.push(version('v9', 't-here'));
    expect(check(r, { ...nothingHere, builtinShapes: () => ['another shape'] })).toEqual([]);
  });

  it('an id used twice in one kind, or by two kinds, is refused by name', () => {
    const r = clean();
    r.answers.push(answer('n2', 'a1', 'website', 'ease', { kind: 'scale', value: 4 }));
    r.evidence.push({ id: 'a1', audit_id: 'a1', touchpoint_id: 'signage' });
    r.sites.push({ id: 'client-1' });
    expect(check(r)).toEqual([
      {
        kind: 'sites',
        key: 'client-1',
        reason: reason('idAcrossKinds', { id: 'client-1', first: 'clients', kind: 'sites' }),
      },
      { kind: 'answers', key: 'n2', reason: reason('idTwiceInEntry', { id: 'n2', entry: 'records/answers.json' }) },
      { kind: 'evidence', key: 'a1', reason: reason('idAcrossKinds', { id: 'a1', first: 'audits', kind: 'evidence' }) },
    ]);
  });

  it('a built-in template or version that scores unlike the shipped one is refused', () => {
    const injected = structuredClone(DEF);
    injected.touchpoints[0]!.criteria.push({ ...injected.touchpoints[0]!.criteria[0]!, id: 'injected' });
    const shipped = templateScoringShape(DEF);
    const asked: string[] = [];
    const around: PackageSurroundings = {
      ...nothingHere,
      builtinShapes: (key) => {
        asked.push(key);
        return key === 'bank' ? ['another shape', shipped] : [];
      },
    };
    const r = clean();
    r.templates.push(template('t2', 'bank'), template('t3', 'bank', injected), template('t4', 'unknown', injected));
    r.template_versions.push(
      version('v2', 't2', injected, 3),
      version('v3', 't3', DEF, 2),
      version('v4', 't4', injected),
      version('v5', 't1', injected),
    );
    expect(check(r, around)).toEqual([
      { kind: 'templates', key: 't3', reason: reason('builtinTemplateChanged', { name: 'Test journey' }) },
      {
        kind: 'template_versions',
        key: 'v2',
        reason: reason('builtinVersionChanged', { version: 3, name: 'Test journey' }),
      },
    ]);
    // Templates without a built-in key (t1 and its versions v1, v5) are never compared with a shipped one.
    expect(asked).toEqual(['bank', 'bank', 'unknown', 'bank', 'bank', 'unknown']);
  });

  it('a scope naming a stage the template does not have is refused, with the first such stage', () => {
    const r = clean();
    r.audits[0]!.scope_json = JSON.stringify({ stageIds: ['before', 'nope', 'gone'], kinds: ['digital'] });
    expect(check(r)).toEqual([
      { kind: 'audits', key: 'a1', reason: reason('scopeUnknownStage', { title: 'Visit a1', stage: 'nope' }) },
      // The record of branch is outside a scope of "before" only.
      {
        kind: 'touchpoint_records',
        key: 'a1/branch',
        reason: reason('recordNotWalked', { title: 'Visit a1', touchpoint: 'branch' }),
      },
      { kind: 'evidence', key: 'e1', reason: reason('recordNotWalked', { title: 'Visit a1', touchpoint: 'signage' }) },
    ]);
  });

  it('a baseline must be another audit of the same client, in the package or here', () => {
    const r = clean();
    r.audits.push(
      audit('self', { baseline_audit_id: 'self' }),
      audit('other', { baseline_audit_id: 'a1', client_id: 'client-2' }),
      audit('local-ok', { baseline_audit_id: 'here-1' }),
      audit('local-bad', { baseline_audit_id: 'here-2' }),
      audit('unknown', { baseline_audit_id: 'nowhere' }),
    );
    const around: PackageSurroundings = {
      ...nothingHere,
      localAuditClient: (id) => ({ 'here-1': 'client-1', 'here-2': 'client-9', a1: 'client-2' })[id],
    };
    expect(check(r, around)).toEqual([
      {
        kind: 'audits',
        key: 'self',
        reason: reason('auditRefused', { title: 'Visit self', why: reason('ownBaseline') }),
      },
      {
        kind: 'audits',
        key: 'other',
        reason: reason('auditRefused', { title: 'Visit other', why: reason('baselineOtherClient') }),
      },
      {
        kind: 'audits',
        key: 'local-bad',
        reason: reason('auditRefused', { title: 'Visit local-bad', why: reason('baselineOtherClient') }),
      },
      // a2's baseline a1 is the package's (client-1), not the one here; that one is another client's,
      // so the package moving a1 to client-1 is refused in its own right.
      {
        kind: 'audits',
        key: 'a1',
        reason: reason('auditRefused', { title: 'Visit a1', why: reason('movedToOtherClient') }),
      },
    ]);
  });

  it('answers must be for a criterion the audit walks, and fit its scale', () => {
    const r = clean();
    r.audits[1]!.scope_json = JSON.stringify({ stageIds: ['during'], kinds: ['human'] });
    r.answers.push(
      answer('x1', 'a2', 'website', 'ease', { kind: 'scale', value: 3 }), // stage out of scope
      answer('x2', 'a2', 'signage', 'visible', { kind: 'yesno', value: true }), // kind out of scope
      answer('x3', 'a2', 'branch', 'invented', { kind: 'yesno', value: true }), // no such criterion
      answer('x4', 'a2', 'branch', 'greeting', { kind: 'na' }), // N/A not allowed
      answer('x5', 'a1', 'website', 'ease', { kind: 'scale', value: 7 }), // 7 on 1-5
      answer('x6', 'a2', 'branch', 'greeting', null), // unanswered: nothing to check
      answer('x7', 'elsewhere', 'branch', 'greeting', { kind: 'na' }), // not this package's audit
    );
    const covered = (a: string, c: string) => reason('answerNotCovered', { title: `Visit ${a}`, criterion: c });
    expect(check(r)).toEqual([
      { kind: 'answers', key: 'a2/website/ease', reason: covered('a2', 'website/ease') },
      { kind: 'answers', key: 'a2/signage/visible', reason: covered('a2', 'signage/visible') },
      { kind: 'answers', key: 'a2/branch/invented', reason: covered('a2', 'branch/invented') },
      {
        kind: 'answers',
        key: 'a2/branch/greeting',
        reason: reason('answerRefused', {
          title: 'Visit a2',
          criterion: 'branch/greeting',
          why: reason('naNotAllowed', { question: 'Greeted within 30 seconds?' }),
        }),
      },
      {
        kind: 'answers',
        key: 'a1/website/ease',
        reason: reason('answerRefused', {
          title: 'Visit a1',
          criterion: 'website/ease',
          why: reason('answerOffScale', { question: 'How easy is it to find opening hours?' }),
        }),
      },
    ]);
  });

  it("reads a version's definition from the package first, else from here; unknown versions are left to the reference check", () => {
    const r = clean();
    const local = new Map([['v-local', DEF]]);
    const shrunk = structuredClone(DEF);
    shrunk.touchpoints = shrunk.touchpoints.filter((t) => t.id !== 'website');
    const around: PackageSurroundings = {
      ...nothingHere,
      localDefinition: (id) => (id === 'v1' ? shrunk : local.get(id)),
    };
    r.audits.push(audit('lv', { template_version_id: 'v-local' }), audit('uv', { template_version_id: 'v-unknown' }));
    r.answers.push(
      answer('y1', 'lv', 'website', 'ease', { kind: 'scale', value: 9 }),
      answer('y2', 'uv', 'website', 'ease', { kind: 'scale', value: 9 }),
    );
    r.touchpoint_records.push({ audit_id: 'uv', touchpoint_id: 'nowhere' });
    r.evidence.push({ id: 'e2', audit_id: 'uv', touchpoint_id: 'nowhere' });
    // v1 comes from the package (its website touchpoint exists), v-local from here, v-unknown from nowhere.
    expect(check(r, around)).toEqual([
      {
        kind: 'answers',
        key: 'lv/website/ease',
        reason: reason('answerRefused', {
          title: 'Visit lv',
          criterion: 'website/ease',
          why: reason('answerOffScale', { question: 'How easy is it to find opening hours?' }),
        }),
      },
    ]);
  });

  it('records and photos must be of a touchpoint the audit walks', () => {
    const r = clean();
    r.touchpoint_records.push({ audit_id: 'a2', touchpoint_id: 'ghost' });
    r.evidence.push({ id: 'e9', audit_id: 'a1', touchpoint_id: 'ghost' });
    r.touchpoint_records.push({ audit_id: 'not-here', touchpoint_id: 'ghost' });
    expect(check(r)).toEqual([
      {
        kind: 'touchpoint_records',
        key: 'a2/ghost',
        reason: reason('recordNotWalked', { title: 'Visit a2', touchpoint: 'ghost' }),
      },
      { kind: 'evidence', key: 'e9', reason: reason('recordNotWalked', { title: 'Visit a1', touchpoint: 'ghost' }) },
    ]);
  });
});
