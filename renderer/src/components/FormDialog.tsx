import * as Dialog from '@radix-ui/react-dialog';
import type { FormEvent, ReactNode } from 'react';

/**
 * The one dialog shell: overlay, title, description, an optional form (Enter submits, the browser's
 * own validation is off: the backend's messages are shown), the form's error, and a row of actions.
 */
export function FormDialog({
  open,
  onOpenChange,
  title,
  titleDir,
  description,
  testId,
  className,
  onSubmit,
  error,
  actions,
  children,
  after,
}: {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: ReactNode;
  /** 'auto' when the title carries a name the user typed (its own direction). */
  titleDir?: 'auto';
  description: ReactNode;
  testId: string;
  className?: string;
  /** Without it the body is a plain panel (its buttons act on their own). */
  onSubmit?: (event: FormEvent) => void;
  error?: string | null;
  actions: ReactNode;
  children: ReactNode;
  /** Drawn after the form, inside the dialog (a nested confirmation). */
  after?: ReactNode;
}) {
  const body = (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {children}
      <div className="dialog-actions">{actions}</div>
    </>
  );
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={`dialog dialog-wide${className ? ` ${className}` : ''}`} data-testid={testId}>
          <Dialog.Title className="dialog-title" dir={titleDir}>
            {title}
          </Dialog.Title>
          <Dialog.Description className="dialog-body">{description}</Dialog.Description>
          {onSubmit ? (
            <form onSubmit={onSubmit} noValidate>
              {body}
            </form>
          ) : (
            body
          )}
          {after}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Closes the dialog it sits in (a Cancel or Close button). */
export function DialogCloseButton({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Dialog.Close className="button" type="button" data-testid={testId}>
      {children}
    </Dialog.Close>
  );
}
