import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerKey, computeProgress, indexAnswers } from '../../../../shared/audit-progress';
import { touchpointsInScope, type AnswerValue } from '../../../../shared/domain/audit';
import { isRtl } from '../../../../shared/domain/settings';
import type { Stage, Touchpoint } from '../../../../shared/domain/template';
import { scoreAudit } from '../../../../shared/scoring/score-audit';
import { KindIcon } from '../../components/KindIcon';
import { formatPercent } from '../../lib/format-score';
import { useApiQuery } from '../../lib/use-api-query';
import { MethodBadge } from '../insights/MethodBadge';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useAudit } from '../../stores/audit-store';
import { useClients } from '../../stores/clients-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { CompletionPanel } from './CompletionPanel';
import { CriterionRow } from './CriterionRow';
import { KeyboardHelp } from './KeyboardHelp';
import { TouchpointPanel } from './TouchpointPanel';
import { TouchpointScoreLine } from './TouchpointScoreLine';
import { ExportDialog } from '../reports/ExportDialog';
import { VisitPanel } from '../visits/VisitPanel';
import { keyToAction } from './walk-keys';
import { WalkOutline } from './WalkOutline';
import { ExplainScoreButton } from '../explain/ExplainScoreButton';

const TEN_WAIT_MS = 600;

export function AuditWalkScreen({ auditId, touchpointId }: { auditId: string; touchpointId?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const { audit, load, setAnswer, setNote, setPosition, setRecord, undo, revision } = useAudit();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [noteOpen, setNoteOpen] = useState(false);
  const [help, setHelp] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pendingOne = useRef<number | null>(null);
  const rowRefs = useRef<(HTMLLIElement | null)[]>([]);

  useEffect(() => {
    void load(auditId).catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  }, [auditId, load, t]);

  const ready = audit?.id === auditId ? audit : null;
  const walk = useMemo(
    () => (ready ? touchpointsInScope(ready.definition, ready.scope) : []),
    [ready?.id, ready?.definition, ready?.scope],
  );
  const groups = useMemo(() => {
    const out: { stage: Stage; touchpoints: Touchpoint[] }[] = [];
    for (const { stage, touchpoint } of walk) {
      const last = out[out.length - 1];
      if (last && last.stage.id === stage.id) last.touchpoints.push(touchpoint);
      else out.push({ stage, touchpoints: [touchpoint] });
    }
    return out;
  }, [walk]);
  const answers = useMemo(() => indexAnswers(ready?.answers ?? []), [ready?.answers, revision]);
  const progress = useMemo(
    () => (ready ? computeProgress(ready.definition, ready.scope, answers) : null),
    [ready, answers],
  );
  const score = useMemo(
    () => (ready ? scoreAudit(ready.definition, ready.scope, ready.answers) : null),
    [ready, answers],
  );
  const movement = useApiQuery('insights.movement', { auditId }, ['audits.changed', 'actions.changed']);

  // Resume where the auditor was (or where the link points).
  useEffect(() => {
    if (!ready || currentId) return;
    const start = touchpointId ?? ready.position?.touchpointId ?? walk[0]?.touchpoint.id ?? null;
    const entry = walk.find((w) => w.touchpoint.id === start) ?? walk[0];
    if (!entry) return;
    setCurrentId(entry.touchpoint.id);
    const criterionIndex = entry.touchpoint.criteria.findIndex((c) => c.id === ready.position?.criterionId);
    setActive(touchpointId ? 0 : Math.max(0, criterionIndex));
  }, [ready, walk, currentId, touchpointId]);

  const index = walk.findIndex((w) => w.touchpoint.id === currentId);
  const current = index >= 0 ? walk[index]! : null;
  const readOnly = ready?.status === 'complete';

  const jump = useCallback(
    (id: string, criterionIndex = 0) => {
      setCurrentId(id);
      setActive(criterionIndex);
      setNoteOpen(false);
      const entry = walk.find((w) => w.touchpoint.id === id);
      setPosition(id, entry?.touchpoint.criteria[criterionIndex]?.id ?? null);
    },
    [walk, setPosition],
  );

  const move = useCallback(
    (delta: 1 | -1) => {
      if (!current) return;
      const count = current.touchpoint.criteria.length;
      const next = active + delta;
      if (next >= 0 && next < count) {
        setActive(next);
        setNoteOpen(false);
        return;
      }
      const neighbour = walk[index + delta];
      if (neighbour)
        jump(neighbour.touchpoint.id, delta === 1 ? 0 : Math.max(0, neighbour.touchpoint.criteria.length - 1));
    },
    [current, active, walk, index, jump],
  );

  const answer = useCallback(
    (criterionIndex: number, value: AnswerValue | null, advance: boolean) => {
      if (!current || readOnly) return;
      const criterion = current.touchpoint.criteria[criterionIndex];
      if (!criterion) return;
      setError(null);
      void setAnswer(current.touchpoint.id, criterion.id, value).catch((e: unknown) =>
        setError(describeError(t, apiErrorOf(e))),
      );
      if (advance && value) move(1);
    },
    [current, readOnly, setAnswer, move, t],
  );

  useEffect(() => {
    rowRefs.current[active]?.scrollIntoView({ block: 'nearest' });
  }, [active, currentId]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [role="dialog"], [role="alertdialog"]') || e.defaultPrevented) {
        if (e.key === 'Escape' && target.matches('input, textarea')) (target as HTMLInputElement).blur();
        return;
      }
      if (!current) return;
      const criterion = current.touchpoint.criteria[active] ?? null;
      const action = keyToAction(e, criterion?.scale ?? null, criterion?.allowNa ?? false, rtl);
      if (!action) return;
      e.preventDefault();
      switch (action.type) {
        case 'answer':
          return answer(active, action.value, true);
        case 'digit10': {
          if (pendingOne.current !== null) {
            window.clearTimeout(pendingOne.current);
            pendingOne.current = null;
            return answer(active, { kind: 'scale', value: action.digit === 0 ? 10 : 1 }, true);
          }
          if (action.digit === 1) {
            // "1" may be the start of "10": wait a moment for a 0.
            pendingOne.current = window.setTimeout(() => {
              pendingOne.current = null;
              answer(active, { kind: 'scale', value: 1 }, true);
            }, TEN_WAIT_MS);
            return;
          }
          return answer(active, { kind: 'scale', value: action.digit }, true);
        }
        case 'nextCriterion':
          return move(1);
        case 'prevCriterion':
          return move(-1);
        case 'nextTouchpoint': {
          const next = walk[index + 1];
          return next ? jump(next.touchpoint.id) : undefined;
        }
        case 'prevTouchpoint': {
          const prev = walk[index - 1];
          return prev ? jump(prev.touchpoint.id) : undefined;
        }
        case 'openNote':
          return setNoteOpen(true);
        case 'clear':
          return answer(active, null, false);
        case 'emotion':
          if (!readOnly) void setRecord(current.touchpoint.id, 'emotion', action.value).catch(() => undefined);
          return;
        case 'undo':
          if (!readOnly) void undo().catch(() => undefined);
          return;
        case 'help':
          return setHelp(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, active, rtl, answer, move, jump, walk, index, readOnly, setRecord, undo]);

  if (!ready || !progress || !current) {
    return (
      <main className="empty-state">
        <p role={error ? 'alert' : 'status'}>{error ?? t('app.loading')}</p>
      </main>
    );
  }

  const overallPct = progress.overall.total
    ? Math.round((100 * progress.overall.answered) / progress.overall.total)
    : 0;
  const tp = current.touchpoint;

  return (
    <main className="walk" data-testid="audit-walk">
      <div className="walk-bar">
        <button
          type="button"
          className="button button-link-dark"
          onClick={() => (useClients.getState().select(ready.clientId), go({ name: 'home' }))}
        >
          {rtl ? '→' : '←'} <span dir="auto">{ready.clientName}</span>
        </button>
        <div className="walk-title">
          <strong dir="auto">{ready.title}</strong>
          <span className="muted small" dir="auto">
            {[ready.site, `${ready.templateName} · v${ready.templateVersion}`, t(`audits.type.${ready.auditType}`)]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </div>
        <div className="walk-progress" data-testid="overall-progress">
          <div
            className="progress-bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.overall.total}
            aria-valuenow={progress.overall.answered}
            aria-label={t('walk.progress')}
          >
            <span style={{ width: `${overallPct}%` }} />
          </div>
          <span className="small">
            {t('walk.progressText', {
              answered: progress.overall.answered,
              total: progress.overall.total,
              pct: overallPct,
            })}
          </span>
        </div>
        {score ? (
          <span className="walk-score" data-testid="walk-score">
            <span className="small muted">{t('walk.scoreSoFar')}</span>{' '}
            <strong>{formatPercent(t, i18n.language, score.overall.percent)}</strong>{' '}
            <MethodBadge method={score.method} /> <ExplainScoreButton auditId={ready.id} />
          </span>
        ) : null}
        <span className={`status-pill status-${ready.status}`} data-testid="audit-status">
          {t(`audits.status.${ready.status}`)}
        </span>
        <button type="button" className="button" onClick={() => go({ name: 'map', id: ready.id })}>
          {t('walk.openMap')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => go({ name: 'metrics', auditId: ready.id })}
          data-testid="open-metrics"
        >
          {t('walk.metrics')}
        </button>
        <button type="button" className="button" onClick={() => setExporting(true)} data-testid="open-export">
          {t('exportDialog.open')}
        </button>
        <button type="button" className="button" onClick={() => setCompleting(true)} data-testid="open-completion">
          {readOnly ? t('walk.reopen') : t('walk.complete')}
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="?"
          onClick={() => setHelp(true)}
          title={t('walk.keys.title')}
        >
          ?
        </button>
      </div>
      {readOnly ? (
        <p className="readonly-banner" role="status">
          {t('walk.readOnly')}
        </p>
      ) : null}
      {ready.auditType === 'mystery-shop' ? <VisitPanel audit={ready} readOnly={readOnly} /> : null}
      <div className="walk-body">
        <WalkOutline groups={groups} progress={progress} currentId={tp.id} onJump={(id) => jump(id)} />
        <section className="walk-main" aria-labelledby="touchpoint-title">
          <header className="touchpoint-head">
            <p className="muted small" dir="auto">
              {current.stage.name} · {t('walk.touchpointOf', { n: index + 1, total: walk.length })}
            </p>
            <h2 id="touchpoint-title" dir="auto">
              {tp.name}
              {tp.momentOfTruth ? <span className="badge badge-mot">★ {t('walk.momentOfTruth')}</span> : null}
            </h2>
            <p className="touchpoint-meta">
              <span className={`kind-chip kind-${tp.kind}`}>
                <KindIcon kind={tp.kind} /> {t(`kinds.${tp.kind}`)}
              </span>
              <span className="muted" dir="auto">
                {tp.channel}
              </span>
            </p>
            <TouchpointScoreLine
              score={score?.touchpoints.find((s) => s.touchpointId === tp.id)}
              movement={movement.data?.touchpoints.find((m) => m.touchpointId === tp.id)}
              baseline={movement.data?.baseline ?? null}
            />
            {tp.description ? (
              <p className="muted" dir="auto">
                {tp.description}
              </p>
            ) : null}
          </header>
          {error ? (
            <p className="form-error" role="alert">
              {error}
            </p>
          ) : null}
          <ol className="criteria">
            {tp.criteria.map((criterion, i) => (
              <CriterionRow
                key={`${tp.id}-${criterion.id}`}
                ref={(el) => {
                  rowRefs.current[i] = el;
                }}
                criterion={criterion}
                index={i}
                answer={answers.get(answerKey(tp.id, criterion.id))}
                active={i === active}
                noteOpen={noteOpen && i === active}
                readOnly={readOnly}
                onActivate={() => setActive(i)}
                onAnswer={(value) => answer(i, value, false)}
                onNote={(note) =>
                  void setNote(tp.id, criterion.id, note).catch((e: unknown) =>
                    setError(describeError(t, apiErrorOf(e))),
                  )
                }
                onCloseNote={() => setNoteOpen(false)}
              />
            ))}
          </ol>
          <div className="walk-nav">
            <button
              type="button"
              className="button"
              disabled={index === 0}
              onClick={() => jump(walk[index - 1]!.touchpoint.id)}
            >
              {rtl ? '→' : '←'} {t('walk.previous')}
            </button>
            <span className="muted small">{t('walk.keysHint')}</span>
            <button
              type="button"
              className="button button-primary"
              disabled={index === walk.length - 1}
              onClick={() => jump(walk[index + 1]!.touchpoint.id)}
            >
              {t('walk.next')} {rtl ? '←' : '→'}
            </button>
          </div>
        </section>
        <TouchpointPanel key={tp.id} audit={ready} touchpointId={tp.id} readOnly={readOnly} />
      </div>
      <KeyboardHelp open={help} onOpenChange={setHelp} />
      <ExportDialog audit={ready} open={exporting} onOpenChange={setExporting} />
      <CompletionPanel
        open={completing}
        onOpenChange={setCompleting}
        audit={ready}
        progress={progress}
        onJump={(tpId, criterionId) => {
          setCompleting(false);
          const entry = walk.find((w) => w.touchpoint.id === tpId);
          jump(tpId, Math.max(0, entry?.touchpoint.criteria.findIndex((c) => c.id === criterionId) ?? 0));
        }}
      />
    </main>
  );
}
