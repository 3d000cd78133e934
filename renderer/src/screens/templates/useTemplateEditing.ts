import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ToastMessage } from '../../components/Toast';
import * as edit from './template-edit';
import type { TemplateDraft } from './useTemplateDraft';
import type { TemplateSelection } from './useTemplateSelection';

/**
 * The editor's structural edits: add, duplicate, delete (with Undo in a toast) and the confirmation a
 * stage with touchpoints needs before it goes. Each applies to the working copy and selects the result.
 */
export function useTemplateEditing(draft: TemplateDraft, selection: TemplateSelection) {
  const { t } = useTranslation();
  const { change, draftRef } = draft;
  const { select, setFocusId } = selection;
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [confirmStage, setConfirmStage] = useState<string | null>(null);
  const current = () => draftRef.current!;

  const closeToast = useCallback(() => setToast(null), []);
  const undoToast = (name: string, undo: () => void) =>
    setToast({
      id: Date.now(),
      text: t('templates.removedToast', { name: name.trim() || t('templates.untitled') }),
      actionLabel: t('templates.undo'),
      onAction: undo,
    });

  const addStage = () => {
    const { def: next, id } = edit.addStage(current(), t('templates.defaults.stageName'));
    change(() => next);
    select({ kind: 'stage', id }, id);
  };
  const addTouchpoint = (stageId: string) => {
    const { def: next, id } = edit.addTouchpoint(
      current(),
      stageId,
      t('templates.defaults.touchpointName'),
      t('templates.defaults.channel', { n: 1 }),
    );
    change(() => next);
    select({ kind: 'touchpoint', id }, id);
  };
  const deleteStage = (id: string) => {
    const index = current().stages.findIndex((s) => s.id === id);
    const { def: next, removed } = edit.removeStage(current(), id);
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
    if (edit.touchpointsOf(current(), id).length > 0) setConfirmStage(id);
    else deleteStage(id);
  };
  const deleteTouchpoint = (id: string) => {
    const { def: next, removed } = edit.removeTouchpoint(current(), id);
    if (!removed) return;
    change(() => next);
    select({ kind: 'stage', id: removed.touchpoint.stageId });
    undoToast(removed.touchpoint.name, () => {
      change((d) => edit.restoreTouchpoint(d, removed));
      select({ kind: 'touchpoint', id: removed.touchpoint.id });
    });
  };
  const duplicateTouchpoint = (tpId: string) => {
    const { def: next, id } = edit.duplicateTouchpoint(current(), tpId, (name) => t('templates.copyOf', { name }));
    change(() => next);
    select({ kind: 'touchpoint', id }, id);
  };
  const addCriterion = (tpId: string) => {
    const { def: next, id } = edit.addCriterion(current(), tpId, t('templates.defaults.question'));
    change(() => next);
    setFocusId(id);
  };
  const duplicateCriterion = (tpId: string, cId: string) => {
    const { def: next, id } = edit.duplicateCriterion(current(), tpId, cId);
    change(() => next);
    setFocusId(id);
  };
  const deleteCriterion = (tpId: string, cId: string) => {
    const { def: next, removed } = edit.removeCriterion(current(), tpId, cId);
    if (!removed) return;
    change(() => next);
    undoToast(removed.criterion.question, () => change((d) => edit.restoreCriterion(d, removed)));
  };
  const confirmDeleteStage = () => {
    if (confirmStage) deleteStage(confirmStage);
    setConfirmStage(null);
  };

  return {
    toast,
    closeToast,
    confirmStage,
    cancelDeleteStage: () => setConfirmStage(null),
    confirmDeleteStage,
    addStage,
    addTouchpoint,
    requestDeleteStage,
    deleteTouchpoint,
    duplicateTouchpoint,
    addCriterion,
    duplicateCriterion,
    deleteCriterion,
  };
}

export type TemplateEditing = ReturnType<typeof useTemplateEditing>;
