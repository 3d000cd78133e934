import type { ReportData } from '../../../../shared/api/reports-api';
import type { ReportSection } from '../../../../shared/reports/report-sections';
import { numberFormat } from '../../lib/formatters';
import { localDay } from './report-format';
import { ReportSignOff } from './ReportSignOff';
import { UserText, useReportFormat } from './report-common';
import type { TocEntry } from './toc-pages';
import type { TFunction } from 'i18next';

/** The first page: the consultant's logo and name, the client, the site, the audit date(s), the auditor. */
export function ReportCover({ data }: { data: ReportData }) {
  const { t, lang, day } = useReportFormat();
  const { audit, client, branding, baseline } = data;
  const facts: [string, string, boolean][] = [
    [t('report.cover.site'), audit.site || '—', true],
    [t('report.cover.auditDate'), day(audit.auditDate), false],
    ...(baseline
      ? ([
          [
            t('report.cover.baseline'),
            t('report.cover.baselineOf', {
              title: `\u2068${baseline.audit.title}\u2069`,
              date: day(baseline.audit.auditDate),
            }),
            false,
          ],
        ] as [string, string, boolean][])
      : []),
    [t('report.cover.auditor'), audit.auditor || '—', true],
    ...(audit.persona ? ([[t('report.cover.persona'), audit.persona, true]] as [string, string, boolean][]) : []),
    [t('report.cover.auditType'), t(`audits.type.${audit.auditType}`), false],
    [
      t('report.cover.template'),
      t('report.cover.templateVersion', {
        name: `\u2068${audit.templateName}\u2069`,
        version: numberFormat(lang).format(audit.templateVersion),
      }),
      false,
    ],
    [t('report.cover.status'), t(`audits.status.${audit.status}`), false],
    ...(audit.auditType === 'mystery-shop'
      ? ([[t('privacy.report.staffInformed'), staffInformedText(t, data.privacy, day), false]] as [
          string,
          string,
          boolean,
        ][])
      : []),
  ];
  return (
    <section className="report-section report-cover" data-section="cover" id="report-cover" data-testid="report-cover">
      <header className="cover-brand">
        {branding.logoDataUrl ? (
          <img
            className="cover-logo"
            src={branding.logoDataUrl}
            alt={branding.consultantName || t('report.cover.logo')}
          />
        ) : null}
        {branding.consultantName ? <UserText className="cover-consultant" text={branding.consultantName} /> : null}
      </header>
      <div className="cover-main">
        <p className="cover-kicker">{t('report.title')}</p>
        {/* The cover follows the report's direction (right-aligned in Arabic); names are isolated, not re-aligned. */}
        <h1 className="cover-client" data-testid="cover-client">
          <bdi>{client.name}</bdi>
        </h1>
        <p className="cover-audit report-user">
          <bdi>{audit.title}</bdi>
        </p>
        <dl className="cover-facts">
          {facts.map(([label, value, user]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{user ? <bdi>{value}</bdi> : value}</dd>
            </div>
          ))}
        </dl>
        <ReportSignOff signOff={data.signOff} />
      </div>
      <footer className="cover-foot">
        {branding.consultantName ? (
          <p>{t('report.cover.preparedBy', { name: `\u2068${branding.consultantName}\u2069` })}</p>
        ) : null}
        <p>{t('report.cover.preparedOn', { date: day(localDay(data.generatedAt)) })}</p>
      </footer>
    </section>
  );
}

/** The sections after the contents, with the page each starts on (computed once the report is laid out). */
export function ReportContents({ sections, toc }: { sections: readonly ReportSection[]; toc: TocEntry[] | null }) {
  const { t, lang } = useReportFormat();
  const listed = sections.filter((s) => s !== 'cover' && s !== 'contents');
  const pageOf = (s: ReportSection) => toc?.find((e) => e.section === s)?.page ?? null;
  return (
    <section
      className="report-section report-section-contents"
      data-section="contents"
      id="report-contents"
      data-testid="report-contents"
    >
      <h1 className="report-h1 pb-keep">{t('report.sections.contents')}</h1>
      <ol className="report-toc">
        {listed.map((s, i) => {
          const page = pageOf(s);
          return (
            <li key={s} className="pb-avoid" data-toc-section={s} data-toc-page={page ?? ''}>
              <span className="toc-number">{numberFormat(lang).format(i + 1)}</span>
              <span className="toc-title">{t(`report.sections.${s}`)}</span>
              <span className="toc-leader" aria-hidden="true" />
              {/* Western digits in every language: the page footer printed by Chromium numbers the pages so. */}
              <span className="toc-page">{page === null ? '\u00a0' : String(page)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The cover's line on whether staff knew of the programme (a condition courts and works councils ask about). */
function staffInformedText(t: TFunction, p: ReportData['privacy'], day: (iso: string) => string): string {
  if (p.staffInformed === null) return t('privacy.report.notRecorded');
  const base = p.staffInformed === 'yes' ? t('privacy.informed.yes') : t('privacy.informed.no');
  const on = p.staffInformedOn ? t('privacy.report.on', { date: day(p.staffInformedOn) }) : '';
  return [base + on, p.staffInformedNote].filter(Boolean).join(' — ');
}
