import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CRITERION_FAMILIES, type Criterion } from '../../../../shared/domain/template';
import { NumberInput, SelectInput, Switch, TextInput } from './controls';
import { ItemActions } from './ItemActions';
import { ScaleEditor } from './ScaleEditor';
import { scaleOfType, type Definition, type ScaleType } from './template-edit';
import { criterionKey } from './template-errors';

const SCALE_TYPES: ScaleType[] = ['yesno', 'scale5', 'scale10', 'options', 'perChannel'];
type Family = Criterion['family'];

interface CriterionCardProps {
  def: Definition;
  touchpointId: string;
  criterion: Criterion;
  index: number;
  count: number;
  handle: ReactNode;
  readOnly: boolean;
  errors: ReadonlyMap<string, string>;
  focusOnMount: boolean;
  onChange(patch: Partial<Omit<Criterion, 'id'>>): void;
  onMove(to: number): void;
  onDuplicate(): void;
  onDelete(): void;
}

/** One question the auditor answers: its wording, guidance, scale, weight and flags, all in view. */
export function CriterionCard(props: CriterionCardProps) {
  const { t } = useTranslation();
  const { criterion: c, readOnly } = props;
  const key = (field: string) => criterionKey(props.touchpointId, c.id, field);
  const err = (field: string) => props.errors.get(key(field));

  const changeType = (type: ScaleType) => {
    if (type === c.scale.type) return;
    props.onChange({
      scale: scaleOfType(props.def, type, {
        options: [
          { label: t('templates.defaults.optionGood'), points: 2 },
          { label: t('templates.defaults.optionFair'), points: 1 },
          { label: t('templates.defaults.optionPoor'), points: 0 },
        ],
        channels: [t('templates.defaults.channelA'), t('templates.defaults.channelB')],
      }),
    });
  };

  return (
    <article
      className="tpl-criterion-card"
      aria-label={t('templates.criterionN', { n: props.index + 1 })}
      data-testid="criterion"
    >
      <div className="tpl-criterion-top">
        {props.handle}
        <span className="tpl-criterion-num" aria-hidden="true">
          {props.index + 1}
        </span>
        <TextInput
          label={t('templates.questionN', { n: props.index + 1 })}
          value={c.question}
          onChange={(question) => props.onChange({ question })}
          maxLength={400}
          readOnly={readOnly}
          field={key('question')}
          focusOnMount={props.focusOnMount}
          className="tpl-grow"
          testId="criterion-question"
          hideLabel
        />
        {readOnly ? null : (
          <ItemActions
            name={c.question}
            index={props.index}
            count={props.count}
            onMove={props.onMove}
            onDuplicate={props.onDuplicate}
            onDelete={props.onDelete}
          />
        )}
      </div>
      <div className="tpl-criterion-grid">
        <SelectInput<ScaleType>
          label={t('templates.fields.scale')}
          value={c.scale.type}
          onChange={changeType}
          options={SCALE_TYPES.map((s) => ({ value: s, label: t(`templates.scales.${s}`) }))}
          readOnly={readOnly}
          field={key('scale')}
          error={err('scale') ?? err('type')}
          testId="criterion-scale"
        />
        <NumberInput
          label={t('templates.fields.weight')}
          value={c.weight}
          onChange={(weight) => props.onChange({ weight })}
          min={0}
          max={100}
          step={0.5}
          readOnly={readOnly}
          field={key('weight')}
          testId="criterion-weight"
        />
        <SelectInput<Family>
          label={t('templates.fields.family')}
          value={c.family}
          onChange={(family) => props.onChange({ family })}
          options={CRITERION_FAMILIES.map((f) => ({ value: f, label: t(`templates.families.${f}`) }))}
          readOnly={readOnly}
          field={key('family')}
        />
        <div className="tpl-flags">
          <Switch
            label={t('templates.fields.critical')}
            checked={c.critical}
            onChange={(critical) => props.onChange({ critical })}
            readOnly={readOnly}
          />
          <Switch
            label={t('templates.fields.allowNa')}
            checked={c.allowNa}
            onChange={(allowNa) => props.onChange({ allowNa })}
            readOnly={readOnly}
          />
        </div>
      </div>
      <ScaleEditor
        def={props.def}
        touchpointId={props.touchpointId}
        criterionId={c.id}
        scale={c.scale}
        readOnly={readOnly}
        errors={props.errors}
        onChange={(scale) => props.onChange({ scale })}
      />
      {readOnly && !c.guidance ? null : (
        <TextInput
          label={t('templates.fields.guidance')}
          value={c.guidance}
          onChange={(guidance) => props.onChange({ guidance })}
          multiline
          rows={1}
          maxLength={2000}
          readOnly={readOnly}
          field={key('guidance')}
          placeholder={t('templates.placeholders.guidance')}
          className="tpl-guidance"
        />
      )}
    </article>
  );
}
