import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/api/templates-api';
import { AUDIT_TYPES, type AuditType } from '../../../../shared/domain/audit';
import { TOUCHPOINT_KINDS, type TouchpointKind } from '../../../../shared/domain/template';
import { TextField } from '../../components/TextField';
import { apiErrorOf, describeError, fieldErrors } from '../../lib/field-errors';
import { useAuditsList } from '../../stores/audits-list-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { useTemplates } from '../../stores/templates-store';
import { VisitSetupFields, type VisitSetup } from '../visits/VisitSetupFields';
import { DialogCloseButton, FormDialog } from '../../components/FormDialog';

const today = () => new Date().toISOString().slice(0, 10);

/** Client, template, site, persona, type, auditor, date and scope: then straight into the walk. */
export function NewAuditDialog({
  clientId,
  open,
  onOpenChange,
}: {
  clientId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const { templates, load, get } = useTemplates();
  const create = useAuditsList((s) => s.create);
  const go = useRoute((s) => s.go);
  const [templateId, setTemplateId] = useState('');
  const [detail, setDetail] = useState<TemplateDetail | null>(null);
  const [form, setForm] = useState({ title: '', site: '', persona: '', auditor: '', auditDate: today() });
  const [auditType, setAuditType] = useState<AuditType>('walkthrough');
  const [visitSetup, setVisitSetup] = useState<VisitSetup>({ siteId: '', waveId: '' });
  const [stageIds, setStageIds] = useState<string[]>([]);
  const [kinds, setKinds] = useState<TouchpointKind[]>([...TOUCHPOINT_KINDS]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  useEffect(() => {
    if (open) void load().catch(() => undefined);
  }, [open, load]);
  const ordered = useMemo(
    () => [...templates].sort((a, b) => Number(b.language === language) - Number(a.language === language)),
    [templates, language],
  );
  useEffect(() => {
    if (!templateId && ordered[0]) setTemplateId(ordered[0].id);
  }, [ordered, templateId]);
  useEffect(() => {
    if (!templateId) return;
    void get(templateId).then((d) => {
      setDetail(d);
      setStageIds(d.definition.stages.map((s) => s.id));
    });
  }, [templateId, get]);

  const inScope = detail
    ? detail.definition.touchpoints.filter((tp) => stageIds.includes(tp.stageId) && kinds.includes(tp.kind)).length
    : 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      const allStages = detail ? stageIds.length === detail.definition.stages.length : true;
      const placed = auditType === 'mystery-shop' && (visitSetup.siteId || visitSetup.waveId);
      const id = await create(
        {
          clientId,
          templateId,
          auditType,
          ...form,
          scope: { stageIds: allStages ? [] : stageIds, kinds },
        },
        placed ? { siteId: visitSetup.siteId || null, waveId: visitSetup.waveId || null } : undefined,
      );
      onOpenChange(false);
      go({ name: 'audit', id });
    } catch (error) {
      const apiError = apiErrorOf(error);
      setErrors(fieldErrors(t, apiError.issues, 'audits.fields'));
      setFormError(describeError(t, apiError, 'audits.fields'));
    }
  }

  const text = (name: keyof typeof form, extra: { required?: boolean; autoFocus?: boolean } = {}) => (
    <TextField
      name={name}
      label={t(`audits.fields.${name}`)}
      placeholder={t(`audits.placeholders.${name}`)}
      value={form[name]}
      onChange={(v) => setForm((f) => ({ ...f, [name]: v }))}
      error={errors[name]}
      {...extra}
    />
  );
  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('audits.newTitle')}
      description={t('audits.newBody')}
      testId="new-audit-dialog"
      onSubmit={(e) => void submit(e)}
      error={formError}
      actions={
        <>
          <DialogCloseButton>{t('clients.cancel')}</DialogCloseButton>
          <button
            className="button button-primary"
            type="submit"
            disabled={!templateId || inScope === 0 || kinds.length === 0}
          >
            {t('audits.start')}
          </button>
        </>
      }
    >
      <div className="form-grid">
        <label className="field">
          <span>{t('audits.fields.template')}</span>
          <select value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="audit-template">
            {ordered.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {tpl.name} ({tpl.language.toUpperCase()} · {t('audits.touchpointCount', { count: tpl.touchpoints })})
              </option>
            ))}
          </select>
        </label>
        {text('title', { required: true, autoFocus: true })}
        {text('site')}
        {text('persona')}
        {text('auditor')}
        <label className="field">
          <span>{t('audits.fields.auditDate')}</span>
          <input
            type="date"
            value={form.auditDate}
            onChange={(e) => setForm((f) => ({ ...f, auditDate: e.target.value }))}
          />
          {errors.auditDate ? <span className="field-error">{errors.auditDate}</span> : null}
        </label>
        <label className="field">
          <span>{t('audits.fields.auditType')}</span>
          <select value={auditType} onChange={(e) => setAuditType(e.target.value as AuditType)}>
            {AUDIT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audits.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        {auditType === 'mystery-shop' ? (
          <VisitSetupFields clientId={clientId} value={visitSetup} onChange={setVisitSetup} />
        ) : null}
      </div>
      {detail ? (
        <fieldset className="scope">
          <legend>{t('audits.scope', { count: inScope })}</legend>
          <div className="scope-row">
            {detail.definition.stages.map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={stageIds.includes(s.id)}
                  onChange={() => setStageIds((ids) => toggle(ids, s.id))}
                />
                <span dir="auto">{s.name}</span>
              </label>
            ))}
          </div>
          <div className="scope-row">
            {TOUCHPOINT_KINDS.map((k) => (
              <label key={k} className="checkbox">
                <input type="checkbox" checked={kinds.includes(k)} onChange={() => setKinds((ks) => toggle(ks, k))} />
                {t(`kinds.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
    </FormDialog>
  );
}
