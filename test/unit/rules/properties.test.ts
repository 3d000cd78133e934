import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditsApi } from '../../../shared/api/audits-api';
import { compareAudits } from '../../../shared/comparison/compare-audits';
import type { ComparableAudit } from '../../../shared/comparison/comparison-types';
import { actionFieldsSchema } from '../../../shared/domain/action';
import { auditSetupSchema, type Answer, type AnswerValue } from '../../../shared/domain/audit';
import { clientFieldsSchema } from '../../../shared/domain/client';
import { templateDefinitionSchema, type TemplateDefinition } from '../../../shared/domain/template';
import { recordSchemas, type PackageRecords } from '../../../shared/exchange/package-format';
import { answerRefusal, LIMITS } from '../../../shared/rules';
import { packageContentRefusals } from '../../../shared/rules/package-rules';

/** Fewer runs per mutant under StrykerJS (vitest.mutation.config.ts sets MUTATION): every mutant reruns these. */
const runs = (n: number) => (process.env.MUTATION ? Math.ceil(n / 10) : n);

/** Text that often holds what the rules refuse: controls, bidi overrides, spaces, long runs. */
const hostileText = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: max + 3 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc
      .tuple(
        fc.string({ maxLength: 8 }),
        fc.constantFrom('\u0000', '\u202e', '\u2066', '\n', '\t', ' ', '\u200f', '\u0085'),
      )
      .map(([a, c]) => `${a}${c}${a}`),
    fc.nat({ max: max + 2 }).map((n) => 'x'.repeat(n)),
  );
const dateLike = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1999, max: 2030 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.string({ maxLength: 12 }),
);
const instant = '2027-01-01T10:00:00.000Z';
const uuid = fc.uuid({ version: 4 });

describe('the import accepts nothing the API would refuse', () => {
  it('client rows', () => {
    fc.assert(
      fc.property(
        uuid,
        hostileText(LIMITS.client.name),
        hostileText(LIMITS.client.notes),
        hostileText(LIMITS.client.sector),
        (id, name, notes, sector) => {
          const row = {
            id,
            name,
            sector,
            country: '',
            notes,
            contact_name: '',
            contact_email: '',
            contact_phone: '',
            created_at: instant,
            updated_at: instant,
          };
          if (recordSchemas.clients.safeParse(row).success)
            expect(clientFieldsSchema.safeParse({ name, sector, notes }).success).toBe(true);
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('audit rows (title, site, auditor, date)', () => {
    fc.assert(
      fc.property(
        hostileText(LIMITS.audit.title),
        hostileText(LIMITS.audit.site),
        hostileText(LIMITS.audit.auditor),
        dateLike,
        uuid,
        uuid,
        (title, site, auditor, date, clientId, templateId) => {
          const row = {
            id: clientId,
            client_id: clientId,
            template_version_id: templateId,
            title,
            site,
            persona: '',
            audit_type: 'walkthrough',
            auditor,
            audit_date: date,
            scope_json: JSON.stringify({ stageIds: [], kinds: ['digital'] }),
            status: 'draft',
            completed_at: null,
            created_at: instant,
            updated_at: instant,
            baseline_audit_id: null,
            site_id: null,
            wave_id: null,
            scenario: '',
            shopper: '',
            planned_date: null,
            started_at: null,
            ended_at: null,
            review_status: 'none',
            review_comment: '',
            reviewed_at: null,
          };
          if (recordSchemas.audits.safeParse(row).success)
            expect(
              auditSetupSchema.safeParse({ clientId, templateId, title, site, auditor, auditDate: date }).success,
            ).toBe(true);
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('action rows (title, detail, owner, due date)', () => {
    fc.assert(
      fc.property(
        hostileText(LIMITS.action.title),
        hostileText(LIMITS.action.detail),
        hostileText(LIMITS.action.owner),
        fc.option(dateLike),
        uuid,
        (title, detail, owner, due, clientId) => {
          const row = {
            id: clientId,
            client_id: clientId,
            audit_id: null,
            touchpoint_id: null,
            criterion_id: null,
            title,
            detail,
            owner,
            due_date: due,
            priority: 'low',
            status: 'open',
            created_at: instant,
            updated_at: instant,
          };
          if (recordSchemas.actions.safeParse(row).success)
            expect(actionFieldsSchema.safeParse({ clientId, title, detail, owner, dueDate: due }).success).toBe(true);
        },
      ),
      { numRuns: runs(400) },
    );
  });

  it('answers: an answer the package checks let through is one audits.setAnswer takes', () => {
    const definition = templateDefinitionSchema.parse({
      format: 'journey-audit.template',
      formatVersion: 1,
      name: 'P',
      language: 'en',
      stages: [{ id: 's', name: 'S' }],
      touchpoints: [
        {
          id: 't',
          stageId: 's',
          name: 'T',
          kind: 'human',
          channel: 'C',
          criteria: [
            { id: 'yn', question: 'YN', scale: { type: 'yesno' }, allowNa: false },
            { id: 'five', question: 'Five', scale: { type: 'scale5' } },
            { id: 'ten', question: 'Ten', scale: { type: 'scale10' } },
            {
              id: 'opt',
              question: 'Opt',
              scale: {
                type: 'options',
                options: [
                  { id: 'a', label: 'A', points: 1 },
                  { id: 'b', label: 'B', points: 0 },
                ],
              },
            },
          ],
        },
      ],
    });
    const value: fc.Arbitrary<unknown> = fc.oneof(
      fc.constant({ kind: 'na' }),
      fc.boolean().map((v) => ({ kind: 'yesno', value: v })),
      fc.integer({ min: -2, max: 12 }).map((v) => ({ kind: 'scale', value: v })),
      fc.double({ min: -1, max: 11, noNaN: true }).map((v) => ({ kind: 'scale', value: v })),
      fc.constantFrom('a', 'b', 'c', '').map((o) => ({ kind: 'option', optionId: o })),
      fc.constant({ kind: 'bogus' }),
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom('yn', 'five', 'ten', 'opt'),
        hostileText(LIMITS.answer.note),
        (v, criterionId, note) => {
          const auditId = '00000000-0000-4000-8000-000000000001';
          const answerRow = {
            id: '00000000-0000-4000-8000-000000000002',
            audit_id: auditId,
            touchpoint_id: 't',
            criterion_id: criterionId,
            value_json: JSON.stringify(v),
            note,
            updated_at: instant,
          };
          if (!recordSchemas.answers.safeParse(answerRow).success) return;
          const records = {
            clients: [],
            sites: [],
            waves: [],
            templates: [],
            template_versions: [],
            touchpoint_records: [],
            visit_timestamps: [],
            audit_metrics: [],
            evidence: [],
            actions: [],
            audits: [
              {
                id: auditId,
                client_id: auditId,
                template_version_id: 'v',
                title: 'A',
                scope_json: JSON.stringify({ stageIds: [], kinds: ['human'] }),
                baseline_audit_id: null,
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
              },
            ],
            answers: [answerRow],
          } as unknown as PackageRecords;
          const refusals = packageContentRefusals(records, {
            localDefinition: () => definition,
            localAuditClient: () => undefined,
            builtinShapes: () => [],
            localAuditPin: () => undefined,
            localClientOf: () => undefined,
            localPhotoAudit: () => undefined,
            localAnswers: () => [],
          });
          if (refusals.length) return;
          const input = { auditId, touchpointId: 't', criterionId, value: v };
          expect(auditsApi['audits.setAnswer'].input.safeParse(input).success).toBe(true);
          expect(
            auditsApi['audits.setNote'].input.safeParse({ auditId, touchpointId: 't', criterionId, note }).success,
          ).toBe(true);
          const criterion = definition.touchpoints[0]!.criteria.find((c) => c.id === criterionId)!;
          expect(answerRefusal(v as AnswerValue, criterion)).toBeNull();
        },
      ),
      { numRuns: runs(600) },
    );
  });
});

describe('identical answers compare as no change, whatever the template versions', () => {
  const scaleArb = fc.constantFrom(
    { type: 'yesno' as const },
    { type: 'scale5' as const },
    { type: 'scale10' as const },
  );
  const criterionArb = (id: string) =>
    fc.record({
      id: fc.constant(id),
      question: fc.constant(`Q ${id}`),
      scale: scaleArb,
      weight: fc.integer({ min: 0, max: 100 }),
      critical: fc.boolean(),
      allowNa: fc.boolean(),
    });
  const versionArb = fc
    .tuple(
      fc.constantFrom('pooled' as const, 'average' as const),
      fc.integer({ min: 1, max: 5 }),
      fc.boolean(),
      fc.boolean(),
      fc.tuple(criterionArb('a'), criterionArb('b'), criterionArb('c'), criterionArb('d')),
      fc.constantFrom('s1', 's2'),
    )
    .map(([rollup, multiplier, mot1, mot2, [a, b, c, d], stageOfSecond]): TemplateDefinition =>
      templateDefinitionSchema.parse({
        format: 'journey-audit.template',
        formatVersion: 1,
        name: 'V',
        language: 'en',
        rollup,
        momentOfTruthMultiplier: multiplier,
        stages: [
          { id: 's1', name: 'One' },
          { id: 's2', name: 'Two' },
        ],
        touchpoints: [
          {
            id: 't1',
            stageId: 's1',
            name: 'T1',
            kind: 'digital',
            channel: 'Web',
            momentOfTruth: mot1,
            criteria: [a, b],
          },
          {
            id: 't2',
            stageId: stageOfSecond,
            name: 'T2',
            kind: 'human',
            channel: 'Store',
            momentOfTruth: mot2,
            criteria: [c, d],
          },
        ],
      }),
    );
  const valueArb: fc.Arbitrary<AnswerValue | null> = fc.oneof(
    fc.constant(null),
    fc.constant({ kind: 'na' } as const),
    fc.boolean().map((value) => ({ kind: 'yesno', value }) as const),
    fc.integer({ min: 0, max: 10 }).map((value) => ({ kind: 'scale', value }) as const),
  );
  const answersArb = fc.tuple(valueArb, valueArb, valueArb, valueArb).map((vs): Answer[] =>
    (['t1/a', 't1/b', 't2/c', 't2/d'] as const).map((k, i) => ({
      touchpointId: k.split('/')[0]!,
      criterionId: k.split('/')[1]!,
      value: vs[i]!,
      note: '',
      updatedAt: '',
    })),
  );
  const audit = (
    id: string,
    versionId: string,
    definition: TemplateDefinition,
    answers: Answer[],
  ): ComparableAudit => ({
    id,
    title: id,
    site: '',
    auditDate: id,
    templateVersionId: versionId,
    definition,
    scope: { stageIds: [], kinds: ['digital', 'human', 'physical'] },
    answers,
    records: [],
  });

  it('every delta is zero (or not comparable) and nothing improved or regressed', () => {
    fc.assert(
      fc.property(
        versionArb,
        versionArb,
        answersArb,
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        (v1, v2, answers, threshold) => {
          const c = compareAudits(audit('2026-01-01', 'v1', v1, answers), audit('2026-06-01', 'v2', v2, answers), {
            threshold,
          });
          for (const d of [c.overall, ...c.stages, ...c.kinds, ...c.channels, ...c.touchpoints, ...c.criteria]) {
            expect(d.change === null || Math.abs(d.change) < 1e-9).toBe(true);
            expect(['unchanged', 'not-comparable']).toContain(d.movement);
          }
          expect(c.topImprovements).toEqual([]);
          expect(c.topRegressions).toEqual([]);
          expect(c.changeSources.fromAnswers === null || Math.abs(c.changeSources.fromAnswers) < 1e-9).toBe(true);
        },
      ),
      { numRuns: runs(500) },
    );
  });
});
