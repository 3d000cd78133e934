import { useTranslation } from 'react-i18next';
import type { TemplateDefinition } from '../../../../shared/domain/template';
import type { TrailEntry } from '../../../../shared/trail/trail-types';
import { dateFormat } from '../../lib/formatters';
import { entryPlace, fieldLabel, reasonText, valueText } from './trail-format';

/** One row per entry: who, when, what, old → new, why; the entry Verify named is marked. */
export function TrailTable(props: { entries: TrailEntry[]; definition: TemplateDefinition; badIndex: number | null }) {
  const { t, i18n } = useTranslation();
  const when = dateFormat(i18n.language, { dateStyle: 'short', timeStyle: 'medium' });
  if (props.entries.length === 0) return <p className="empty-state">{t('trail.empty')}</p>;
  return (
    <table className="trail-table" data-testid="trail-table">
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('trail.when')}</th>
          <th scope="col">{t('trail.who')}</th>
          <th scope="col">{t('trail.what')}</th>
          <th scope="col">{t('trail.change')}</th>
          <th scope="col">{t('trail.why')}</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((e) => {
          const bad = props.badIndex === e.index;
          return (
            <tr key={e.index} className={bad ? 'trail-bad' : undefined} data-testid={`trail-entry-${e.index}`}>
              <td>
                {bad ? <span aria-label={t('trail.badEntry')}>✗ </span> : null}
                {e.index}
              </td>
              <td className="nowrap">{when.format(new Date(e.at))}</td>
              <td dir="auto">
                {e.actor || t('trail.unknownActor')}
                {e.device ? <span className="muted small"> · {e.device}</span> : null}
              </td>
              <td>
                <strong>{fieldLabel(t, e.field)}</strong>
                <div className="muted small" dir="auto">
                  {entryPlace(props.definition, e)}
                </div>
              </td>
              <td>
                <bdi>{valueText(t, props.definition, e, e.oldJson)}</bdi>
                <span aria-label={t('trail.to')}> {t('trail.arrow')} </span>
                <bdi>{valueText(t, props.definition, e, e.newJson)}</bdi>
              </td>
              <td dir="auto">{reasonText(t, e.reason)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
