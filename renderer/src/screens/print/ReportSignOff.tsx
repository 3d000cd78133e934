import type { ReportData } from '../../../../shared/api/reports-api';
import { useReportFormat } from './report-common';
import './report-trail.css';

/** On the cover: the client representative's drawn signature, name, role and time, with the chain entry it is. */
export function ReportSignOff({ signOff }: { signOff: ReportData['signOff'] }) {
  const { t, lang } = useReportFormat();
  if (!signOff) return null;
  const at = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(signOff.signedAt),
  );
  return (
    <figure className="cover-signoff" data-testid="cover-signoff">
      <figcaption className="cover-signoff-label">{t('evidence.signoff.cover')}</figcaption>
      <img className="cover-signature" src={signOff.signaturePng} alt={signOff.name} />
      <p>
        <bdi>{signOff.name}</bdi> — <bdi>{signOff.role}</bdi>
      </p>
      <p className="cover-signoff-meta">
        {`\u2068${at}\u2069`} · <span dir="ltr">{signOff.entryHash ? `${signOff.entryHash.slice(0, 16)}…` : '—'}</span>
      </p>
    </figure>
  );
}
