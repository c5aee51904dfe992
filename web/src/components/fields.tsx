// Labelled form controls. Each shows its error under the input, tied by aria-describedby, and
// marks the input aria-invalid. `name` is the JSON path the error is keyed by.
import type { ComponentChildren, JSX } from 'preact';

export function fieldId(path: string): string {
  return 'f-' + path.replace(/^\$\./, '').replace(/[^a-zA-Z0-9]+/g, '-');
}

interface BaseProps {
  path: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

function Hint({ path, hint }: { path: string; hint?: string | undefined }) {
  return hint ? <p class="hint" id={`${fieldId(path)}-hint`}>{hint}</p> : null;
}

function ErrorText({ path, error }: { path: string; error?: string | undefined }) {
  return error ? <p class="field-error" id={`${fieldId(path)}-error`}>{error}</p> : null;
}

/** Hint and error together, above a group of choices. */
function Described({ path, hint, error }: { path: string; hint?: string | undefined; error?: string | undefined }) {
  return <><Hint path={path} hint={hint} /><ErrorText path={path} error={error} /></>;
}

function describedBy(path: string, hint?: string, error?: string): string | undefined {
  const id = fieldId(path);
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

type InputProps = BaseProps & {
  value: string;
  onInput: (value: string) => void;
} & Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onInput' | 'label'>;

// The frame of a labelled control: the label, the hint above, the error below.
function FieldFrame({ path, label, hint, error, children }: BaseProps & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={fieldId(path)}>{label}</label>
      <Hint path={path} hint={hint} />
      {children}
      <ErrorText path={path} error={error} />
    </div>
  );
}

// The attributes a framed control carries: its id and name, and what describes it.
function controlProps(path: string, hint: BaseProps['hint'], error: BaseProps['error']) {
  return { id: fieldId(path), name: path, 'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy(path, hint, error) };
}

export function TextField({ path, label, hint, error, value, onInput, ...rest }: InputProps) {
  return (
    <FieldFrame path={path} label={label} hint={hint} error={error}>
      <input {...rest} {...controlProps(path, hint, error)} value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)} />
    </FieldFrame>
  );
}

type TextAreaProps = BaseProps & {
  value: string;
  onInput: (value: string) => void;
} & Omit<JSX.TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onInput' | 'label'>;

/** A labelled multi-line text box, with its hint and error as TextField has them. */
export function TextAreaField({ path, label, hint, error, value, onInput, ...rest }: TextAreaProps) {
  return (
    <FieldFrame path={path} label={label} hint={hint} error={error}>
      <textarea {...rest} {...controlProps(path, hint, error)} value={value}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)} />
    </FieldFrame>
  );
}

interface SelectProps<T extends string> extends BaseProps {
  value: T | '';
  options: readonly T[];
  labels: Record<T, string>;
  placeholder?: string;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({ path, label, hint, error, value, options, labels, placeholder, onChange }: SelectProps<T>) {
  const id = fieldId(path);
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <Hint path={path} hint={hint} />
      <select
        id={id}
        name={path}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(path, hint, error)}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {value === '' && <option value="" disabled>{placeholder ?? 'Choose…'}</option>}
        {options.map((o) => <option value={o}>{labels[o]}</option>)}
      </select>
      <ErrorText path={path} error={error} />
    </div>
  );
}

interface ChoiceProps<T extends string> extends BaseProps {
  value: T | '';
  options: readonly T[];
  labels: Record<T, string>;
  onChange: (value: T) => void;
  layout?: 'stack' | 'row';
}

/** A radio group in a fieldset: each choice a 48 px target. */
export function ChoiceField<T extends string>({ path, label, hint, error, value, options, labels, onChange, layout = 'stack' }: ChoiceProps<T>) {
  const id = fieldId(path);
  return (
    <fieldset class={`field choices ${layout}${error ? ' has-error' : ''}`} id={id} aria-describedby={describedBy(path, hint, error)}>
      <legend>{label}</legend>
      <Described path={path} hint={hint} error={error} />
      <div class="choice-list">
        {options.map((o) => (
          <label class="choice">
            <input type="radio" name={path} value={o} checked={value === o} onChange={() => onChange(o)} />
            <span>{labels[o]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface CheckListProps<T extends string> extends BaseProps {
  values: readonly T[];
  options: readonly T[];
  labels: Record<T, string>;
  onToggle: (value: T) => void;
  columns?: boolean;
}

export function CheckList<T extends string>({ path, label, hint, error, values, options, labels, onToggle, columns }: CheckListProps<T>) {
  const id = fieldId(path);
  return (
    <fieldset class={`field choices${columns ? ' columns' : ''}${error ? ' has-error' : ''}`} id={id} aria-describedby={describedBy(path, hint, error)}>
      <legend>{label}</legend>
      <Described path={path} hint={hint} error={error} />
      <div class="choice-list">
        {options.map((o) => (
          <label class="choice">
            <input type="checkbox" name={path} value={o} checked={values.includes(o)} onChange={() => onToggle(o)} />
            <span>{labels[o]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A list of what is wrong, announced, with links to each field. */
export function ErrorSummary({ errors, title = 'Please fix the following' }: { errors: Record<string, string>; title?: string }) {
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      <ul>
        {entries.map(([path, message]) => (
          <li><a href={`#${fieldId(path)}`} onClick={(e) => { e.preventDefault(); document.getElementById(fieldId(path))?.focus(); }}>{message}</a></li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ kind, children }: { kind: 'error' | 'info'; children: ComponentChildren }) {
  return <div class={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>{children}</div>;
}
