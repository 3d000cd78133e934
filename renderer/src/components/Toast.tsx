import { useEffect } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  actionLabel?: string;
  onAction?(): void;
}

/** One short-lived notice with an optional action (Undo). */
export function Toast({ toast, onDone }: { toast: ToastMessage | null; onDone(): void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onDone, 8000);
    return () => window.clearTimeout(timer);
  }, [toast, onDone]);
  if (!toast) return null;
  return (
    <div className="toast" role="status" data-testid="toast">
      <span dir="auto">{toast.text}</span>
      {toast.actionLabel ? (
        <button
          type="button"
          className="button button-link"
          onClick={() => {
            toast.onAction?.();
            onDone();
          }}
        >
          {toast.actionLabel}
        </button>
      ) : null}
    </div>
  );
}
