import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isRtl } from '../../../../shared/domain/settings';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { useCalibration } from '../../stores/calibration-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { AgreementPanel } from './AgreementPanel';
import { RaterAnswerGrid } from './RaterAnswerGrid';
import './calibration.css';

/** One session: a rater answers here; the lead reads the agreement and sets the consensus. */
export function CalibrationSessionScreen({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const rtl = isRtl(useSettings((s) => s.language));
  const go = useRoute((s) => s.go);
  const view = useApiQuery('calibration.get', { id: sessionId }, ['calibration.changed']);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const exportSession = () =>
    useCalibration
      .getState()
      .exportPackage(sessionId)
      .then((r) => setStatus({ ok: true, text: t('calibration.exportedSession', { fileName: r.fileName }) }))
      .catch((e: unknown) => setStatus({ ok: false, text: describeError(t, apiErrorOf(e)) }));
  const v = view.data;
  return (
    <main className="insights calibration-screen" data-testid="calibration-session">
      <div className="insights-body">
        <header className="wave-head">
          <button type="button" className="button button-link-dark" onClick={() => go({ name: 'calibration' })}>
            {rtl ? '→' : '←'} {t('calibration.back')}
          </button>
          <h1 dir="auto">{v?.session.title ?? ''}</h1>
          {v ? (
            <>
              <p dir="auto">{v.session.scenario}</p>
              <p className="muted" dir="auto">
                {t('calibration.templateLine', { template: v.session.templateName })} · {v.session.raters.join(', ')}
              </p>
              <button type="button" className="button" onClick={() => void exportSession()}>
                {t('calibration.exportSession')}
              </button>
              {status ? (
                <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'muted' : 'form-error'} dir="auto">
                  {status.text}
                </p>
              ) : null}
            </>
          ) : null}
          {view.status === 'error' ? (
            <p className="form-error" role="alert">
              {describeError(t, view.error)}
            </p>
          ) : null}
        </header>
        {v ? <RaterAnswerGrid view={v} /> : null}
        {v ? <AgreementPanel view={v} /> : null}
      </div>
    </main>
  );
}
