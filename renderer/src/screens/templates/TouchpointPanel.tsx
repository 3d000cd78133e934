import { useTranslation } from 'react-i18next';
import {
  TOUCHPOINT_KINDS,
  type Criterion,
  type Touchpoint,
  type TouchpointKind,
} from '../../../../shared/domain/template';
import { SelectInput, Switch, TextInput } from './controls';
import { CriterionCard } from './CriterionCard';
import { ItemActions } from './ItemActions';
import { SortableList } from './SortableList';
import { touchpointsOf, type Definition } from './template-edit';
import { touchpointKey } from './template-errors';

export interface TouchpointPanelProps {
  def: Definition;
  touchpoint: Touchpoint;
  readOnly: boolean;
  errors: ReadonlyMap<string, string>;
  /** The item that was just added and should take the focus: the touchpoint itself or one of its criteria. */
  focusId: string | null;
  onChange(patch: Partial<Omit<Touchpoint, 'id' | 'criteria' | 'stageId'>>): void;
  onMove(to: number): void;
  onMoveToStage(stageId: string): void;
  onDuplicate(): void;
  onDelete(): void;
  onAddCriterion(): void;
  onChangeCriterion(cId: string, patch: Partial<Omit<Criterion, 'id'>>): void;
  onMoveCriterion(cId: string, to: number): void;
  onDuplicateCriterion(cId: string): void;
  onDeleteCriterion(cId: string): void;
}

/** One touchpoint: what and where it is, whether it is a moment of truth, and its criteria. */
export function TouchpointPanel(props: TouchpointPanelProps) {
  const { t } = useTranslation();
  const { def, touchpoint: tp, readOnly, errors } = props;
  const siblings = touchpointsOf(def, tp.stageId);
  const index = siblings.findIndex((s) => s.id === tp.id);
  const stage = def.stages.find((s) => s.id === tp.stageId);
  const key = (field: string) => touchpointKey(tp.id, field);
  const err = (field: string) => errors.get(key(field));

  return (
    <section className="tpl-panel" aria-labelledby="tpl-tp-title" data-testid="touchpoint-panel">
      <header className="tpl-panel-head">
        <div>
          <p className="tpl-eyebrow">
            {t('templates.touchpointIn', { stage: stage?.name ?? '', position: index + 1, total: siblings.length })}
          </p>
          <h2 id="tpl-tp-title" className="tpl-panel-title" dir="auto">
            {tp.name.trim() || t('templates.untitled')}
          </h2>
        </div>
        {readOnly ? null : (
          <ItemActions
            name={tp.name}
            index={index}
            count={siblings.length}
            onMove={props.onMove}
            onDuplicate={props.onDuplicate}
            onDelete={props.onDelete}
          />
        )}
      </header>

      <div className="tpl-grid-tp">
        <TextInput
          label={t('templates.fields.name')}
          value={tp.name}
          onChange={(name) => props.onChange({ name })}
          maxLength={160}
          readOnly={readOnly}
          field={key('name')}
          focusOnMount={props.focusId === tp.id}
          testId="touchpoint-name"
          className="tpl-span-2"
        />
        <SelectInput<TouchpointKind>
          label={t('templates.fields.kind')}
          value={tp.kind}
          onChange={(kind) => props.onChange({ kind })}
          options={TOUCHPOINT_KINDS.map((k) => ({ value: k, label: t(`templates.kinds.${k}`) }))}
          readOnly={readOnly}
          field={key('kind')}
        />
        <TextInput
          label={t('templates.fields.channel')}
          value={tp.channel}
          onChange={(channel) => props.onChange({ channel })}
          maxLength={60}
          readOnly={readOnly}
          field={key('channel')}
          placeholder={t('templates.placeholders.channel')}
        />
        <SelectInput<string>
          label={t('templates.fields.stage')}
          value={tp.stageId}
          onChange={props.onMoveToStage}
          options={def.stages.map((s, i) => ({
            value: s.id,
            label: `${i + 1}. ${s.name.trim() || t('templates.untitled')}`,
          }))}
          readOnly={readOnly}
          field={key('stageId')}
          testId="touchpoint-stage"
        />
        <Switch
          label={t('templates.fields.momentOfTruth')}
          checked={tp.momentOfTruth}
          onChange={(momentOfTruth) => props.onChange({ momentOfTruth })}
          readOnly={readOnly}
          hint={t('templates.hints.momentOfTruth')}
          className="tpl-span-2"
        />
      </div>
      <TextInput
        label={t('templates.fields.description')}
        value={tp.description}
        onChange={(description) => props.onChange({ description })}
        multiline
        maxLength={2000}
        readOnly={readOnly}
        field={key('description')}
      />

      <div className="tpl-criteria-head">
        <h3 className="tpl-subtitle">
          {t('templates.fields.criteria')} <span className="tpl-row-count">{tp.criteria.length}</span>
        </h3>
        {readOnly ? null : <span className="tpl-hint">{t('templates.reorderHint')}</span>}
      </div>
      {err('criteria') ? (
        <p className="field-error" role="alert">
          {err('criteria')}
        </p>
      ) : null}
      {tp.criteria.length === 0 ? <p className="muted small">{t('templates.noCriteria')}</p> : null}
      <SortableList
        items={tp.criteria}
        itemId={(c) => c.id}
        itemName={(c) => c.question}
        onMove={props.onMoveCriterion}
        readOnly={readOnly}
        className="tpl-criteria"
        itemClassName="tpl-criterion"
        testId="criteria-list"
      >
        {(c, i, handle) => (
          <CriterionCard
            def={def}
            touchpointId={tp.id}
            criterion={c}
            index={i}
            count={tp.criteria.length}
            handle={handle}
            readOnly={readOnly}
            errors={errors}
            focusOnMount={props.focusId === c.id}
            onChange={(patch) => props.onChangeCriterion(c.id, patch)}
            onMove={(to) => props.onMoveCriterion(c.id, to)}
            onDuplicate={() => props.onDuplicateCriterion(c.id)}
            onDelete={() => props.onDeleteCriterion(c.id)}
          />
        )}
      </SortableList>
      {readOnly ? null : (
        <button
          type="button"
          className="button tpl-btn-small"
          onClick={props.onAddCriterion}
          data-testid="add-criterion"
          disabled={tp.criteria.length >= 60}
        >
          + {t('templates.addCriterion')}
        </button>
      )}
    </section>
  );
}
