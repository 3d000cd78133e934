import type { WaveView } from '../../../../shared/api/visits-api';
import { numberFormat } from '../../lib/formatters';
import { useReportFormat } from './report-common';
import { TableHead, numeric } from '../../components/TableHead';

/** Calibration agreement for a report that covers a wave: sessions on its templates, alpha, shoppers' accuracy. */
export function ReportCalibration({ wave }: { wave: WaveView }) {
  const { t, lang, pct } = useReportFormat();
  const { sessions, shoppers } = wave.calibration;
  const three = (v: number) => numberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(v);
  const alpha = (r: WaveView['calibration']['sessions'][number]['nominal']) =>
    r ? t('calibration.alphaValue', { alpha: three(r.alpha), n: r.n, units: r.units }) : t('calibration.alphaNone');
  return (
    <div data-testid="report-calibration">
      <h2 className="report-h2 pb-keep">{t('calibration.reportTitle')}</h2>
      {sessions.length === 0 ? (
        <p className="report-small">{t('calibration.reportNone')}</p>
      ) : (
        <>
          <p className="report-small pb-avoid">{t('calibration.agreementIntro')}</p>
          <table className="report-table">
            <TableHead
              columns={[
                t('calibration.sessions'),
                numeric(t('calibration.ratersCount')),
                t('calibration.alphaNominal'),
                t('calibration.alphaInterval'),
              ]}
            />
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id} className="pb-avoid">
                  <th scope="row">
                    <bdi>{s.title}</bdi>
                  </th>
                  <td className="num">{s.raters}</td>
                  <td>{alpha(s.nominal)}</td>
                  <td>{alpha(s.interval)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {shoppers.length ? (
        <p className="report-small pb-avoid">
          {t('calibration.reportShoppers')}{' '}
          {shoppers.map((r, i) => (
            <span key={r.rater}>
              {i ? ', ' : ''}
              <bdi>{r.rater}</bdi> <bdi>{r.accuracy === null ? '—' : pct(r.accuracy * 100)}</bdi> ({r.compared})
              {r.low ? ` ⚠ ${t('calibration.lowAccuracy')}` : ''}
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}
