import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ConflictSummary, FieldDifference } from '../../../../shared/api/exchange-api';
import type { AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/template';
import { answerText } from '../print/report-format';
import { formatClock } from '../visits/visit-format';
import { TableHead } from '../../components/TableHead';

type Conflict = Pick<ConflictSummary, 'kind' | 'label' | 'subject'>;

/** What the conflict is about, by name: "Branch counter — Greeted within 30 seconds?", never "branch / greeting". */
export function conflictTitle(t: TFunction, c: Conflict): string {
  const { touchpoint, criterion } = c.subject;
  if (c.kind === 'answers' && touchpoint && criterion) return `${touchpoint} — ${criterion.question}`;
  if (c.kind === 'visit_timestamps') return t(`visits.moment.${c.label}`, { defaultValue: c.label });
  if (c.kind === 'audit_metrics') return t('exchange.kinds.audit_metrics');
  return touchpoint ?? c.label;
}

const FIELDS = new Set([
  'value_json',
  'note',
  'emotion',
  'pain_points',
  'worked',
  'recommendation',
  'at',
  'data_json',
  'title',
  'detail',
  'owner',
  'due_date',
  'priority',
  'status',
  'name',
  'address',
  'region',
  'starts_on',
  'ends_on',
  'scenario',
  'shopper',
  'planned_date',
  'started_at',
  'ended_at',
  'review_comment',
  'audit_date',
  'auditor',
]);

/** A record's column in words ("Answer", "Pain points"); one not listed reads as its name with spaces. */
export function fieldName(t: TFunction, field: string): string {
  return FIELDS.has(field) ? t(`exchangeWords.fields.${field}`) : field.replace(/_/g, ' ');
}

/** One side of a difference in words: an answer as the walk says it, an emotion by name, a time as a clock. */
export function valueWords(
  t: TFunction,
  language: string,
  field: string,
  value: unknown,
  criterion: Criterion | null,
): string {
  if (value === null || value === undefined || value === '') return t('exchangeWords.empty');
  if (field === 'value_json' && criterion && typeof value === 'string') {
    try {
      return answerText(t, language, JSON.parse(value) as AnswerValue, criterion);
    } catch {
      return value;
    }
  }
  if (field === 'emotion' && typeof value === 'number') return t(`emotions.${value}`);
  if (field === 'at' && typeof value === 'string') return formatClock(language, value);
  if (field === 'status' || field === 'priority') return t(`actions.${field}.${String(value)}`);
  if (field === 'data_json') return t('exchangeWords.metricsChanged');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields that differ, each with both versions in words: field, mine, theirs. */
export function DifferencesTable({
  differences,
  criterion,
}: {
  differences: FieldDifference[];
  criterion: Criterion | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="exchange-sides">
      <TableHead columns={[t('exchange.field'), t('exchange.mine'), t('exchange.theirs')]} />
      <tbody>
        {differences.map((d) => (
          <tr key={d.field} data-testid="conflict-difference">
            <th scope="row">{fieldName(t, d.field)}</th>
            <td dir="auto">{valueWords(t, i18n.language, d.field, d.local, criterion)}</td>
            <td dir="auto">{valueWords(t, i18n.language, d.field, d.incoming, criterion)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
