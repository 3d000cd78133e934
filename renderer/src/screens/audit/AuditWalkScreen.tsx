import { memo, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { answerKey, computeProgress, indexAnswers } from '../../../../shared/audit-progress';
import type { AnswerValue, AuditDetail } from '../../../../shared/domain/audit';
import { isRtl } from '../../../../shared/domain/settings';
import { scoreAudit } from '../../../../shared/scoring/score-audit';
import { KindIcon } from '../../components/KindIcon';
import { SkipLink } from '../../components/SkipLink';
import { useApiQuery } from '../../lib/use-api-query';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { useAudit } from '../../stores/audit-store';
import { useSettings } from '../../stores/settings-store';
import { CompletionPanel } from './CompletionPanel';
import { CriterionRow } from './CriterionRow';
import { KeyboardHelp } from './KeyboardHelp';
import { TouchpointPanel } from './TouchpointPanel';
import { TouchpointScoreLine } from './TouchpointScoreLine';
import { ExportDialog } from '../reports/ExportDialog';
import { VisitPanel } from '../visits/VisitPanel';
import { useWalkKeys } from './useWalkKeys';
import { useWalkNavigation } from './useWalkNavigation';
import { SignOffPanel } from './SignOffPanel';
import { WalkBar } from './WalkBar';
import { WalkOutline } from './WalkOutline';
import { panelIgnoringAnswers } from './panel-memo';
import { focusAnswers } from './walk-focus';

// The panels around the criteria show nothing of the answers: a key of the walk does not re-render them.
const SignOff = panelIgnoringAnswers(SignOffPanel);
const Visit = panelIgnoringAnswers(VisitPanel);
const Observations = panelIgnoringAnswers(TouchpointPanel);
// ExportDialog reads a few of the audit's fields; the open audit has them all.
const Export = panelIgnoringAnswers(
  ExportDialog as ComponentType<{ audit: AuditDetail; open: boolean; onOpenChange(open: boolean): void }>,
);
const Keys = memo(KeyboardHelp);

export function AuditWalkScreen({ auditId, touchpointId }: { auditId: string; touchpointId?: string | undefined }) {
  const { t } = useTranslation();
  const audit = useAudit((s) => s.audit);
  const revision = useAudit((s) => s.revision);
  const { load, setAnswer, setNote, setPosition, setRecord, undo } = useAudit.getState();
  const rtl = isRtl(useSettings((s) => s.language));
  const [help, setHelp] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const criteriaList = useRef<HTMLOListElement>(null);
  const focusRow = useRef(false);

  useEffect(() => {
    void load(auditId).catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
  }, [auditId, load, t]);

  const ready = audit?.id === auditId ? audit : null;
  const { walk, groups, index, current, active, setActive, noteOpen, setNoteOpen, jump, move, step, positionAfter } =
    useWalkNavigation(ready, touchpointId, setPosition);
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
  const readOnly = ready?.status === 'complete';

  const answer = useCallback(
    (criterionIndex: number, value: AnswerValue | null, advance: boolean) => {
      if (!current || readOnly) return;
      const criterion = current.touchpoint.criteria[criterionIndex];
      if (!criterion) return;
      setError(null);
      // Answering moves on: the answer's write saves where the walk goes too (one request per key, not two).
      const next = advance && value && criterionIndex === active ? positionAfter(1) : null;
      void setAnswer(
        current.touchpoint.id,
        criterion.id,
        value,
        next ? { touchpointId: next.touchpointId, criterionId: next.criterionId } : undefined,
      ).catch((e: unknown) => setError(describeError(t, apiErrorOf(e))));
      if (advance && value) move(1, next !== null);
    },
    [current, readOnly, setAnswer, move, positionAfter, active, t],
  );

  // The rows get the same callbacks on every render (memoised rows); these read the walk's latest state.
  const latest = useRef({ answer, jump, tp: current?.touchpoint ?? null, setNote });
  latest.current = { answer, jump, tp: current?.touchpoint ?? null, setNote };
  const onRowAnswer = useCallback((i: number, value: AnswerValue | null) => latest.current.answer(i, value, false), []);
  const onRowNote = useCallback(
    (i: number, note: string) => {
      const { tp, setNote: save } = latest.current;
      const criterion = tp?.criteria[i];
      if (!tp || !criterion) return Promise.resolve();
      return save(tp.id, criterion.id, note).catch((e: unknown) => {
        setError(describeError(t, apiErrorOf(e)));
        throw e;
      });
    },
    [t],
  );
  const onCloseNote = useCallback(() => setNoteOpen(false), [setNoteOpen]);
  const onJump = useCallback((id: string) => latest.current.jump(id), []);
  // The skip link's target: the highlighted criterion's answers (read when it is used, so always the current one).
  const activeRef = useRef(active);
  activeRef.current = active;
  const onSkip = useCallback(() => focusAnswers(criteriaList.current?.children[activeRef.current]), []);

  useEffect(() => {
    const row = criteriaList.current?.children[active] as HTMLElement | undefined;
    row?.scrollIntoView({ block: 'nearest' });
    if (focusRow.current && row) {
      focusRow.current = false;
      row.focus();
    }
  }, [active, current?.touchpoint.id]);

  const { typingPaused } = useWalkKeys({
    touchpoint: current?.touchpoint ?? null,
    active,
    rtl,
    readOnly,
    answerOf: (i) => {
      const c = current?.touchpoint.criteria[i];
      return c && current ? (answers.get(answerKey(current.touchpoint.id, c.id))?.value ?? null) : null;
    },
    answer,
    setActive,
    move,
    step,
    openNote: () => setNoteOpen(true),
    emotion: (value) => current && void setRecord(current.touchpoint.id, 'emotion', value).catch(() => undefined),
    undo: () => void undo().catch(() => undefined),
    help: () => setHelp(true),
  });

  if (!ready || !progress || !current) {
    return (
      <main className="empty-state">
        <p role={error ? 'alert' : 'status'}>{error ?? t('app.loading')}</p>
      </main>
    );
  }

  const tp = current.touchpoint;

  return (
    <main className="walk" data-testid="audit-walk">
      <SkipLink label={t('walk.skipToQuestions')} onSkip={onSkip} testId="skip-to-questions" />
      <WalkBar
        audit={ready}
        progress={progress}
        score={score}
        readOnly={readOnly}
        onExport={() => setExporting(true)}
        onComplete={() => setCompleting(true)}
        onHelp={() => setHelp(true)}
      />
      {readOnly ? (
        <p className="readonly-banner" role="status">
          {t('walk.readOnly')}
        </p>
      ) : null}
      <SignOff audit={ready} />
      {ready.auditType === 'mystery-shop' ? <Visit audit={ready} readOnly={readOnly} /> : null}
      {typingPaused ? (
        <p className="walk-typing-paused" role="status" data-testid="typing-paused">
          {t('autosave.keysPaused')}
        </p>
      ) : null}
      <div className="walk-body">
        <WalkOutline groups={groups} progress={progress} currentId={tp.id} onJump={onJump} />
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
          <ol className="criteria" ref={criteriaList}>
            {tp.criteria.map((criterion, i) => (
              <CriterionRow
                key={`${tp.id}-${criterion.id}`}
                criterion={criterion}
                index={i}
                answer={answers.get(answerKey(tp.id, criterion.id))}
                active={i === active}
                noteOpen={noteOpen && i === active}
                readOnly={readOnly}
                onActivate={setActive}
                onAnswer={onRowAnswer}
                noteKey={`note:${ready.id}:${tp.id}:${criterion.id}`}
                channelsKey={`channels:${ready.id}:${tp.id}:${criterion.id}`}
                onNote={onRowNote}
                onCloseNote={onCloseNote}
              />
            ))}
          </ol>
          <div className="walk-nav">
            <button type="button" className="button" disabled={index === 0} onClick={() => step(-1)}>
              {rtl ? '→' : '←'} {t('walk.previous')}
            </button>
            <span className="muted small">{t('walk.keysHint')}</span>
            <button
              type="button"
              className="button button-primary"
              disabled={index === walk.length - 1}
              onClick={() => step(1)}
            >
              {t('walk.next')} {rtl ? '←' : '→'}
            </button>
          </div>
        </section>
        <Observations key={tp.id} audit={ready} touchpointId={tp.id} readOnly={readOnly} />
      </div>
      <Keys open={help} onOpenChange={setHelp} />
      <Export audit={ready} open={exporting} onOpenChange={setExporting} />
      <CompletionPanel
        open={completing}
        onOpenChange={setCompleting}
        audit={ready}
        progress={progress}
        onJump={(tpId, criterionId) => {
          // Focus goes to the criterion (not back to the Complete button), so Enter writes its note.
          focusRow.current = true;
          setCompleting(false);
          const entry = walk.find((w) => w.touchpoint.id === tpId);
          jump(tpId, Math.max(0, entry?.touchpoint.criteria.findIndex((c) => c.id === criterionId) ?? 0));
        }}
      />
    </main>
  );
}
