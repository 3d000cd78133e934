import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/api/templates-api';
import type { ApiError } from '../../../../shared/result';
import { downloadText } from '../../lib/download';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useRoute } from '../../stores/route-store';
import { useTemplates } from '../../stores/templates-store';
import { copyName } from './copy-name';
import { BackIcon } from './icons';
import { ProblemList } from './ProblemList';
import type { Definition } from './template-edit';
import type { TemplateProblem } from './template-errors';

/** Back, the template's name and use, Duplicate to edit / Export, and what could not be saved. */
export function TemplateEditorHeader({
  detail,
  def,
  readOnly,
  flush,
  saveError,
  problems,
  onShowProblem,
}: {
  detail: TemplateDetail;
  def: Definition;
  readOnly: boolean;
  flush(): void;
  saveError: ApiError | null;
  problems: TemplateProblem[];
  onShowProblem(problem: TemplateProblem): void;
}) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const duplicate = useTemplates((s) => s.duplicate);
  const exportFile = useTemplates((s) => s.exportFile);
  const [actionError, setActionError] = useState<string | null>(null);
  const criteriaCount = def.touchpoints.reduce((n, tp) => n + tp.criteria.length, 0);

  const duplicateToEdit = async () => {
    setActionError(null);
    try {
      const names = new Set(useTemplates.getState().templates.map((x) => x.name));
      const copy = await duplicate(detail.id, copyName(t, detail.name, names));
      go({ name: 'template', id: copy.id });
    } catch (error) {
      setActionError(describeError(t, apiErrorOf(error)));
    }
  };
  const exportTemplate = async () => {
    setActionError(null);
    try {
      flush(); // the export waits in the store's queue behind this write
      const file = await exportFile(detail.id);
      downloadText(file.fileName, file.text);
    } catch (error) {
      setActionError(describeError(t, apiErrorOf(error)));
    }
  };

  return (
    <div className="tpl-editor-top">
      <button
        type="button"
        className="tpl-link-btn tpl-back"
        onClick={() => {
          flush();
          go({ name: 'templates' });
        }}
      >
        <BackIcon /> {t('templates.back')}
      </button>
      <header className="tpl-editor-header">
        <div className="tpl-editor-heading">
          <h1 dir="auto" data-testid="template-title">
            {def.name.trim() || t('templates.untitled')}
          </h1>
          {readOnly ? <span className="tpl-badge">{t('templates.builtinBadge')}</span> : null}
        </div>
        <div className="detail-actions">
          {readOnly ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => void duplicateToEdit()}
              data-testid="duplicate-to-edit"
            >
              {t('templates.duplicateToEdit')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={() => void exportTemplate()} data-testid="export-template">
            {t('templates.export')}
          </button>
        </div>
      </header>
      <p className="tpl-meta muted small">
        {t('templates.stats', {
          stages: def.stages.length,
          touchpoints: def.touchpoints.length,
          criteria: criteriaCount,
        })}
        {' · '}
        {detail.latestVersion
          ? t('templates.usage', { version: detail.latestVersion, audits: detail.audits })
          : t('templates.usageNone')}
      </p>
      <p className="tpl-note" role="note" data-testid="version-note">
        <span aria-hidden="true" className="tpl-note-mark">
          i
        </span>
        {readOnly ? `${t('templates.readOnlyNote')} ` : null}
        {t('templates.versionNote')}
      </p>
      {actionError ? (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      ) : null}
      {saveError ? (
        <p className="form-error" role="alert">
          {t('templates.notSaved', { reason: describeError(t, saveError) })}
        </p>
      ) : null}
      <ProblemList problems={problems} onShow={onShowProblem} />
    </div>
  );
}
