import type { AnswerValue } from '../domain/audit';
import type { Criterion, TemplateDefinition } from '../domain/template';
import { answerPoints } from '../scoring/answer-points';
import { krippendorffAlpha, type AlphaLevel, type AlphaResult } from '../stats/krippendorff-alpha';

/** A rater's answer in a calibration session (the same answer values as an audit). */
export interface RaterAnswer {
  rater: string;
  touchpointId: string;
  criterionId: string;
  value: AnswerValue | null;
}

export interface ConsensusAnswer {
  touchpointId: string;
  criterionId: string;
  value: AnswerValue;
  note: string;
}

export interface CriterionAgreement {
  touchpointId: string;
  criterionId: string;
  question: string;
  touchpointName: string;
  level: AlphaLevel;
  /** Raters who gave a usable answer. */
  ratings: number;
  /** Share of rater pairs that gave the same answer (null below two ratings). */
  agreement: number | null;
  /** 0..1: share of disagreeing pairs (yes/no, options), or the mean distance between pairs on the points share (scales). */
  disagreement: number | null;
  /** Each rater's answer as a code ("yes", an option id, or the points share of a scale), by rater. */
  codes: Record<string, string | number | null>;
  consensus: { code: string | number; note: string } | null;
}

export interface RaterAccuracy {
  rater: string;
  compared: number;
  matches: number;
  accuracy: number | null;
}

export interface CalibrationSummary {
  /** Most disagreement first. */
  criteria: CriterionAgreement[];
  /**
   * Krippendorff's alpha over the session, the criteria as units and the raters as coders:
   * nominal over yes/no and option criteria; ordinal and interval over scale criteria (on the
   * points share of each answer, so 1–5 and 0–10 scales share one metric).
   */
  overall: { nominal: AlphaResult | null; ordinal: AlphaResult | null; interval: AlphaResult | null };
  raters: RaterAccuracy[];
}

/** How a criterion's answers are compared: categories, or positions on a scale. */
export function levelOf(criterion: Criterion): AlphaLevel | null {
  switch (criterion.scale.type) {
    case 'yesno':
    case 'options':
      return 'nominal';
    case 'scale5':
    case 'scale10':
      return 'interval';
    case 'perChannel':
      return null;
  }
}

/** An answer as the code that agreement is computed on; N/A and unanswered are missing. */
export function codeOf(value: AnswerValue | null | undefined, criterion: Criterion): string | number | null {
  if (!value || value.kind === 'na') return null;
  if (value.kind === 'yesno') return value.value ? 'yes' : 'no';
  if (value.kind === 'option') return value.optionId;
  if (value.kind === 'scale') {
    const p = answerPoints(value, criterion);
    return p.kind === 'scored' && p.possible > 0 ? p.earned / p.possible : null;
  }
  return null;
}

export function summariseCalibration(input: {
  definition: TemplateDefinition;
  raters: readonly string[];
  answers: readonly RaterAnswer[];
  consensus: readonly ConsensusAnswer[];
}): CalibrationSummary {
  const byKey = new Map<string, Map<string, AnswerValue | null>>();
  for (const a of input.answers) {
    const key = `${a.touchpointId}/${a.criterionId}`;
    let m = byKey.get(key);
    if (!m) byKey.set(key, (m = new Map()));
    m.set(a.rater, a.value);
  }
  const consensusOf = new Map(input.consensus.map((c) => [`${c.touchpointId}/${c.criterionId}`, c]));
  const criteria: CriterionAgreement[] = [];
  const units: Record<'nominal' | 'interval', (string | number)[][]> = { nominal: [], interval: [] };
  const tally = new Map(input.raters.map((r) => [r, { compared: 0, matches: 0 }]));

  for (const tp of input.definition.touchpoints)
    for (const criterion of tp.criteria) {
      const level = levelOf(criterion);
      if (!level) continue;
      const key = `${tp.id}/${criterion.id}`;
      const given = byKey.get(key);
      const codes: Record<string, string | number | null> = {};
      for (const r of input.raters) codes[r] = codeOf(given?.get(r), criterion);
      const present = Object.values(codes).filter((c): c is string | number => c !== null);
      units[level === 'nominal' ? 'nominal' : 'interval'].push(present);
      let pairs = 0;
      let same = 0;
      let distance = 0;
      for (let i = 0; i < present.length; i++)
        for (let j = i + 1; j < present.length; j++) {
          pairs++;
          if (present[i] === present[j]) same++;
          distance +=
            level === 'nominal'
              ? present[i] === present[j]
                ? 0
                : 1
              : Math.abs((present[i] as number) - (present[j] as number));
        }
      const agreed = consensusOf.get(key);
      const consensusCode = agreed ? codeOf(agreed.value, criterion) : null;
      if (consensusCode !== null)
        for (const r of input.raters) {
          const code = codes[r];
          if (code === null || code === undefined) continue;
          const t = tally.get(r)!;
          t.compared++;
          if (code === consensusCode) t.matches++;
        }
      criteria.push({
        touchpointId: tp.id,
        criterionId: criterion.id,
        question: criterion.question,
        touchpointName: tp.name,
        level,
        ratings: present.length,
        agreement: pairs ? same / pairs : null,
        disagreement: pairs ? distance / pairs : null,
        codes,
        consensus: agreed && consensusCode !== null ? { code: consensusCode, note: agreed.note } : null,
      });
    }

  criteria.sort((a, b) => (b.disagreement ?? -1) - (a.disagreement ?? -1));
  return {
    criteria,
    overall: {
      nominal: krippendorffAlpha(units.nominal, 'nominal'),
      ordinal: krippendorffAlpha(units.interval, 'ordinal'),
      interval: krippendorffAlpha(units.interval, 'interval'),
    },
    raters: input.raters.map((rater) => {
      const t = tally.get(rater)!;
      return { rater, ...t, accuracy: t.compared ? t.matches / t.compared : null };
    }),
  };
}
