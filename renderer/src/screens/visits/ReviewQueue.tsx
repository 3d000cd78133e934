import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MetaList } from '../../components/MetaList';
import type { WaveVisitRow } from '../../../../shared/api/visits-api';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { formatPercent } from '../../lib/format-score';
import { formatDay } from '../../lib/formatters';
import { useRoute } from '../../stores/route-store';
import { useWaves } from '../../stores/waves-store';

/** Completed visits the lead has not reviewed yet: mark reviewed (locks it) or return with a comment (reopens it). */
export function ReviewQueue({ visits }: { visits: WaveVisitRow[] }) {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const [returning, setReturning] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const decide = (auditId: string, decision: 'reviewed' | 'returned') => {
    setError(null);
    void useWaves
      .getState()
      .review(auditId, decision, comment)
      .then(() => {
        setReturning(null);
        setComment('');
      })
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  };
  return (
    <section aria-labelledby="review-title" className="panel" data-testid="review-queue">
      <h2 id="review-title">{t('visits.reviewQueue', { count: visits.length })}</h2>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {visits.length === 0 ? (
        <p className="muted">{t('visits.reviewQueueEmpty')}</p>
      ) : (
        <ul className="review-list">
          {visits.map((v) => (
            <li key={v.auditId} className="review-item" data-testid="review-item">
              <div className="review-item-head">
                <button type="button" className="button-plain" onClick={() => go({ name: 'audit', id: v.auditId })}>
                  <strong dir="auto">{v.title}</strong>
                </button>
                <MetaList
                  className="muted small review-meta"
                  items={[
                    v.siteName,
                    v.shopper,
                    v.completedAt ? formatDay(i18n.language, v.completedAt.slice(0, 10)) : null,
                  ]}
                />
                <span className="num">{formatPercent(t, i18n.language, v.score)}</span>
                {v.review.status === 'returned' ? (
                  <span className="review-pill review-returned">{t('visits.resubmitted')}</span>
                ) : null}
                <span className="review-actions">
                  <button
                    type="button"
                    className="button button-primary button-small"
                    onClick={() => decide(v.auditId, 'reviewed')}
                    data-testid="mark-reviewed"
                  >
                    {t('visits.markReviewed')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={returning === v.auditId}
                    onClick={() => (setReturning(returning === v.auditId ? null : v.auditId), setComment(''))}
                    data-testid="return-visit"
                  >
                    {t('visits.returnVisit')}
                  </button>
                </span>
              </div>
              {returning === v.auditId ? (
                <div className="review-return">
                  <label className="field">
                    <span>{t('visits.returnComment')}</span>
                    <textarea
                      dir="auto"
                      rows={2}
                      value={comment}
                      autoFocus
                      onChange={(e) => setComment(e.target.value)}
                      data-testid="return-comment"
                    />
                  </label>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={!comment.trim()}
                    onClick={() => decide(v.auditId, 'returned')}
                    data-testid="confirm-return"
                  >
                    {t('visits.confirmReturn')}
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
