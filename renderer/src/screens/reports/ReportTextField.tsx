import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../../shared/rules/limits';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { useReportWriting } from '../../stores/report-writing-store';

/** The executive summary or the recommendations: saved while typing, through the app's one autosave. */
export function ReportTextField({
  auditId,
  field,
  saved,
}: {
  auditId: string;
  field: 'summary' | 'recommendations';
  saved: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const setText = useReportWriting((s) => s.setText);
  const text = useAutosave({
    key: `report:${auditId}:${field}`,
    saved,
    save: (v: string) => setText(auditId, field, v),
  });
  return (
    <div className="field">
      <label htmlFor={id}>{t(`reportWriting.${field}`)}</label>
      <textarea
        id={id}
        dir="auto"
        rows={field === 'summary' ? 10 : 8}
        maxLength={LIMITS.report.text}
        value={text.value}
        placeholder={t(`reportWriting.${field}Placeholder`)}
        onChange={(e) => text.change(e.target.value)}
        onBlur={() => text.flush()}
        data-testid={`report-${field}-input`}
      />
    </div>
  );
}

/** The caption printed under one photo in the findings. */
export function CaptionField(props: {
  auditId: string;
  evidenceId: string;
  thumb: ReactNode;
  name: string;
  saved: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const setCaption = useReportWriting((s) => s.setCaption);
  const caption = useAutosave({
    key: `report:${props.auditId}:caption:${props.evidenceId}`,
    saved: props.saved,
    save: (v: string) => setCaption(props.auditId, props.evidenceId, v),
  });
  return (
    <div className="caption-field">
      {props.thumb}
      <div className="field">
        <label htmlFor={id} dir="auto">
          {t('reportWriting.captionFor', { name: props.name })}
        </label>
        <input
          id={id}
          dir="auto"
          maxLength={LIMITS.report.caption}
          value={caption.value}
          onChange={(e) => caption.change(e.target.value)}
          onBlur={() => caption.flush()}
          data-testid={`caption-${props.evidenceId}`}
        />
      </div>
    </div>
  );
}
