import { useTranslation } from 'react-i18next';
import type { AuditDetail, EvidenceItem } from '../../../../../shared/domain/audit';
import { CAPTURE_VISIT_SLACK_MINUTES, captureState } from '../../../../../shared/evidence/capture-facts';
import { dateFormat, numberFormat } from '../../../lib/formatters';

/** Where the photo came from, as its EXIF says: time, place, device; flagged when outside the visit or missing. */
export function CaptureFactsView({ item, audit }: { item: EvidenceItem; audit: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const state = captureState(item.capture, audit.visit);
  if (state.kind === 'unread') return <p className="muted small">{t('evidence.capture.unread')}</p>;
  if (state.kind === 'none')
    return (
      <p className="capture-flag" data-testid="capture-none">
        {t('evidence.capture.none')}
      </p>
    );
  const { facts } = state;
  const coordinate = numberFormat(i18n.language, { minimumFractionDigits: 5, maximumFractionDigits: 5 });
  const when = facts.at
    ? `\u2068${dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(facts.at))}\u2069`
    : null;
  return (
    <>
      <dl className="capture-facts" data-testid="capture-facts">
        <dt>{t('evidence.capture.taken')}</dt>
        <dd>
          {when ?? t('evidence.capture.noTime')}
          {when && !facts.offsetKnown ? (
            <span className="muted small"> {t('evidence.capture.zoneAssumed')}</span>
          ) : null}
        </dd>
        <dt>{t('evidence.capture.position')}</dt>
        <dd dir="ltr">
          {facts.lat !== null && facts.lon !== null
            ? `${coordinate.format(facts.lat)}, ${coordinate.format(facts.lon)}`
            : t('evidence.capture.noPosition')}
        </dd>
        <dt>{t('evidence.capture.device')}</dt>
        <dd>
          <bdi>{facts.device ?? '—'}</bdi>
        </dd>
      </dl>
      {state.outsideVisit ? (
        <p className="capture-flag" role="note" data-testid="capture-outside">
          {t('evidence.capture.outsideVisit', { minutes: CAPTURE_VISIT_SLACK_MINUTES })}
        </p>
      ) : null}
      {!facts.at ? (
        <p className="capture-flag" data-testid="capture-no-time">
          {t('evidence.capture.noTimeFlag')}
        </p>
      ) : null}
    </>
  );
}

/** Short marks under a thumbnail: redacted, outside the visit, no capture time. */
export function thumbBadges(
  item: EvidenceItem,
  audit: AuditDetail,
): ('redacted' | 'outside' | 'noTime' | 'noPreview')[] {
  const state = captureState(item.capture, audit.visit);
  const out: ('redacted' | 'outside' | 'noTime' | 'noPreview')[] = [];
  if (item.redacted) out.push('redacted');
  if (item.preview === 'failed') out.push('noPreview');
  if (state.kind === 'read' && state.outsideVisit) out.push('outside');
  if (state.kind === 'none' || (state.kind === 'read' && !state.facts.at)) out.push('noTime');
  return out;
}
