import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';
import { KindIcon } from '../../components/KindIcon';
import { StarIcon } from './icons';
import { SortableList } from './SortableList';
import { touchpointsOf, type Definition } from './template-edit';

export type Selection = { kind: 'settings' } | { kind: 'stage'; id: string } | { kind: 'touchpoint'; id: string };

interface OutlineProps {
  def: Definition;
  selection: Selection;
  readOnly: boolean;
  /** Stage and touchpoint ids with a problem to fix, marked in the outline. */
  flagged: ReadonlySet<string>;
  onSelect(selection: Selection): void;
  onMoveStage(id: string, to: number): void;
  onMoveTouchpoint(id: string, to: number): void;
  onAddStage(): void;
  onAddTouchpoint(stageId: string): void;
}

/** The template as an outline: settings, then stages with their touchpoints, each reorderable. */
export function TemplateOutline(props: OutlineProps) {
  const { t } = useTranslation();
  const { def, selection } = props;
  const isSelected = (kind: Selection['kind'], id?: string) =>
    selection.kind === kind && (!id || ('id' in selection && selection.id === id));

  return (
    <nav className="tpl-outline" aria-label={t('templates.outline')} data-testid="template-outline">
      <button
        type="button"
        className={`tpl-settings-link${isSelected('settings') ? ' selected' : ''}`}
        aria-current={isSelected('settings') ? 'true' : undefined}
        onClick={() => props.onSelect({ kind: 'settings' })}
      >
        {t('templates.settings')}
        {props.flagged.has('template') ? <ProblemMark /> : null}
      </button>
      <div className="tpl-outline-head">
        <h2 className="tpl-outline-title">{t('templates.stages')}</h2>
        {props.readOnly ? null : (
          <button type="button" className="button tpl-btn-small" onClick={props.onAddStage} data-testid="add-stage">
            + {t('templates.addStage')}
          </button>
        )}
      </div>
      {props.readOnly ? null : <p className="tpl-hint">{t('templates.reorderHint')}</p>}
      <SortableList
        items={def.stages}
        itemId={(s) => s.id}
        itemName={(s) => s.name}
        onMove={props.onMoveStage}
        readOnly={props.readOnly}
        className="tpl-stage-list"
        itemClassName="tpl-stage"
        testId="stage-list"
      >
        {(stage, index, handle) => (
          <StageBranch
            stage={stage}
            index={index}
            handle={handle}
            touchpoints={touchpointsOf(def, stage.id)}
            outline={props}
            selected={isSelected('stage', stage.id)}
            isTouchpointSelected={(id) => isSelected('touchpoint', id)}
          />
        )}
      </SortableList>
    </nav>
  );
}

function StageBranch({
  stage,
  index,
  handle,
  touchpoints,
  outline,
  selected,
  isTouchpointSelected,
}: {
  stage: Stage;
  index: number;
  handle: ReactNode;
  touchpoints: Touchpoint[];
  outline: OutlineProps;
  selected: boolean;
  isTouchpointSelected(id: string): boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className={`tpl-row tpl-row-stage${selected ? ' selected' : ''}`}>
        {handle}
        <button
          type="button"
          className="tpl-row-main"
          aria-current={selected ? 'true' : undefined}
          onClick={() => outline.onSelect({ kind: 'stage', id: stage.id })}
          data-testid="outline-stage"
        >
          <span className="tpl-row-num">{index + 1}</span>
          <span className="tpl-row-name" dir="auto">
            {stage.name.trim() || t('templates.untitled')}
          </span>
          {outline.flagged.has(stage.id) ? <ProblemMark /> : null}
          <span className="tpl-row-count" title={t('templates.fields.touchpoints')}>
            {touchpoints.length}
          </span>
        </button>
      </div>
      <SortableList
        items={touchpoints}
        itemId={(tp) => tp.id}
        itemName={(tp) => tp.name}
        onMove={outline.onMoveTouchpoint}
        readOnly={outline.readOnly}
        className="tpl-tp-list"
        itemClassName="tpl-tp"
      >
        {(tp, _i, tpHandle) => {
          const current = isTouchpointSelected(tp.id);
          return (
            <div className={`tpl-row tpl-row-tp${current ? ' selected' : ''}`}>
              {tpHandle}
              <button
                type="button"
                className="tpl-row-main"
                aria-current={current ? 'true' : undefined}
                onClick={() => outline.onSelect({ kind: 'touchpoint', id: tp.id })}
                data-testid="outline-touchpoint"
              >
                <KindIcon kind={tp.kind} />
                <span className="visually-hidden">{t(`templates.kinds.${tp.kind}`)}:</span>
                <span className="tpl-row-name" dir="auto">
                  {tp.name.trim() || t('templates.untitled')}
                </span>
                {tp.momentOfTruth ? (
                  <span className="tpl-mot" title={t('templates.fields.momentOfTruth')}>
                    <StarIcon />
                    <span className="visually-hidden">{t('templates.fields.momentOfTruth')}</span>
                  </span>
                ) : null}
                {outline.flagged.has(tp.id) ? <ProblemMark /> : null}
                <span className="tpl-row-count" title={t('templates.fields.criteria')}>
                  {tp.criteria.length}
                </span>
              </button>
            </div>
          );
        }}
      </SortableList>
      {outline.readOnly ? null : (
        <button
          type="button"
          className="tpl-add-inline"
          onClick={() => outline.onAddTouchpoint(stage.id)}
          data-testid="add-touchpoint"
        >
          + {t('templates.addTouchpoint')}
        </button>
      )}
    </>
  );
}

function ProblemMark() {
  const { t } = useTranslation();
  return (
    <span className="tpl-problem-mark" title={t('templates.needsAttention')}>
      !<span className="visually-hidden">{t('templates.needsAttention')}</span>
    </span>
  );
}
