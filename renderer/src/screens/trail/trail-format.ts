import type { TFunction } from 'i18next';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion, TemplateDefinition } from '../../../../shared/domain/template';
import type { TrailEntry } from '../../../../shared/trail/trail-types';

const KNOWN_FIELDS = new Set([
  'answer',
  'note',
  'emotion',
  'painPoints',
  'worked',
  'recommendation',
  'evidence',
  'evidence.removed',
  'evidence.markup',
  'signoff',
  'signoff.removed',
  'caption',
  'completed',
  'reopened',
  'reviewed',
  'returned',
  'title',
  'site',
  'persona',
  'auditor',
  'auditDate',
  'signed',
]);

/** What an entry changed, in words: "Answer", "Moment: entered", "Visit: shopper". */
export function fieldLabel(t: TFunction, field: string): string {
  if (KNOWN_FIELDS.has(field)) return t(`trail.field.${field.replace('.', '_')}`);
  if (field.startsWith('stamp.')) return t('trail.field.stamp', { moment: field.slice(6) });
  if (field.startsWith('visit.')) return t('trail.field.visit', { field: field.slice(6) });
  return field;
}

/** The touchpoint and question an entry is about, by the audit's pinned template. */
export function entryPlace(definition: TemplateDefinition, entry: TrailEntry): string {
  const tp = definition.touchpoints.find((x) => x.id === entry.touchpointId);
  const criterion = tp?.criteria.find((c) => c.id === entry.criterionId);
  return [tp?.name, criterion?.question].filter(Boolean).join(' — ');
}

function answerText(t: TFunction, value: AnswerValue, criterion: Criterion | undefined): string {
  switch (value.kind) {
    case 'na':
      return t('trail.value.na');
    case 'yesno':
      return value.value ? t('trail.value.yes') : t('trail.value.no');
    case 'scale':
      return String(value.value);
    case 'option': {
      const scale = criterion?.scale;
      return (scale?.type === 'options' && scale.options.find((o) => o.id === value.optionId)?.label) || value.optionId;
    }
    case 'channels':
      return Object.entries(value.values)
        .map(([c, v]) => `${c}: ${v}`)
        .join('; ');
  }
}

/** An old or new value as the user would read it; "—" for nothing. */
export function valueText(
  t: TFunction,
  definition: TemplateDefinition,
  entry: TrailEntry,
  json: string | null,
): string {
  const value = json === null ? null : (JSON.parse(json) as unknown);
  if (value === null || value === '') return '—';
  if (entry.field === 'answer') {
    const criterion = definition.touchpoints
      .find((x) => x.id === entry.touchpointId)
      ?.criteria.find((c) => c.id === entry.criterionId);
    return answerText(t, value as AnswerValue, criterion);
  }
  if (entry.field === 'evidence' || entry.field === 'evidence.removed')
    return t('trail.value.photo', { hash: (entry.photoSha256 ?? '').slice(0, 12) });
  if (entry.field === 'evidence.markup') {
    const shapes = Array.isArray(value) ? (value as { kind: string }[]) : [];
    return t('trail.value.markup', {
      shapes: shapes.filter((s) => s.kind !== 'redact').length,
      boxes: shapes.filter((s) => s.kind === 'redact').length,
      hash: (entry.photoSha256 ?? '').slice(0, 12),
    });
  }
  if (entry.field === 'signoff' || entry.field === 'signoff.removed') {
    const who = value as { name?: string; role?: string };
    return t('trail.value.signer', { name: who.name ?? '', role: who.role ?? '' });
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reasons the app writes itself, in words; a reason someone typed is shown as typed. */
export function reasonText(t: TFunction, reason: string | null): string {
  if (!reason) return '';
  const system: Record<string, string> = {
    undo: 'trail.reason.undo',
    'trail-introduced': 'trail.reason.introduced',
    sample: 'trail.reason.sample',
    imported: 'trail.reason.imported',
  };
  return system[reason] ? t(system[reason]) : reason;
}

export const shortHash = (hash: string | null) => (hash ? `${hash.slice(0, 16)}…` : '—');
