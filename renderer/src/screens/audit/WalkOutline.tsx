import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditProgress } from '../../../../shared/audit-progress';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';
import { KindIcon } from '../../components/KindIcon';

interface Props {
  groups: { stage: Stage; touchpoints: Touchpoint[] }[];
  progress: AuditProgress;
  currentId: string;
  onJump(touchpointId: string): void;
}

function mark(answered: number, total: number): { symbol: string; state: string } {
  if (total > 0 && answered === total) return { symbol: '●', state: 'done' };
  if (answered > 0) return { symbol: '◐', state: 'partial' };
  return { symbol: '○', state: 'empty' };
}

/** Stages and touchpoints with progress marks; any touchpoint is one click away. */
export function WalkOutline({ groups, progress, currentId, onJump }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="walk-outline" aria-label={t('walk.outline')}>
      {groups.map(({ stage, touchpoints }) => {
        const count = progress.stages.get(stage.id) ?? { answered: 0, total: 0 };
        return (
          <section key={stage.id} className="outline-stage">
            <h3 dir="auto">
              <span>{stage.name}</span>
              <span className="muted small">
                {count.answered}/{count.total}
              </span>
            </h3>
            <div
              className="progress-bar small-bar"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={count.total}
              aria-valuenow={count.answered}
              aria-label={stage.name}
            >
              <span style={{ width: `${count.total ? (100 * count.answered) / count.total : 0}%` }} />
            </div>
            <ol>
              {touchpoints.map((tp) => {
                const c = progress.touchpoints.get(tp.id) ?? { answered: 0, total: 0 };
                return (
                  <OutlineItem
                    key={tp.id}
                    touchpoint={tp}
                    answered={c.answered}
                    total={c.total}
                    current={tp.id === currentId}
                    onJump={onJump}
                  />
                );
              })}
            </ol>
          </section>
        );
      })}
    </nav>
  );
}

/** One touchpoint of the outline. Memoised: an answer re-renders the one item whose count moved, not all of them. */
const OutlineItem = memo(function OutlineItem({
  touchpoint: tp,
  answered,
  total,
  current,
  onJump,
}: {
  touchpoint: Touchpoint;
  answered: number;
  total: number;
  current: boolean;
  onJump(touchpointId: string): void;
}) {
  const { t } = useTranslation();
  const m = mark(answered, total);
  return (
    <li>
      <button
        type="button"
        className={`outline-item state-${m.state}${current ? ' current' : ''}`}
        aria-current={current ? 'step' : undefined}
        onClick={() => onJump(tp.id)}
        data-testid={`outline-${tp.id}`}
      >
        <span className="outline-mark" aria-label={t(`walk.state.${m.state}`)}>
          {m.symbol}
        </span>
        <KindIcon kind={tp.kind} size={14} />
        <span className="outline-name" dir="auto">
          {tp.name}
        </span>
        {tp.momentOfTruth ? (
          <span className="mot-mark" title={t('walk.momentOfTruth')}>
            ★
          </span>
        ) : null}
      </button>
    </li>
  );
});
