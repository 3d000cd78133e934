import { createContext, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * The editor's fields all save through one autosave (the whole definition, see useTemplateDraft):
 * this names it, its state, and the problems the backend listed by field key (template-errors.ts).
 */
export interface TemplateFields {
  saveKey: string;
  saveState: string;
  errors: ReadonlyMap<string, string>;
}
export const TemplateFieldsContext = createContext<TemplateFields | null>(null);

/**
 * Compact labelled controls for the template editor: a label above, the error beneath (announced),
 * read-only for built-in templates. User text is dir="auto" so Arabic and Latin each read right.
 */

interface Common {
  label: string;
  /** The field's key (template-errors.ts): its problem is shown beside it; it names the field for autosave. */
  field?: string;
  error?: string | undefined;
  hint?: string | undefined;
  readOnly?: boolean;
  className?: string;
  /** Focus and select the text when first shown (a freshly added item). */
  focusOnMount?: boolean;
  testId?: string;
  hideLabel?: boolean;
}

function Wrapper({
  id,
  label,
  error,
  hint,
  className,
  hideLabel,
  children,
}: Common & { id: string; children: ReactNode }) {
  return (
    <div className={`tpl-field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {hint ? (
        <p className="tpl-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The field's error (given, or the problem listed under its key) and its autosave marks. */
function useField<P extends Common>(props: P): P & { marks: Record<string, string | undefined> } {
  const fields = useContext(TemplateFieldsContext);
  const error = props.error ?? (props.field ? fields?.errors.get(props.field) : undefined);
  const marks = {
    'data-autosave': fields && props.field ? `${fields.saveKey}:${props.field}` : undefined,
    'data-save-state': fields && props.field ? fields.saveState : undefined,
  };
  return { ...props, error, marks };
}

function describedBy(id: string, p: Common): string | undefined {
  const ids = [p.hint ? `${id}-hint` : '', p.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

function useFocusOnMount<T extends HTMLInputElement | HTMLTextAreaElement>(on: boolean | undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!on || !ref.current) return;
    ref.current.focus();
    ref.current.select();
    ref.current.scrollIntoView({ block: 'nearest' });
    // Only on mount: a freshly added item takes the focus once.
  }, []);
  return ref;
}

export function TextInput(
  given: Common & {
    value: string;
    onChange(value: string): void;
    onBlur?(): void;
    maxLength?: number;
    multiline?: boolean;
    rows?: number;
    placeholder?: string;
  },
) {
  const props = useField(given);
  const id = useId();
  const ref = useFocusOnMount<HTMLInputElement & HTMLTextAreaElement>(props.focusOnMount);
  const common = {
    id,
    ref,
    value: props.value,
    dir: 'auto' as const,
    readOnly: props.readOnly,
    maxLength: props.maxLength,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(id, props),
    'data-testid': props.testId,
    ...props.marks,
    onChange: (e: { target: { value: string } }) => props.onChange(e.target.value),
    onBlur: props.onBlur,
  };
  return (
    <Wrapper {...props} id={id}>
      {props.multiline ? <textarea {...common} rows={props.rows ?? 2} /> : <input {...common} type="text" />}
    </Wrapper>
  );
}

/**
 * A number typed freely: what is on screen is what gets saved; an empty or broken number is sent as
 * such and refused with a reason.
 */
export function NumberInput(
  given: Common & { value: number; onChange(value: number): void; min: number; max: number; step?: number },
) {
  const props = useField(given);
  const id = useId();
  const [text, setText] = useState(() => format(props.value));
  // Follow outside changes (undo, reorder into this slot) without fighting the user's typing.
  useEffect(() => {
    setText((current) => (sameNumber(parse(current), props.value) ? current : format(props.value)));
  }, [props.value]);
  return (
    <Wrapper {...props} id={id}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        dir="ltr"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={text}
        readOnly={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        data-testid={props.testId}
        {...props.marks}
        onChange={(e) => {
          setText(e.target.value);
          props.onChange(parse(e.target.value));
        }}
      />
    </Wrapper>
  );
}

const format = (n: number) => (Number.isFinite(n) ? String(n) : '');
const parse = (s: string) => (s.trim() === '' ? Number.NaN : Number(s.replace(',', '.')));
const sameNumber = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

export function SelectInput<V extends string>(
  given: Common & { value: V; onChange(value: V): void; options: readonly { value: V; label: string }[] },
) {
  const props = useField(given);
  const id = useId();
  return (
    <Wrapper {...props} id={id}>
      <select
        id={id}
        value={props.value}
        disabled={props.readOnly}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy(id, props)}
        data-testid={props.testId}
        {...props.marks}
        onChange={(e) => props.onChange(e.target.value as V)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}

/** An on/off setting: a checkbox announced as a switch, its label beside it. */
export function Switch(given: Common & { checked: boolean; onChange(checked: boolean): void }) {
  const props = useField(given);
  const id = useId();
  return (
    <div className={`tpl-switch${props.className ? ` ${props.className}` : ''}`}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        disabled={props.readOnly}
        aria-describedby={describedBy(id, props)}
        data-testid={props.testId}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint ? (
        <p className="tpl-hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}
