import { useId } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  error?: string | undefined;
  placeholder?: string;
  /** A line under the field saying what to type (read with the field by screen readers). */
  hint?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'search';
  required?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
  name: string;
  /** Marks a field that saves itself (see lib/autosave): its key and where it stands. */
  autosave?: { key: string; state: string };
}

/** Labelled input with its error beneath; dir="auto" so Arabic, Latin and mixed text each read the right way. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ');
  const common = {
    id,
    name: props.name,
    value: props.value,
    dir: 'auto' as const,
    placeholder: props.placeholder,
    required: props.required,
    autoFocus: props.autoFocus,
    maxLength: props.maxLength,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    onBlur: props.onBlur,
    'data-autosave': props.autosave?.key,
    'data-save-state': props.autosave?.state,
  };
  return (
    <div className={`field${props.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} type={props.type ?? 'text'} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.hint ? (
        <p className="muted small" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={errorId} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
