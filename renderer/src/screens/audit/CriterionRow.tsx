import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer, AnswerValue } from '../../../../shared/domain/audit';
import type { Criterion } from '../../../../shared/domain/template';
import { textFieldProps, useAutosave } from '../../lib/autosave/use-autosave';
import { AnswerControl } from './AnswerControl';

interface Props {
  criterion: Criterion;
  index: number;
  answer: Answer | undefined;
  active: boolean;
  noteOpen: boolean;
  readOnly: boolean;
  /** The callbacks take the row's index, so the walk passes the same functions to every row and render. */
  onActivate(index: number): void;
  onAnswer(index: number, value: AnswerValue | null): void;
  /** The note's key in the save queue (audit, touchpoint and criterion). */
  noteKey: string;
  /** The per-channel fields' key prefix in the save queue. */
  channelsKey: string;
  onNote(index: number, note: string): Promise<void>;
  onCloseNote(): void;
}

/**
 * One criterion of the walk. Memoised: an answer re-renders its own row only, not the other rows of
 * the touchpoint (props are the row's answer object, flags and stable callbacks).
 */
export const CriterionRow = memo(function CriterionRow(props: Props) {
  const { t, i18n } = useTranslation();
  const { criterion, answer, index } = props;
  const note = useAutosave({
    key: props.noteKey,
    saved: answer?.note ?? '',
    disabled: props.readOnly,
    save: (value) => props.onNote(index, value),
  });
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const showNote = props.noteOpen || note.value !== '';
  useEffect(() => {
    if (props.noteOpen) noteRef.current?.focus();
  }, [props.noteOpen]);

  const answeredAt = answer?.value
    ? new Date(answer.updatedAt).toLocaleTimeString(i18n.language, {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
    : null;

  return (
    <li
      tabIndex={-1}
      className={`criterion${props.active ? ' active' : ''}${answer?.value ? ' answered' : ''}`}
      aria-current={props.active ? 'step' : undefined}
      data-testid={`criterion-${criterion.id}`}
      data-answered={answer?.value ? 'true' : 'false'}
      onClick={() => props.onActivate(index)}
      // An answer button or channel field reached by Tab makes its criterion the highlighted one, so the keys act there.
      onFocus={(e) => {
        if (e.target !== e.currentTarget && !props.active) props.onActivate(index);
      }}
    >
      <div className="criterion-head">
        <span className="criterion-number">{props.index + 1}</span>
        <div className="criterion-text">
          <p className="question" dir="auto">
            {criterion.question}
            {criterion.critical ? <span className="badge badge-critical">{t('walk.critical')}</span> : null}
            {criterion.weight !== 1 ? (
              <span className="badge">{t('walk.weight', { weight: criterion.weight })}</span>
            ) : null}
          </p>
          {criterion.guidance ? (
            <p className="guidance" dir="auto">
              {criterion.guidance}
            </p>
          ) : null}
        </div>
        {answeredAt ? (
          <span className="answered-at muted small" title={t('walk.answeredAt', { time: answeredAt })}>
            ✓ {answeredAt}
          </span>
        ) : null}
      </div>
      <AnswerControl
        answerKey={props.channelsKey}
        criterion={criterion}
        value={answer?.value ?? null}
        readOnly={props.readOnly}
        onAnswer={(value) => props.onAnswer(index, value)}
      />
      {showNote ? (
        <textarea
          ref={noteRef}
          className="criterion-note"
          dir="auto"
          rows={2}
          placeholder={t('walk.notePlaceholder')}
          aria-label={t('walk.note')}
          disabled={props.readOnly}
          {...textFieldProps(note, props.noteKey)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
              e.preventDefault();
              note.flush();
              props.onCloseNote();
            }
          }}
        />
      ) : null}
    </li>
  );
});
