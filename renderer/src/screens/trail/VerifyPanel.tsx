import { useTranslation } from 'react-i18next';
import type { TrailVerification } from '../../../../shared/trail/trail-types';
import { dateFormat } from '../../lib/formatters';
import { fieldLabel, shortHash } from './trail-format';

/** The chain head and the outcome of the last Verify, in words: what was checked, or the first entry that does not match. */
export function VerifyPanel(props: {
  head: string | null;
  entries: number;
  verification: TrailVerification | null;
  verifying: boolean;
  onVerify(): void;
}) {
  const { t, i18n } = useTranslation();
  const v = props.verification;
  return (
    <section className="trail-verify" aria-labelledby="trail-head-title">
      <div>
        <h2 id="trail-head-title" className="small muted">
          {t('trail.head')}
        </h2>
        <code className="trail-hash" dir="ltr" title={props.head ?? ''} data-testid="trail-head">
          {shortHash(props.head)}
        </code>
        <span className="muted small"> · {t('trail.entries', { count: props.entries })}</span>
      </div>
      <button
        type="button"
        className="button button-primary"
        onClick={props.onVerify}
        disabled={props.verifying}
        data-testid="trail-verify"
      >
        {props.verifying ? t('trail.verifying') : t('trail.verify')}
      </button>
      {v ? (
        <p
          role="status"
          className={v.ok ? 'trail-result trail-ok' : 'trail-result trail-broken'}
          data-testid="trail-result"
        >
          {v.ok ? (
            <>
              <span aria-hidden="true">✓ </span>
              {t(v.redactedEntries ? 'trail.verifiedOkRedacted' : 'trail.verifiedOk', {
                entries: v.entries,
                checked: v.entries - v.redactedEntries,
                redacted: v.redactedEntries,
                photos: v.photosChecked,
                at: dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
                  new Date(v.verifiedAt),
                ),
              })}
            </>
          ) : v.firstProblem ? (
            <>
              <span aria-hidden="true">✗ </span>
              {v.firstProblem.entryIndex === null
                ? t('trail.notInTrail', { field: fieldLabel(t, v.firstProblem.field) })
                : t('trail.firstBad', {
                    index: v.firstProblem.entryIndex,
                    field: fieldLabel(t, v.firstProblem.field),
                    problem: t(`trail.problem.${v.firstProblem.kind}`),
                  })}{' '}
              {v.problems.length > 1 ? t('trail.moreProblems', { count: v.problems.length - 1 }) : null}
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
