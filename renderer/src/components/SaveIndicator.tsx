import { useTranslation } from 'react-i18next';
import { useSaveStatus } from '../stores/save-status-store';
import { describeError } from '../lib/field-errors';

/** Honest, always visible: Saving while a write is in flight, Saved once the backend committed it. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useSaveStatus((s) => s.state);
  const text =
    state.kind === 'saving'
      ? t('save.saving')
      : state.kind === 'saved'
        ? t('save.saved')
        : state.kind === 'failed'
          ? t('save.failed', { reason: describeError(t, state.error) })
          : t('save.idle');
  return (
    <span
      className={`save-indicator save-${state.kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
      data-state={state.kind}
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
