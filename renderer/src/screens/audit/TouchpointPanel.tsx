import { useTranslation } from 'react-i18next';
import { EMOTIONS, type AuditDetail, type TouchpointRecord } from '../../../../shared/domain/audit';
import { EmotionFace } from '../../components/EmotionFace';
import { textFieldProps, useAutosave } from '../../lib/autosave/use-autosave';
import { useAudit } from '../../stores/audit-store';
import { TouchpointActions } from '../actions/TouchpointActions';
import { EvidencePanel } from './EvidencePanel';

function RecordText({
  auditId,
  touchpointId,
  field,
  saved,
  readOnly,
}: {
  auditId: string;
  touchpointId: string;
  field: 'painPoints' | 'worked' | 'recommendation';
  saved: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const setRecord = useAudit((s) => s.setRecord);
  const key = `record:${auditId}:${touchpointId}:${field}`;
  const text = useAutosave({ key, saved, disabled: readOnly, save: (v) => setRecord(touchpointId, field, v) });
  return (
    <label className="field record-field">
      <span>{t(`walk.${field}`)}</span>
      <textarea
        dir="auto"
        rows={3}
        disabled={readOnly}
        {...textFieldProps(text, key)}
        placeholder={t(`walk.${field}Placeholder`)}
        data-testid={`record-${field}`}
      />
    </label>
  );
}

/** Beside the criteria: the customer's emotion here, what hurt, what worked, what to do, and the photos. */
export function TouchpointPanel({
  audit,
  touchpointId,
  readOnly,
}: {
  audit: AuditDetail;
  touchpointId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const setRecord = useAudit((s) => s.setRecord);
  const record: TouchpointRecord | undefined = audit.records.find((r) => r.touchpointId === touchpointId);
  return (
    <aside className="touchpoint-panel" aria-label={t('walk.observations')}>
      <fieldset className="emotion-picker">
        <legend>{t('walk.emotion')}</legend>
        <div className="emotion-options">
          {EMOTIONS.map((level) => (
            <button
              key={level}
              type="button"
              className={`emotion-option${record?.emotion === level ? ' chosen' : ''}`}
              aria-pressed={record?.emotion === level}
              disabled={readOnly}
              onClick={() =>
                void setRecord(touchpointId, 'emotion', record?.emotion === level ? null : level).catch(() => undefined)
              }
              title={`${t(`emotions.${level}`)} (Shift+${level})`}
            >
              <EmotionFace level={level} size={26} />
              <span>{t(`emotions.${level}`)}</span>
            </button>
          ))}
        </div>
      </fieldset>
      <RecordText
        key={`p-${touchpointId}`}
        auditId={audit.id}
        touchpointId={touchpointId}
        field="painPoints"
        saved={record?.painPoints ?? ''}
        readOnly={readOnly}
      />
      <RecordText
        key={`w-${touchpointId}`}
        auditId={audit.id}
        touchpointId={touchpointId}
        field="worked"
        saved={record?.worked ?? ''}
        readOnly={readOnly}
      />
      <RecordText
        key={`r-${touchpointId}`}
        auditId={audit.id}
        touchpointId={touchpointId}
        field="recommendation"
        saved={record?.recommendation ?? ''}
        readOnly={readOnly}
      />
      <EvidencePanel audit={audit} touchpointId={touchpointId} readOnly={readOnly} />
      <TouchpointActions audit={audit} touchpointId={touchpointId} record={record} />
    </aside>
  );
}
