import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOW_ACCURACY_BELOW, MIN_COMPARED_FOR_ACCURACY } from '../../../../shared/calibration/rater-accuracy';
import { FilePicker } from '../../components/FilePicker';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { formatPercent } from '../../lib/format-score';
import { useApiQuery } from '../../lib/use-api-query';
import { useCalibration } from '../../stores/calibration-store';
import { useRoute } from '../../stores/route-store';
import { toBase64 } from '../exchange/exchange-format';
import { NewSessionForm } from './NewSessionForm';
import './calibration.css';
import { TableHead, numeric } from '../../components/TableHead';

/** Calibration sessions, a new one, importing packages, and every rater's accuracy over sessions. */
export function CalibrationScreen() {
  const { t, i18n } = useTranslation();
  const go = useRoute((s) => s.go);
  const overview = useApiQuery('calibration.overview', {}, ['calibration.changed']);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const pct = (x: number) => formatPercent(t, i18n.language, x * 100);

  async function importFile(file: File | undefined) {
    if (!file) return;
    setStatus(null);
    try {
      const r = await useCalibration
        .getState()
        .importPackage(file.name, toBase64(new Uint8Array(await file.arrayBuffer())));
      setStatus({
        ok: true,
        text: r.created
          ? t('calibration.importedNew', { title: r.title, saved: r.saved })
          : t('calibration.imported', { title: r.title, saved: r.saved, unchanged: r.unchanged }),
      });
    } catch (e) {
      setStatus({ ok: false, text: describeError(t, apiErrorOf(e)) });
    }
  }

  const sessions = overview.data?.sessions ?? [];
  const raters = overview.data?.raters ?? [];
  return (
    <main className="insights calibration-screen" data-testid="calibration-screen">
      <div className="insights-body">
        <header>
          <h1>{t('calibration.title')}</h1>
          <p className="muted">{t('calibration.intro')}</p>
        </header>
        <section className="panel" aria-labelledby="cal-sessions">
          <h2 id="cal-sessions">{t('calibration.sessions')}</h2>
          {overview.data && sessions.length === 0 ? <p className="muted">{t('calibration.noSessions')}</p> : null}
          <ul className="calibration-list" data-testid="calibration-sessions">
            {sessions.map((s) => (
              <li key={s.id}>
                <button type="button" className="button-plain" onClick={() => go({ name: 'calibration', id: s.id })}>
                  <strong dir="auto">{s.title}</strong>
                </button>{' '}
                <span className="muted small">
                  {t('calibration.sessionLine', {
                    template: s.templateName,
                    answered: s.answered.length,
                    raters: s.raters.length,
                    consensus: s.consensus,
                    comparable: s.comparable,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <div className="calibration-columns">
          <NewSessionForm onCreated={(id) => go({ name: 'calibration', id })} />
          <section className="panel" aria-labelledby="cal-import">
            <h2 id="cal-import">{t('calibration.importHeading')}</h2>
            <p className="muted">{t('calibration.importHint')}</p>
            <FilePicker
              label={t('calibration.chooseFile')}
              accept=".zip,application/zip"
              testId="calibration-file"
              onFile={(f) => void importFile(f)}
            />
            {status ? (
              <p
                role={status.ok ? 'status' : 'alert'}
                className={status.ok ? 'muted' : 'form-error'}
                dir="auto"
                data-testid="calibration-import-result"
              >
                {status.text}
              </p>
            ) : null}
          </section>
        </div>
        <section className="panel" aria-labelledby="cal-accuracy" data-testid="rater-accuracy">
          <h2 id="cal-accuracy">{t('calibration.accuracyHeading')}</h2>
          <p className="muted">
            {t('calibration.accuracyIntro', { threshold: pct(LOW_ACCURACY_BELOW), min: MIN_COMPARED_FOR_ACCURACY })}
          </p>
          {overview.data && raters.length === 0 ? (
            <p className="muted">{t('calibration.noAccuracy')}</p>
          ) : (
            <table className="wave-table">
              <TableHead
                columns={[
                  t('calibration.rater'),
                  numeric(t('calibration.sessionsCount')),
                  numeric(t('calibration.compared')),
                  numeric(t('calibration.accuracy')),
                ]}
              />
              <tbody>
                {raters.map((r) => (
                  <tr key={r.rater} data-rater={r.rater} data-low={r.low ? 'true' : 'false'}>
                    <th scope="row" dir="auto">
                      {r.rater}
                    </th>
                    <td className="num">{r.sessions}</td>
                    <td className="num">{r.compared}</td>
                    <td className="num">
                      {r.accuracy === null ? '—' : pct(r.accuracy)}{' '}
                      {r.low ? <span className="badge badge-low-accuracy">{t('calibration.lowAccuracy')}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </main>
  );
}
