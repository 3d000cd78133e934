import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';
import { useSaveStatus } from '../stores/save-status-store';
import { describeError } from '../lib/field-errors';

/** Where a save stands. `idle`: nothing was written since the screen opened, so nothing is unsaved either. */
export type SaveBadgeState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ApiError } | { kind: 'invalid' };

/**
 * The one wording and look of a save state, wherever it is shown (the header, a panel's own): "Saved", "Saving…",
 * "Not saved: reason". Nothing unsaved reads "Saved" whether or not a write happened since the screen opened.
 * `fieldsPrefix` names the catalog of field names a refusal's reason uses.
 */
export function SaveBadge({
  state,
  testId,
  fieldsPrefix,
}: {
  state: SaveBadgeState;
  testId: string;
  fieldsPrefix?: string;
}) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saving'
      ? t('save.saving')
      : state.kind === 'failed'
        ? t('save.failed', { reason: describeError(t, state.error, fieldsPrefix) })
        : state.kind === 'invalid'
          ? t('autosave.invalid')
          : t('save.saved');
  // "Not saved" to the eye either way; the data attribute keeps the cause (and idle from saved) for tests and tools.
  const look = state.kind === 'invalid' ? 'failed' : state.kind === 'idle' ? 'saved' : state.kind;
  return (
    <span
      className={`save-indicator save-${look}`}
      role="status"
      aria-live="polite"
      data-testid={testId}
      data-state={state.kind}
      title={text}
    >
      <span className="save-dot" aria-hidden="true" />
      {text}
    </span>
  );
}

/** Honest, always visible in the header: Saving while a write is in flight, Saved once the backend committed it. */
export function SaveIndicator() {
  const state = useSaveStatus((s) => s.state);
  return <SaveBadge state={state} testId="save-indicator" />;
}
