import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/api/templates-api';
import type { ApiError } from '../../../../shared/result';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Toast, type ToastMessage } from '../../components/Toast';
import { downloadText } from '../../lib/download';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useRoute } from '../../stores/route-store';
import { useTemplates } from '../../stores/templates-store';
import { copyName } from './copy-name';
import { BackIcon } from './icons';
import { ProblemList } from './ProblemList';
import { StagePanel } from './StagePanel';
import * as edit from './template-edit';
import { problemIndex, problemsFromIssues, type TemplateProblem } from './template-errors';
import { TemplateOutline, type Selection } from './TemplateOutline';
import { TemplateSettingsPanel } from './TemplateSettingsPanel';
import { TouchpointPanel } from './TouchpointPanel';
import { useTemplateAutosave } from './useTemplateAutosave';

type Definition = edit.Definition;

const selectionKey = (id: string) => `journey-audit.template-selection.${id}`;

function readSelection(id: string): Selection {
  try {
    const raw = sessionStorage.getItem(selectionKey(id));
    return raw ? (JSON.parse(raw) as Selection) : { kind: 'settings' };
  } catch {
    return { kind: 'settings' };
  }
}

/**
 * The template editor: an outline of stages and touchpoints on one side, the selected item on the
 * other. Every change saves itself shortly after (the header shows Saving / Saved / Not saved);
 * what the backend refuses is listed with where it is and shown beside the field.
 * Built-in templates open read-only, with "Duplicate to edit".
 */
export function TemplateEditorScreen({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const getTemplate = useTemplates((s) => s.get);
  const duplicate = useTemplates((s) => s.duplicate);
  const exportFile = useTemplates((s) => s.exportFile);
  const loadList = useTemplates((s) => s.load);

  const [detail, setDetail] = useState<TemplateDetail | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [draft, setDraft] = useState<Definition | null>(null);
  const draftRef = useRef<Definition | null>(null);
  const [selection, setSelection] = useState<Selection>(() => readSelection(templateId));
  const [focusId, setFocusId] = useState<string | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [confirmStage, setConfirmStage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getTemplate(templateId).then(
      (d) => {
        if (!live) return;
        setDetail(d);
        draftRef.current = d.definition;
        setDraft(d.definition);
      },
      (error: unknown) => live && setLoadError(apiErrorOf(error)),
    );
    if (!useTemplates.getState().loaded) void loadList().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [templateId, getTemplate, loadList]);

  const { schedule, flush } = useTemplateAutosave(templateId, {
    onSaved(saved) {
      setDetail(saved);
      setProblems([]);
      setSaveError(null);
    },
    onFailed(error, sent) {
      if (error.code === 'VALIDATION' && error.issues?.length) {
        setProblems(problemsFromIssues(t, error.issues, sent));
        setSaveError(null);
      } else {
        setProblems([]);
        setSaveError(error);
      }
    },
  });

  const readOnly = detail?.builtinKey != null;

  /** Applies an edit to the working copy and schedules its save. */
  const change = useCallback(
    (fn: (d: Definition) => Definition) => {
      const current = draftRef.current;
      if (!current || readOnly) return;
      const next = fn(current);
      if (next === current) return;
      draftRef.current = next;
      setDraft(next);
      schedule(next);
    },
    [readOnly, schedule],
  );

  const select = useCallback(
    (next: Selection, focus: string | null = null) => {
      setSelection(next);
      setFocusId(focus);
      try {
        sessionStorage.setItem(selectionKey(templateId), JSON.stringify(next));
      } catch {
        /* private mode: selection is just not remembered */
      }
    },
    [templateId],
  );

  const errors = useMemo(() => problemIndex(problems), [problems]);
  const flagged = useMemo(() => {
    const out = new Set<string>();
    for (const p of problems) {
      if (p.touchpointId) out.add(p.touchpointId);
      else if (p.stageId) out.add(p.stageId);
      else out.add('template');
    }
    return out;
  }, [problems]);

  const closeToast = useCallback(() => setToast(null), []);
  const undoToast = (name: string, undo: () => void) =>
    setToast({
      id: Date.now(),
      text: t('templates.removedToast', { name: name.trim() || t('templates.untitled') }),
      actionLabel: t('templates.undo'),
      onAction: undo,
    });

  if (loadError) {
    return (
      <main className="empty-state" data-testid="template-editor-error">
        <h1>{t('templates.openFailed')}</h1>
        <p>{describeError(t, loadError)}</p>
        <button type="button" className="button" onClick={() => go({ name: 'templates' })}>
          {t('templates.back')}
        </button>
      </main>
    );
  }
  if (!detail || !draft) {
    return (
      <main className="empty-state" aria-busy="true">
        <p>{t('templates.loading')}</p>
      </main>
    );
  }

  const def = draft;
  const stage = selection.kind === 'stage' ? def.stages.find((s) => s.id === selection.id) : undefined;
  const touchpoint = selection.kind === 'touchpoint' ? def.touchpoints.find((tp) => tp.id === selection.id) : undefined;
  const criteriaCount = def.touchpoints.reduce((n, tp) => n + tp.criteria.length, 0);

  /* ---------------------------------------------------------------- actions */

  const addStage = () => {
    const current = draftRef.current!;
    const { def: next, id } = edit.addStage(current, t('templates.defaults.stageName'));
    change(() => next);
    select({ kind: 'stage', id }, id);
  };
  const addTouchpoint = (stageId: string) => {
    const current = draftRef.current!;
    const { def: next, id } = edit.addTouchpoint(
      current,
      stageId,
      t('templates.defaults.touchpointName'),
      t('templates.defaults.channel', { n: 1 }),
    );
    change(() => next);
    select({ kind: 'touchpoint', id }, id);
  };
  const deleteStage = (id: string) => {
    const current = draftRef.current!;
    const index = current.stages.findIndex((s) => s.id === id);
    const { def: next, removed } = edit.removeStage(current, id);
    if (!removed) return;
    change(() => next);
    const neighbour = next.stages[Math.max(0, index - 1)];
    select(neighbour ? { kind: 'stage', id: neighbour.id } : { kind: 'settings' });
    undoToast(removed.stage.name, () => {
      change((d) => edit.restoreStage(d, removed));
      select({ kind: 'stage', id: removed.stage.id });
    });
  };
  const requestDeleteStage = (id: string) => {
    if (edit.touchpointsOf(draftRef.current!, id).length > 0) setConfirmStage(id);
    else deleteStage(id);
  };
  const deleteTouchpoint = (id: string) => {
    const { def: next, removed } = edit.removeTouchpoint(draftRef.current!, id);
    if (!removed) return;
    change(() => next);
    select({ kind: 'stage', id: removed.touchpoint.stageId });
    undoToast(removed.touchpoint.name, () => {
      change((d) => edit.restoreTouchpoint(d, removed));
      select({ kind: 'touchpoint', id: removed.touchpoint.id });
    });
  };

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
      await flush();
      const file = await exportFile(detail.id);
      downloadText(file.fileName, file.text);
    } catch (error) {
      setActionError(describeError(t, apiErrorOf(error)));
    }
  };

  const showProblem = (p: TemplateProblem) => {
    if (p.touchpointId) select({ kind: 'touchpoint', id: p.touchpointId });
    else if (p.stageId) select({ kind: 'stage', id: p.stageId });
    else select({ kind: 'settings' });
    window.requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.tpl-detail [aria-invalid="true"]')?.focus(),
    );
  };

  /* ---------------------------------------------------------------- panel */

  let panel;
  if (touchpoint) {
    const tpId = touchpoint.id;
    panel = (
      <TouchpointPanel
        key={tpId}
        def={def}
        touchpoint={touchpoint}
        readOnly={readOnly}
        errors={errors}
        focusId={focusId}
        onChange={(patch) => change((d) => edit.updateTouchpoint(d, tpId, patch))}
        onMove={(to) => change((d) => edit.moveTouchpoint(d, tpId, to))}
        onMoveToStage={(stageId) => change((d) => edit.moveTouchpointToStage(d, tpId, stageId))}
        onDuplicate={() => {
          const { def: next, id } = edit.duplicateTouchpoint(draftRef.current!, tpId, (name) =>
            t('templates.copyOf', { name }),
          );
          change(() => next);
          select({ kind: 'touchpoint', id }, id);
        }}
        onDelete={() => deleteTouchpoint(tpId)}
        onAddCriterion={() => {
          const { def: next, id } = edit.addCriterion(draftRef.current!, tpId, t('templates.defaults.question'));
          change(() => next);
          setFocusId(id);
        }}
        onChangeCriterion={(cId, patch) => change((d) => edit.updateCriterion(d, tpId, cId, patch))}
        onMoveCriterion={(cId, to) => change((d) => edit.moveCriterion(d, tpId, cId, to))}
        onDuplicateCriterion={(cId) => {
          const { def: next, id } = edit.duplicateCriterion(draftRef.current!, tpId, cId);
          change(() => next);
          setFocusId(id);
        }}
        onDeleteCriterion={(cId) => {
          const { def: next, removed } = edit.removeCriterion(draftRef.current!, tpId, cId);
          if (!removed) return;
          change(() => next);
          undoToast(removed.criterion.question, () => change((d) => edit.restoreCriterion(d, removed)));
        }}
      />
    );
  } else if (stage) {
    const stageId = stage.id;
    panel = (
      <StagePanel
        key={stageId}
        def={def}
        stage={stage}
        readOnly={readOnly}
        errors={errors}
        focusName={focusId === stageId}
        onChange={(patch) => change((d) => edit.updateStage(d, stageId, patch))}
        onMove={(to) => change((d) => edit.moveStage(d, stageId, to))}
        onDelete={() => requestDeleteStage(stageId)}
        onAddTouchpoint={() => addTouchpoint(stageId)}
        onOpenTouchpoint={(id) => select({ kind: 'touchpoint', id })}
      />
    );
  } else {
    panel = (
      <TemplateSettingsPanel
        def={def}
        readOnly={readOnly}
        errors={errors}
        onChange={(patch) => change((d) => ({ ...d, ...patch }))}
      />
    );
  }

  const stageToDelete = confirmStage ? def.stages.find((s) => s.id === confirmStage) : undefined;
  const usedBy = detail.audits;

  return (
    <main className="tpl-editor-screen" data-testid="template-editor" data-readonly={readOnly ? 'true' : 'false'}>
      <div className="tpl-editor-top">
        <button
          type="button"
          className="tpl-link-btn tpl-back"
          onClick={() => void flush().finally(() => go({ name: 'templates' }))}
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
            <button
              type="button"
              className="button"
              onClick={() => void exportTemplate()}
              data-testid="export-template"
            >
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
            ? t('templates.usage', { version: detail.latestVersion, audits: usedBy })
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
        <ProblemList problems={problems} onShow={showProblem} />
      </div>
      <div className="tpl-editor-body">
        <TemplateOutline
          def={def}
          selection={touchpoint || stage ? selection : { kind: 'settings' }}
          readOnly={readOnly}
          flagged={flagged}
          onSelect={(s) => select(s)}
          onMoveStage={(id, to) => change((d) => edit.moveStage(d, id, to))}
          onMoveTouchpoint={(id, to) => change((d) => edit.moveTouchpoint(d, id, to))}
          onAddStage={addStage}
          onAddTouchpoint={addTouchpoint}
        />
        <div className="tpl-detail" onBlur={() => void flush()}>
          {panel}
        </div>
      </div>
      <ConfirmDialog
        open={!!stageToDelete}
        onOpenChange={(open) => !open && setConfirmStage(null)}
        title={t('templates.deleteStageTitle', { name: stageToDelete?.name ?? '' })}
        body={t('templates.deleteStageBody', {
          count: stageToDelete ? edit.touchpointsOf(def, stageToDelete.id).length : 0,
        })}
        confirmLabel={t('templates.deleteStageConfirm')}
        cancelLabel={t('templates.cancel')}
        onConfirm={() => {
          if (confirmStage) deleteStage(confirmStage);
          setConfirmStage(null);
        }}
      />
      <Toast toast={toast} onDone={closeToast} />
    </main>
  );
}
