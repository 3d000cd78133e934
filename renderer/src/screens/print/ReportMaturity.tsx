import type { ReportData } from '../../../../shared/api/reports-api';
import type { MaturityReason } from '../../../../shared/reports/maturity';
import { numberFormat } from '../../lib/formatters';
import { formatParams } from './report-format';
import { ReportSectionFrame, useReportFormat } from './report-common';

const STAGES = [1, 2, 3, 4] as const;
/** Reason parameters that are percentages (the kinds' spread and its limit are points). */
const PERCENTS = new Set(['percent', 'limit']);
const KIND_PERCENTS = new Set(['weakest', 'strongest']);

/** The four-stage CX maturity curve, the client placed on it, the evidence, and what the next stage needs. */
export function ReportMaturity({ data }: { data: ReportData }) {
  const { t, lang } = useReportFormat();
  const n = (x: number) => numberFormat(lang).format(x);
  const { maturity } = data;
  const sentence = (r: MaturityReason) =>
    t(
      `report.maturity.reasons.${r.key}`,
      formatParams(
        lang,
        r.params,
        (name, value) => (name.endsWith('Kind') ? t(`kinds.${value}`) : `\u2068${value}\u2069`),
        r.key === 'kindBalance' ? KIND_PERCENTS : PERCENTS,
      ),
    );
  const evidence = maturity.reasons.filter((r) => r.stage <= maturity.stage);
  const next = maturity.stage < 4 ? maturity.reasons.filter((r) => r.stage === maturity.stage + 1) : [];
  const beyond = maturity.reasons.filter((r) => r.stage > maturity.stage + 1);
  const Reason = ({ r }: { r: MaturityReason }) => (
    <li className={`maturity-reason pb-avoid ${r.met ? 'is-met' : 'is-unmet'}`} data-reason={r.key} data-met={r.met}>
      <span className="maturity-mark" aria-hidden="true">
        {r.met ? '✓' : '✗'}
      </span>
      <span>
        {sentence(r)}{' '}
        <span className="report-muted">({r.met ? t('report.maturity.met') : t('report.maturity.unmet')})</span>
      </span>
    </li>
  );
  return (
    <ReportSectionFrame id="maturity" title={t('report.sections.maturity')} intro={t('report.maturity.intro')}>
      <ol
        className="maturity-steps pb-avoid"
        aria-label={t('report.maturity.curve')}
        data-testid="maturity-steps"
        data-stage={maturity.stage}
      >
        {STAGES.map((s) => (
          <li
            key={s}
            className={`maturity-step step-${s}${s === maturity.stage ? ' is-current' : ''}${s < maturity.stage ? ' is-passed' : ''}`}
          >
            <span className="maturity-step-number">{t('report.maturity.stageOf', { stage: n(s) })}</span>
            <strong>{t(`report.maturity.stages.${s}.name`)}</strong>
            {s === maturity.stage ? <span className="maturity-here">▼ {t('report.maturity.here')}</span> : null}
          </li>
        ))}
      </ol>
      <div className="maturity-placement pb-avoid">
        <h2 className="report-h2">
          {t('report.maturity.placed', {
            stage: n(maturity.stage),
            name: t(`report.maturity.stages.${maturity.stage}.name`),
          })}
        </h2>
        <p>{t(`report.maturity.stages.${maturity.stage}.body`)}</p>
        {maturity.limited ? <p className="report-note">{t('report.maturity.limited')}</p> : null}
      </div>
      {evidence.length ? (
        <>
          <h2 className="report-h2 pb-keep">{t('report.maturity.evidence')}</h2>
          <ul className="maturity-reasons">
            {evidence.map((r, i) => (
              <Reason key={`${r.stage}-${r.key}-${i}`} r={r} />
            ))}
          </ul>
        </>
      ) : null}
      {maturity.stage < 4 ? (
        <>
          <h2 className="report-h2 pb-keep">
            {t('report.maturity.holdsBack', {
              stage: n(maturity.stage + 1),
              name: t(`report.maturity.stages.${maturity.stage + 1}.name`),
            })}
          </h2>
          <ul className="maturity-reasons">
            {next.map((r, i) => (
              <Reason key={`${r.stage}-${r.key}-${i}`} r={r} />
            ))}
          </ul>
          <p className="report-next pb-avoid">
            <strong>{t('report.maturity.nextStep')}</strong> {t(`report.maturity.stages.${maturity.stage}.next`)}
          </p>
        </>
      ) : (
        <p className="report-next pb-avoid">
          <strong>{t('report.maturity.nextStep')}</strong> {t('report.maturity.stages.4.next')}
        </p>
      )}
      {beyond.length ? (
        <>
          <h2 className="report-h2 pb-keep">{t('report.maturity.later')}</h2>
          <ul className="maturity-reasons">
            {beyond.map((r, i) => (
              <Reason key={`${r.stage}-${r.key}-${i}`} r={r} />
            ))}
          </ul>
        </>
      ) : null}
      <p className="report-muted report-small pb-avoid">{t('report.maturity.rule')}</p>
    </ReportSectionFrame>
  );
}
