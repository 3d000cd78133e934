import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/domain/template';
import { TextInput } from './controls';
import { KindIcon } from '../../components/KindIcon';
import { ItemActions } from './ItemActions';
import { touchpointsOf, type Definition } from './template-edit';
import { stageKey } from './template-errors';

interface StagePanelProps {
  def: Definition;
  stage: Stage;
  readOnly: boolean;
  focusName: boolean;
  onChange(patch: Partial<Omit<Stage, 'id'>>): void;
  onMove(to: number): void;
  onDelete(): void;
  onAddTouchpoint(): void;
  onOpenTouchpoint(id: string): void;
}

/** One stage: its name and description, its place in the journey, and its touchpoints. */
export function StagePanel(props: StagePanelProps) {
  const { t } = useTranslation();
  const { def, stage } = props;
  const index = def.stages.findIndex((s) => s.id === stage.id);
  const touchpoints = touchpointsOf(def, stage.id);
  return (
    <section className="tpl-panel" aria-labelledby="tpl-stage-title" data-testid="stage-panel">
      <header className="tpl-panel-head">
        <div>
          <p className="tpl-eyebrow">{t('templates.stageOf', { position: index + 1, total: def.stages.length })}</p>
          <h2 id="tpl-stage-title" className="tpl-panel-title" dir="auto">
            {stage.name.trim() || t('templates.untitled')}
          </h2>
        </div>
        {props.readOnly ? null : (
          <ItemActions
            name={stage.name}
            index={index}
            count={def.stages.length}
            onMove={props.onMove}
            onDelete={props.onDelete}
            deleteDisabledReason={def.stages.length <= 1 ? t('templates.lastStage') : undefined}
          />
        )}
      </header>
      <TextInput
        key={`name-${stage.id}`}
        label={t('templates.fields.stageName')}
        value={stage.name}
        onChange={(name) => props.onChange({ name })}
        maxLength={80}
        readOnly={props.readOnly}
        field={stageKey(stage.id, 'name')}
        focusOnMount={props.focusName}
        testId="stage-name"
      />
      <TextInput
        key={`desc-${stage.id}`}
        label={t('templates.fields.description')}
        value={stage.description}
        onChange={(description) => props.onChange({ description })}
        multiline
        maxLength={1000}
        readOnly={props.readOnly}
        field={stageKey(stage.id, 'description')}
      />
      <h3 className="tpl-subtitle">{t('templates.fields.touchpoints')}</h3>
      {touchpoints.length === 0 ? <p className="muted small">{t('templates.noTouchpoints')}</p> : null}
      <ul className="tpl-link-list">
        {touchpoints.map((tp) => (
          <li key={tp.id}>
            <button type="button" className="tpl-link" onClick={() => props.onOpenTouchpoint(tp.id)}>
              <KindIcon kind={tp.kind} />
              <span dir="auto">{tp.name.trim() || t('templates.untitled')}</span>
              <span className="muted small">
                {t(`templates.kinds.${tp.kind}`)} · <bdi>{tp.channel}</bdi> ·{' '}
                {t('templates.criteriaCount', { count: tp.criteria.length })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {props.readOnly ? null : (
        <button type="button" className="button tpl-btn-small" onClick={props.onAddTouchpoint}>
          + {t('templates.addTouchpoint')}
        </button>
      )}
    </section>
  );
}
