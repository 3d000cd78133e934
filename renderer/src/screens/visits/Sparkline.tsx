import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../lib/format-score';

const W = 96;
const H = 28;

/**
 * A site's score over the waves, oldest to newest: a tiny line (mirrored in a right-to-left
 * layout, so time runs the reading way) with the values spelled out for screen readers and in a
 * tooltip. Gaps (no score in a wave) break the line.
 */
export function Sparkline({ values, labels, rtl }: { values: (number | null)[]; labels: string[]; rtl: boolean }) {
  const { t, i18n } = useTranslation();
  const text = values.map((v, i) => `${labels[i] ?? ''}: ${formatPercent(t, i18n.language, v)}`).join(', ');
  const step = values.length > 1 ? (W - 6) / (values.length - 1) : 0;
  const x = (i: number) => {
    const pos = values.length > 1 ? 3 + i * step : W / 2;
    return rtl ? W - pos : pos;
  };
  const y = (v: number) => H - 3 - ((H - 6) * Math.max(0, Math.min(100, v))) / 100;
  const segments: string[] = [];
  let current = '';
  values.forEach((v, i) => {
    if (v === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const lastIndex = values.length - 1;
  return (
    <svg className="sparkline" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={text}>
      <title>{text}</title>
      <line x1={0} x2={W} y1={y(50)} y2={y(50)} className="sparkline-mid" />
      {segments.map((d, i) => (
        <path key={i} d={d} className="sparkline-line" />
      ))}
      {values.map((v, i) =>
        v === null ? null : (
          <circle
            key={i}
            cx={x(i)}
            cy={y(v)}
            r={i === lastIndex ? 2.8 : 1.6}
            className={i === lastIndex ? 'sparkline-last' : 'sparkline-dot'}
          />
        ),
      )}
    </svg>
  );
}
