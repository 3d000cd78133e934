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
          : state.kind === 'invalid'
            ? t('autosave.invalid')
            : t('save.idle');
  // Both are "Not saved" to the eye; the data attribute keeps the cause for tests and tools.
  const look = state.kind === 'invalid' ? 'failed' : state.kind;
  return (
    <span
      className={`save-indicator save-${look}`}
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
