import type { TFunction } from 'i18next';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/template';

export interface AnswerChoice {
  /** Stable text key of the value (for selects and test ids). */
  key: string;
  label: string;
  value: AnswerValue;
}

/** The answers a criterion can take, in the order its scale reads (N/A last, when allowed). */
export function answerChoices(t: TFunction, criterion: Criterion): AnswerChoice[] {
  const s = criterion.scale;
  const choices: AnswerChoice[] =
    s.type === 'yesno'
      ? [
          { key: 'yes', label: t('calibration.yes'), value: { kind: 'yesno', value: true } },
          { key: 'no', label: t('calibration.no'), value: { kind: 'yesno', value: false } },
        ]
      : s.type === 'options'
        ? s.options.map((o) => ({ key: `option:${o.id}`, label: o.label, value: { kind: 'option', optionId: o.id } }))
        : s.type === 'scale5' || s.type === 'scale10'
          ? Array.from({ length: s.type === 'scale5' ? 5 : 11 }, (_, i) => {
              const v = s.type === 'scale5' ? i + 1 : i;
              return { key: `scale:${v}`, label: String(v), value: { kind: 'scale', value: v } as AnswerValue };
            })
          : [];
  if (criterion.allowNa) choices.push({ key: 'na', label: t('calibration.na'), value: { kind: 'na' } });
  return choices;
}

export function choiceKey(value: AnswerValue | null | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'yesno':
      return value.value ? 'yes' : 'no';
    case 'option':
      return `option:${value.optionId}`;
    case 'scale':
      return `scale:${value.value}`;
    case 'na':
      return 'na';
    case 'channels':
      return '';
  }
}

export function answerLabel(t: TFunction, criterion: Criterion, value: AnswerValue | null | undefined): string {
  const key = choiceKey(value);
  return answerChoices(t, criterion).find((c) => c.key === key)?.label ?? t('calibration.noAnswer');
}
