import * as AlertDialog from '@radix-ui/react-alert-dialog';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onOpenChange(open: boolean): void;
}

/** Destructive confirmation: focus starts on Cancel, so Enter never deletes by accident. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <AlertDialog.Root open={props.open} onOpenChange={props.onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" data-testid="confirm-dialog">
          <AlertDialog.Title className="dialog-title" dir="auto">
            {props.title}
          </AlertDialog.Title>
          <AlertDialog.Description className="dialog-body">{props.body}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel className="button">{props.cancelLabel}</AlertDialog.Cancel>
            <AlertDialog.Action className="button button-danger" onClick={props.onConfirm}>
              {props.confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
