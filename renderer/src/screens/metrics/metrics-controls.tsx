import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricsSummary } from '../../../../shared/metrics/compute-metrics';
import { SaveBadge } from '../../components/SaveIndicator';
import { number, percent } from './format-metric';
import type { PanelSaveState } from './use-audit-metrics';

/** The metrics form's small controls: number boxes, an answers list, mode switches, the NPS bar. */

/** The metrics panel's own save state, in the app's one wording and look (the header's SaveBadge). */
export function PanelSaveIndicator({ save, blocked }: { save: PanelSaveState; blocked: boolean }) {
  return <SaveBadge state={blocked ? { kind: 'invalid' } : save} testId="metrics-save" fieldsPrefix="metrics.fields" />;
}

export function NumberBox(props: {
  label: string;
  value: string;
  error: string | undefined;
  decimal?: boolean;
  unit?: string | undefined;
  readOnly: boolean;
  compact?: boolean;
  testId: string;
  onChange(v: string): void;
  onBlur(): void;
}) {
  const id = useId();
  return (
    <div className={`metrics-box${props.compact ? ' metrics-box-compact' : ''}${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <span className="metrics-box-input">
        <input
          id={id}
          type="text"
          dir="auto"
          inputMode={props.decimal ? 'decimal' : 'numeric'}
          autoComplete="off"
          value={props.value}
          readOnly={props.readOnly}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onChange={(e) => props.onChange(e.target.value)}
          onBlur={props.onBlur}
          data-testid={props.testId}
          data-autosave={props.testId}
        />
        {props.unit ? <span className="metrics-unit">{props.unit}</span> : null}
      </span>
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function AnswersBox(props: {
  label: string;
  hint: string;
  read: string;
  value: string;
  error: string | undefined;
  readOnly: boolean;
  onChange(v: string): void;
  onBlur(): void;
}) {
  const id = useId();
  return (
    <div className={`metrics-box metrics-box-wide${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        dir="auto"
        rows={3}
        value={props.value}
        readOnly={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={`${id}-hint${props.error ? ` ${id}-error` : ''}`}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onBlur}
        data-testid="metric-npsAnswers"
        data-autosave="metric-npsAnswers"
      />
      <p className="metrics-hint" id={`${id}-hint`}>
        {props.hint} <strong>{props.read}</strong>
      </p>
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function ModeSwitch<V extends string>(props: {
  name: string;
  label: string;
  value: V | '';
  options: readonly (readonly [V, string])[];
  readOnly: boolean;
  error?: string | undefined;
  onChange(v: V): void;
}) {
  const id = useId();
  return (
    <div
      className={`metrics-switch${props.error ? ' field-invalid' : ''}`}
      role="radiogroup"
      aria-labelledby={`${id}-label`}
      aria-describedby={props.error ? `${id}-error` : undefined}
    >
      <span className="metrics-switch-label" id={`${id}-label`}>
        {props.label}
      </span>
      {props.options.map(([value, text]) => (
        <label key={value} className={`metrics-switch-option${props.value === value ? ' chosen' : ''}`}>
          <input
            type="radio"
            name={`${id}-${props.name}`}
            value={value}
            checked={props.value === value}
            disabled={props.readOnly}
            onChange={() => props.onChange(value)}
          />
          {text}
        </label>
      ))}
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Detractors, passives, promoters as one bar; each part also named with its share, never colour alone. */
export function NpsBar({ summary }: { summary: MetricsSummary['nps'] }) {
  const { t, i18n } = useTranslation();
  const parts = [
    ['detractors', summary.detractorShare ?? 0, summary.detractors],
    ['passives', summary.passiveShare ?? 0, summary.passives],
    ['promoters', summary.promoterShare ?? 0, summary.promoters],
  ] as const;
  const share = (v: number) => percent(i18n.language, v);
  return (
    <div className="metrics-nps">
      <div
        className="metrics-nps-bar"
        role="img"
        aria-label={t('metrics.nps.bar', {
          promoters: share(parts[2][1]),
          passives: share(parts[1][1]),
          detractors: share(parts[0][1]),
        })}
      >
        {parts.map(([key, value]) =>
          value > 0 ? (
            <span key={key} className={`metrics-nps-part metrics-nps-${key}`} style={{ width: `${value}%` }} />
          ) : null,
        )}
      </div>
      <ul className="metrics-legend">
        {parts.map(([key, value, n]) => (
          <li key={key}>
            <span className={`metrics-swatch metrics-nps-${key}`} aria-hidden="true" />
            {t(`metrics.nps.${key}`)}: {share(value)} ({number(i18n.language, n)})
          </li>
        ))}
      </ul>
    </div>
  );
}
