import * as edit from './template-edit';
import { StagePanel } from './StagePanel';
import type { Selection } from './TemplateOutline';
import { TemplateSettingsPanel } from './TemplateSettingsPanel';
import { TouchpointPanel } from './TouchpointPanel';
import type { TemplateDraft } from './useTemplateDraft';
import type { TemplateEditing } from './useTemplateEditing';

/** The selected item's panel: a touchpoint, a stage, or the template's own settings. */
export function TemplateDetailPanel({
  def,
  draft,
  editing,
  selection,
  focusId,
  select,
}: {
  def: edit.Definition;
  draft: TemplateDraft;
  editing: TemplateEditing;
  selection: Selection;
  focusId: string | null;
  select(next: Selection): void;
}) {
  const { change, readOnly, errors } = draft;
  const touchpoint = selection.kind === 'touchpoint' ? def.touchpoints.find((tp) => tp.id === selection.id) : undefined;
  const stage = selection.kind === 'stage' ? def.stages.find((s) => s.id === selection.id) : undefined;

  if (touchpoint) {
    const tpId = touchpoint.id;
    return (
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
        onDuplicate={() => editing.duplicateTouchpoint(tpId)}
        onDelete={() => editing.deleteTouchpoint(tpId)}
        onAddCriterion={() => editing.addCriterion(tpId)}
        onChangeCriterion={(cId, patch) => change((d) => edit.updateCriterion(d, tpId, cId, patch))}
        onMoveCriterion={(cId, to) => change((d) => edit.moveCriterion(d, tpId, cId, to))}
        onDuplicateCriterion={(cId) => editing.duplicateCriterion(tpId, cId)}
        onDeleteCriterion={(cId) => editing.deleteCriterion(tpId, cId)}
      />
    );
  }
  if (stage) {
    const stageId = stage.id;
    return (
      <StagePanel
        key={stageId}
        def={def}
        stage={stage}
        readOnly={readOnly}
        focusName={focusId === stageId}
        onChange={(patch) => change((d) => edit.updateStage(d, stageId, patch))}
        onMove={(to) => change((d) => edit.moveStage(d, stageId, to))}
        onDelete={() => editing.requestDeleteStage(stageId)}
        onAddTouchpoint={() => editing.addTouchpoint(stageId)}
        onOpenTouchpoint={(id) => select({ kind: 'touchpoint', id })}
      />
    );
  }
  return (
    <TemplateSettingsPanel def={def} readOnly={readOnly} onChange={(patch) => change((d) => ({ ...d, ...patch }))} />
  );
}
