import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSection } from '../../../../shared/reports/report-sections';
import { formatPercent } from '../../lib/format-score';
import { memoT } from '../../lib/memo-t';
import { formatDay, numberFormat } from '../../lib/formatters';

/** Formatting shared by the report's sections, in the interface's language. */
export function useReportFormat() {
  const { t: translate, i18n } = useTranslation();
  const t = useMemo(() => memoT(translate), [translate]);
  const lang = i18n.language;
  return {
    t,
    lang,
    // Isolated (FSI … PDI): "43.8%" or "+12.5" set in Arabic text otherwise has its sign or percent moved by the bidi algorithm.
    pct: (v: number | null | undefined) => `\u2068${formatPercent(t, lang, v)}\u2069`,
    change: (v: number | null | undefined) =>
      v === null || v === undefined
        ? '—'
        : t('insights.points', {
            value: `\u2066${numberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v)}\u2069`,
          }),
    day: (iso: string) => formatDay(lang, iso),
  };
}

/** One part of the report: starts on a new page (all but the first), with its title kept on the page of what follows. */
export function ReportSectionFrame({
  id,
  title,
  children,
  intro,
}: {
  id: ReportSection;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={`report-section report-section-${id}`}
      data-section={id}
      id={`report-${id}`}
      data-testid={`report-${id}`}
      aria-labelledby={`report-${id}-title`}
    >
      <h1 className="report-h1 pb-keep" id={`report-${id}-title`}>
        {title}
      </h1>
      {intro ? <p className="report-intro pb-avoid">{intro}</p> : null}
      {children}
    </section>
  );
}

/** A score with its knock-out mark: "0.0% ⛔ knock-out (calculated 64.4%)". */
export function ScoreText({
  percent,
  knockout,
  calculated,
}: {
  percent: number | null;
  knockout: boolean;
  calculated?: number | null;
}) {
  const { t, pct } = useReportFormat();
  return (
    <span className={`report-score${knockout ? ' report-knockout' : ''}`}>
      <bdi>{pct(percent)}</bdi>
      {knockout ? (
        <>
          {' '}
          <span className="report-tag report-tag-fail">✗ {t('insights.knockout')}</span>
          {calculated !== undefined && calculated !== null ? (
            <span className="report-muted"> {t('walk.calculated', { score: pct(calculated) })}</span>
          ) : null}
        </>
      ) : null}
    </span>
  );
}

/** User text: always React text (never HTML), its direction found from its own first strong letter. */
export function UserText({
  text,
  className,
  as = 'span',
}: {
  text: string;
  className?: string;
  as?: 'span' | 'p' | 'div';
}) {
  const Tag = as;
  return (
    <Tag dir="auto" className={className ? `report-user ${className}` : 'report-user'}>
      {text}
    </Tag>
  );
}
