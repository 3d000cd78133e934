import { useTranslation } from 'react-i18next';
import type { VisitMoment } from '../../../../shared/domain/visit';
import { textFieldProps, useAutosave } from '../../lib/autosave/use-autosave';
import { useAudit } from '../../stores/audit-store';
import { fromTimeInput, toTimeInput } from './visit-format';

/**
 * One tapped moment's time, correctable after the visit (a mis-tap, a tap forgotten): saved while
 * typing like every field; emptied, the moment is cleared. A moment stamped before an earlier one
 * is flagged here and on its button.
 */
export function VisitMomentTime(props: {
  auditId: string;
  moment: VisitMoment;
  at: string | null;
  /** The local day a time typed here belongs to (YYYY-MM-DD). */
  day: string;
  outOfOrder: boolean;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const stampVisit = useAudit((s) => s.stampVisit);
  const key = `visit:${props.auditId}:moment:${props.moment}`;
  const field = useAutosave({
    key,
    saved: toTimeInput(props.at),
    disabled: props.readOnly,
    isValid: (value) => fromTimeInput(value, props.day) !== undefined,
    save: (value) => stampVisit(props.moment, fromTimeInput(value, props.day) ?? null),
  });
  const flagId = `${key}:flag`;
  return (
    <label className={`field visit-time${props.outOfOrder ? ' visit-time-out-of-order' : ''}`}>
      <span>{t('visitTimes.timeOf', { moment: t(`visits.moment.${props.moment}`) })}</span>
      <input
        type="time"
        step={1}
        readOnly={props.readOnly}
        data-testid={`visit-time-${props.moment}`}
        aria-describedby={props.outOfOrder ? flagId : undefined}
        {...textFieldProps(field, key)}
      />
      {props.outOfOrder ? (
        <span id={flagId} className="visit-time-flag" data-testid={`visit-time-flag-${props.moment}`}>
          {t('visitTimes.outOfOrder')}
        </span>
      ) : null}
    </label>
  );
}
