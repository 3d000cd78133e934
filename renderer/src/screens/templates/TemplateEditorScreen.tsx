import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Toast } from '../../components/Toast';
import { describeError } from '../../lib/field-errors';
import { useRoute } from '../../stores/route-store';
import { TemplateFieldsContext } from './controls';
import { TemplateDetailPanel } from './TemplateDetailPanel';
import { TemplateEditorHeader } from './TemplateEditorHeader';
import * as edit from './template-edit';
import type { TemplateProblem } from './template-errors';
import { TemplateOutline } from './TemplateOutline';
import { useTemplateDraft } from './useTemplateDraft';
import { useTemplateEditing } from './useTemplateEditing';
import { useTemplateSelection } from './useTemplateSelection';

/**
 * The template editor: an outline of stages and touchpoints on one side, the selected item on the
 * other. Every change saves itself shortly after (the header shows Saving / Saved / Not saved);
 * what the backend refuses is listed with where it is and shown beside the field.
 * Built-in templates open read-only, with "Duplicate to edit".
 */
export function TemplateEditorScreen({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const draft = useTemplateDraft(templateId);
  const selection = useTemplateSelection(templateId);
  const editing = useTemplateEditing(draft, selection);
  const { select } = selection;

  const flagged = useMemo(() => {
    const out = new Set<string>();
    for (const p of draft.problems) out.add(p.touchpointId ?? p.stageId ?? 'template');
    return out;
  }, [draft.problems]);

  if (draft.loadError) {
    return (
      <main className="empty-state" data-testid="template-editor-error">
        <h1>{t('templates.openFailed')}</h1>
        <p>{describeError(t, draft.loadError)}</p>
        <button type="button" className="button" onClick={() => go({ name: 'templates' })}>
          {t('templates.back')}
        </button>
      </main>
    );
  }
  if (!draft.detail || !draft.draft) {
    return (
      <main className="empty-state" aria-busy="true">
        <p>{t('templates.loading')}</p>
      </main>
    );
  }

  const def = draft.draft;
  const { readOnly, change } = draft;
  const shown = selection.selection;
  const exists =
    (shown.kind === 'touchpoint' && def.touchpoints.some((tp) => tp.id === shown.id)) ||
    (shown.kind === 'stage' && def.stages.some((s) => s.id === shown.id));
  const showProblem = (p: TemplateProblem) => {
    if (p.touchpointId) select({ kind: 'touchpoint', id: p.touchpointId });
    else if (p.stageId) select({ kind: 'stage', id: p.stageId });
    else select({ kind: 'settings' });
    window.requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.tpl-detail [aria-invalid="true"]')?.focus(),
    );
  };
  const stageToDelete = editing.confirmStage ? def.stages.find((s) => s.id === editing.confirmStage) : undefined;

  return (
    <main className="tpl-editor-screen" data-testid="template-editor" data-readonly={readOnly ? 'true' : 'false'}>
      <TemplateEditorHeader
        detail={draft.detail}
        def={def}
        readOnly={readOnly}
        flush={draft.flush}
        saveError={draft.saveError}
        problems={draft.problems}
        onShowProblem={showProblem}
      />
      <div className="tpl-editor-body">
        <TemplateOutline
          def={def}
          selection={exists ? shown : { kind: 'settings' }}
          readOnly={readOnly}
          flagged={flagged}
          onSelect={(s) => select(s)}
          onMoveStage={(id, to) => change((d) => edit.moveStage(d, id, to))}
          onMoveTouchpoint={(id, to) => change((d) => edit.moveTouchpoint(d, id, to))}
          onAddStage={editing.addStage}
          onAddTouchpoint={editing.addTouchpoint}
        />
        <div className="tpl-detail" onBlur={draft.flush}>
          <TemplateFieldsContext.Provider value={draft.fields}>
            <TemplateDetailPanel
              def={def}
              draft={draft}
              editing={editing}
              selection={shown}
              focusId={selection.focusId}
              select={select}
            />
          </TemplateFieldsContext.Provider>
        </div>
      </div>
      <ConfirmDialog
        open={!!stageToDelete}
        onOpenChange={(open) => !open && editing.cancelDeleteStage()}
        title={t('templates.deleteStageTitle', { name: stageToDelete?.name ?? '' })}
        body={t('templates.deleteStageBody', {
          count: stageToDelete ? edit.touchpointsOf(def, stageToDelete.id).length : 0,
        })}
        confirmLabel={t('templates.deleteStageConfirm')}
        cancelLabel={t('templates.cancel')}
        onConfirm={editing.confirmDeleteStage}
      />
      <Toast toast={editing.toast} onDone={editing.closeToast} />
    </main>
  );
}
