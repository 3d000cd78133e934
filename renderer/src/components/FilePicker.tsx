import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file input that speaks the interface's language: the browser's own ("Choose File", "No file
 * chosen") follows the system, not the app, so a styled button opens a hidden input and the chosen
 * name is written beside it. The input keeps the label, so assistive tools and tests still find it.
 */
export function FilePicker(props: {
  label: string;
  accept: string;
  disabled?: boolean;
  testId?: string;
  onFile(file: File | undefined): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <div className="file-picker">
      <span className="file-picker-label" id={`${id}-label`}>
        {props.label}
      </span>
      <button
        type="button"
        className="button"
        disabled={props.disabled}
        aria-describedby={`${id}-label ${id}-name`}
        onClick={() => input.current?.click()}
      >
        {t('filePicker.choose')}
      </button>
      <span className="muted small" id={`${id}-name`} dir="auto" data-testid={props.testId && `${props.testId}-name`}>
        {name ?? t('filePicker.none')}
      </span>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={props.label}
        accept={props.accept}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          setName(file?.name ?? null);
          props.onFile(file);
          // Cleared so that choosing the same file again (a second import) is noticed.
          e.target.value = '';
        }}
      />
    </div>
  );
}
