import type { Answer, AnswerValue, AuditScope, AuditStatus, AuditType, TouchpointRecord } from '../domain/audit';
import type { Language } from '../domain/settings';
import type { Criterion, TemplateDefinition } from '../domain/template';
import type { VisitInfo } from '../domain/visit';
import type { AuditScore, CriterionScore } from '../scoring/score-types';
import { columnsOf } from './export-table';
import { EXPORT_WORDS } from './export-words';

/** One audit as an export needs it: the scored audit with its client and template. */
export interface ExportAudit {
  client: { id: string; name: string };
  audit: { id: string; title: string; site: string; auditDate: string; status: AuditStatus; auditType: AuditType };
  template: { id: string; name: string; version: number };
  definition: TemplateDefinition;
  scope: AuditScope;
  answers: readonly Answer[];
  /** Emotion, pain points, what worked and the recommendation of each touchpoint that has any. */
  records: readonly TouchpointRecord[];
  /** The visit fields and tapped moments of a mystery-shop audit; null for a walkthrough. */
  visit: VisitInfo | null;
  score: AuditScore;
}

/**
 * One row per criterion in the audit's scope, answered or not. The ids (client, audit, stage,
 * touchpoint, criterion) are the stable keys: template keys stay the same across versions and
 * languages, so rows of two waves line up.
 *
 * - `state`: answered, na or unanswered (an answer that does not fit its scale counts as unanswered, as in the score).
 * - `points` of `possible_points`: the answer on its own scale (3 of 4 for a "4" on 1-5); empty unless answered.
 * - `weight`: the criterion's weight times the moment-of-truth multiplier where it applies.
 * - `weighted_points` of `weighted_possible`: what the criterion adds to the scores (README, "How scores are calculated").
 */
/** The columns that say which audit a row belongs to, first in every sheet. */
export interface AuditColumns {
  client_id: string;
  client_name: string;
  audit_id: string;
  audit_title: string;
  audit_date: string;
  site: string;
}

export interface AnswerRow extends AuditColumns {
  template_id: string;
  template_name: string;
  template_version: number;
  stage_id: string;
  stage_name: string;
  touchpoint_id: string;
  touchpoint_name: string;
  kind: string;
  channel: string;
  moment_of_truth: boolean;
  criterion_id: string;
  question: string;
  critical: boolean;
  state: 'answered' | 'na' | 'unanswered';
  answer: string | number | null;
  points: number | null;
  possible_points: number | null;
  weight: number;
  weighted_points: number | null;
  weighted_possible: number | null;
  na: boolean;
  note: string;
  answered_at: string | null;
  audit_type: string;
  /** The answer as a stable code: yes, no, na, the number, the option id, or the per-channel values as JSON. */
  answer_code: string | null;
  state_label: string;
  kind_label: string;
  /** The touchpoint's record, repeated on each of its criteria so a CSV alone carries it. */
  emotion: number | null;
  emotion_label: string | null;
  pain_points: string;
  worked: string;
  recommendation: string;
  /** Mystery-shop visits only (empty for a walkthrough). */
  wave_id: string | null;
  wave_name: string | null;
  shopper: string | null;
  scenario: string | null;
  entered_at: string | null;
  greeted_at: string | null;
  served_at: string | null;
  paid_at: string | null;
  left_at: string | null;
  waiting_seconds: number | null;
  service_seconds: number | null;
  total_seconds: number | null;
}

export const ANSWER_COLUMNS = columnsOf<AnswerRow>({
  client_id: 'text',
  client_name: 'text',
  audit_id: 'text',
  audit_title: 'text',
  audit_date: 'text',
  site: 'text',
  template_id: 'text',
  template_name: 'text',
  template_version: 'number',
  stage_id: 'text',
  stage_name: 'text',
  touchpoint_id: 'text',
  touchpoint_name: 'text',
  kind: 'text',
  channel: 'text',
  moment_of_truth: 'boolean',
  criterion_id: 'text',
  question: 'text',
  critical: 'boolean',
  state: 'text',
  answer: 'text',
  points: 'number',
  possible_points: 'number',
  weight: 'number',
  weighted_points: 'number',
  weighted_possible: 'number',
  na: 'boolean',
  note: 'text',
  answered_at: 'text',
  audit_type: 'text',
  answer_code: 'text',
  state_label: 'text',
  kind_label: 'text',
  emotion: 'number',
  emotion_label: 'text',
  pain_points: 'text',
  worked: 'text',
  recommendation: 'text',
  wave_id: 'text',
  wave_name: 'text',
  shopper: 'text',
  scenario: 'text',
  entered_at: 'text',
  greeted_at: 'text',
  served_at: 'text',
  paid_at: 'text',
  left_at: 'text',
  waiting_seconds: 'number',
  service_seconds: 'number',
  total_seconds: 'number',
});

/** The visit columns of a row: every one empty for a walkthrough. */
export function visitColumns(visit: VisitInfo | null) {
  const t = visit?.timestamps ?? {};
  return {
    wave_id: visit?.waveId ?? null,
    wave_name: visit?.waveName ?? null,
    shopper: visit ? visit.shopper : null,
    scenario: visit ? visit.scenario : null,
    entered_at: t.entered ?? null,
    greeted_at: t.greeted ?? null,
    served_at: t.served ?? null,
    paid_at: t.paid ?? null,
    left_at: t.left ?? null,
    waiting_seconds: visit?.durations.waitingSeconds ?? null,
    service_seconds: visit?.durations.serviceSeconds ?? null,
    total_seconds: visit?.durations.totalSeconds ?? null,
  };
}

/** The answer as a code that never changes with the language: what a formula or a pivot keys on. */
export function answerCode(value: AnswerValue | null | undefined): string | null {
  if (!value) return null;
  switch (value.kind) {
    case 'na':
      return 'na';
    case 'yesno':
      return value.value ? 'yes' : 'no';
    case 'scale':
      return String(value.value);
    case 'option':
      return value.optionId;
    case 'channels':
      return JSON.stringify(value.values);
  }
}

/**
 * The answer as a person reads it: Yes / No, the number on a 1-5 or 0-10 scale, the option's
 * label, "Web: open 9-5; Phone: open 9-6" for a question asked per channel (in the scale's
 * channel order), N/A. Null when there is no answer.
 */
export function describeAnswer(
  value: AnswerValue | null | undefined,
  criterion: Criterion,
  language: Language,
): string | number | null {
  if (!value) return null;
  const words = EXPORT_WORDS[language];
  switch (value.kind) {
    case 'na':
      return words.na;
    case 'yesno':
      return value.value ? words.yes : words.no;
    case 'scale':
      return value.value;
    case 'option': {
      const option =
        criterion.scale.type === 'options' ? criterion.scale.options.find((o) => o.id === value.optionId) : undefined;
      return option ? option.label : value.optionId;
    }
    case 'channels': {
      const order = criterion.scale.type === 'perChannel' ? criterion.scale.channels : [];
      const channels = [
        ...order.filter((c) => c in value.values),
        ...Object.keys(value.values).filter((c) => !order.includes(c)),
      ];
      const parts = channels
        .filter((c) => (value.values[c] ?? '').trim() !== '')
        .map((c) => `${c}: ${value.values[c]!.trim()}`);
      return parts.length ? parts.join('; ') : null;
    }
  }
}

const STATE: Record<CriterionScore['state'], AnswerRow['state']> = {
  scored: 'answered',
  na: 'na',
  unanswered: 'unanswered',
};

/**
 * Rows of one audit, in walk order (stages, touchpoints, criteria as the template lists them), one
 * at a time: a writer turns each into its line before the next is made, so rows die young.
 */
export function* answerRowsOf(item: ExportAudit, language: Language): Generator<AnswerRow> {
  const { client, audit, template, definition, score } = item;
  const words = EXPORT_WORDS[language];
  const records = new Map(item.records.map((r) => [r.touchpointId, r]));
  const visit = visitColumns(item.visit);
  const byKey = new Map<string, Answer>();
  for (const a of item.answers) byKey.set(`${a.touchpointId}\u0000${a.criterionId}`, a);
  const stageNames = new Map(definition.stages.map((s) => [s.id, s.name]));
  const touchpoints = new Map(definition.touchpoints.map((tp) => [tp.id, tp]));
  for (const tpScore of score.touchpoints) {
    const touchpoint = touchpoints.get(tpScore.touchpointId)!;
    const criteria = new Map(touchpoint.criteria.map((c) => [c.id, c]));
    const record = records.get(touchpoint.id);
    for (const c of tpScore.criteria) {
      const criterion = criteria.get(c.criterionId)!;
      const given = byKey.get(`${c.touchpointId}\u0000${c.criterionId}`);
      const value = given?.value ?? null;
      yield {
        client_id: client.id,
        client_name: client.name,
        audit_id: audit.id,
        audit_title: audit.title,
        audit_date: audit.auditDate,
        site: audit.site,
        template_id: template.id,
        template_name: template.name,
        template_version: template.version,
        stage_id: tpScore.stageId,
        stage_name: stageNames.get(tpScore.stageId) ?? tpScore.stageId,
        touchpoint_id: touchpoint.id,
        touchpoint_name: touchpoint.name,
        kind: touchpoint.kind,
        channel: touchpoint.channel,
        moment_of_truth: touchpoint.momentOfTruth,
        criterion_id: criterion.id,
        question: criterion.question,
        critical: criterion.critical,
        state: STATE[c.state],
        answer: describeAnswer(value, criterion, language),
        points: c.rawEarned,
        possible_points: c.rawPossible,
        weight: c.weight,
        weighted_points: c.earned,
        weighted_possible: c.possible,
        na: c.state === 'na',
        note: given?.note ?? '',
        answered_at: value ? (given?.updatedAt ?? null) : null,
        audit_type: audit.auditType,
        answer_code: answerCode(value),
        state_label: words.states[STATE[c.state]],
        kind_label: words.kinds[touchpoint.kind],
        emotion: record?.emotion ?? null,
        emotion_label: record?.emotion ? words.emotions[record.emotion] : null,
        pain_points: record?.painPoints ?? '',
        worked: record?.worked ?? '',
        recommendation: record?.recommendation ?? '',
        ...visit,
      };
    }
  }
}
