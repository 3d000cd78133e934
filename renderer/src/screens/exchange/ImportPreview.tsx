import { useTranslation } from 'react-i18next';
import type { PackagePreview } from '../../../../shared/api/exchange-api';
import { RECORD_KINDS } from '../../../../shared/exchange/package-format';
import { reasonSentence } from '../../lib/reason-text';
import { conflictTitle, DifferencesTable } from './ConflictWords';

const ACTIONS = ['add', 'update', 'unchanged', 'conflict', 'refused'] as const;

export function CountsTable({ preview }: { preview: PackagePreview }) {
  const { t } = useTranslation();
  return (
    <table className="exchange-counts">
      <thead>
        <tr>
          <th scope="col">{t('exchange.kind')}</th>
          {ACTIONS.map((a) => (
            <th key={a} scope="col">
              {t(`exchange.actions.${a}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {RECORD_KINDS.filter((k) => preview.counts[k]).map((k) => (
          <tr key={k}>
            <th scope="row">{t(`exchange.kinds.${k}`)}</th>
            {ACTIONS.map((a) => (
              <td key={a} className={a === 'conflict' && preview.counts[k]![a] ? 'exchange-conflict-cell' : undefined}>
                {preview.counts[k]![a]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What importing will do, exactly: per kind, the conflicts it keeps both ways, and the records it leaves out and why. */
export function ImportPreview({ preview }: { preview: PackagePreview }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        {t('exchange.previewSummary', {
          add: preview.totals.add,
          update: preview.totals.update,
          conflict: preview.totals.conflict,
          photos: preview.photos.new,
        })}
      </p>
      <CountsTable preview={preview} />
      {preview.conflicts.length ? (
        <>
          <h4>{t('exchange.conflictsInPackage')}</h4>
          <ul className="exchange-conflict-preview">
            {preview.conflicts.map((c) => (
              <li key={`${c.kind}/${c.recordId}`} data-testid="preview-conflict">
                <strong dir="auto">{c.auditTitle ?? ''}</strong> · {t(`exchange.kinds.${c.kind}`)}:{' '}
                <span dir="auto">{conflictTitle(t, c)}</span>
                <DifferencesTable differences={c.differences} criterion={c.subject.criterion} />
              </li>
            ))}
          </ul>
          <p className="exchange-muted">{t('exchange.conflictsKept')}</p>
        </>
      ) : null}
      <RefusedList preview={preview} />
    </>
  );
}

/** Records the rule book keeps out (their audit is locked here), each with its reason. */
function RefusedList({ preview }: { preview: PackagePreview }) {
  const { t } = useTranslation();
  if (!preview.refused.length) return null;
  return (
    <>
      <h4>{t('importRules.refusedHeading', { n: preview.refused.length })}</h4>
      <ul className="exchange-refused" data-testid="import-refused">
        {preview.refused.map((r) => (
          <li key={`${r.kind}/${r.recordId}`}>
            <strong dir="auto">{r.auditTitle ?? ''}</strong> · {t(`exchange.kinds.${r.kind}`)}{' '}
            <span dir="auto">{r.label}</span>
            <div className="exchange-muted">{reasonSentence(t, r.reason)}</div>
          </li>
        ))}
      </ul>
      <p className="exchange-muted">{t('importRules.refusedHint')}</p>
    </>
  );
}
