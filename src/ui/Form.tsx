/**
 * Accessible forms: labelled fields with hints and errors tied by aria-describedby, and an error
 * summary that receives focus and links to each field (RGAA 11.10, 11.11).
 */
import {
  useEffect,
  useId,
  useRef,
  useState,
  type ChangeEvent,
  type Dispatch,
  type FormEvent,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { z } from 'zod';
import { ApiError } from './api.ts';
import { Notice } from './Feedback.tsx';
import { useReportPageErrors } from './Page.tsx';

export interface FormErrors {
  message: string;
  fields: Record<string, string>;
}

export const fieldId = (name: string) => `champ-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

function zodFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.map(String).join('.') || '_'] ??= issue.message;
  return fields;
}

/** Validates with the shared schema, then runs the action; turns every failure into FormErrors. */
export function useSubmit<S extends z.ZodType, R>(
  schema: S,
  action: (data: z.output<S>) => Promise<R>,
  onSuccess: (result: R) => void,
) {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (values: unknown) => {
    if (pending) return;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      setErrors({ message: 'Certaines informations sont à corriger.', fields: zodFields(parsed.error) });
      return;
    }
    setPending(true);
    try {
      const result = await action(parsed.data);
      setErrors(null);
      onSuccess(result);
    } catch (error) {
      if (error instanceof ApiError) setErrors({ message: error.message, fields: error.fields });
      else setErrors({ message: 'Une erreur inattendue est survenue. Réessayez dans un instant.', fields: {} });
    } finally {
      setPending(false);
    }
  };
  return { errors, setErrors, pending, submit };
}

/** The keys of a form's values that hold text. */
type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/**
 * What each field of a form repeats, bound once: `field('email')` gives the field its name, label,
 * value, change and error.
 */
export function fieldsOf<V extends object, L extends Record<string, string>>(
  values: V,
  setValues: Dispatch<SetStateAction<V>>,
  labels: L,
  errors: FormErrors | null,
) {
  return <K extends TextKeys<V> & keyof L>(name: K) => ({
    name,
    label: labels[name],
    value: values[name] as string,
    onChange: (value: string) => setValues((v) => ({ ...v, [name]: value })),
    error: errors?.fields[name],
  });
}

/**
 * A public form (no login, sent to the same origin): its values with a honeypot `website` for
 * robots, its submission, and whether it is sent. `action` gets the checked data and the values as
 * typed.
 */
export function usePublicForm<
  V extends Record<string, string | boolean>,
  L extends Record<string, string>,
  S extends z.ZodType,
>(initial: V, labels: L, schema: S, action: (data: z.output<S>, values: V & { website: string }) => Promise<unknown>) {
  const [values, setValues] = useState<V & { website: string }>({ ...initial, website: '' });
  const [sent, setSent] = useState(false);
  const { errors, pending, submit } = useSubmit(
    schema,
    (data) => action(data, values),
    () => setSent(true),
  );
  const honeypot = { value: values.website, onChange: (website: string) => setValues((v) => ({ ...v, website })) };
  return {
    values,
    setValues,
    field: fieldsOf(values, setValues, labels, errors),
    sent,
    errors,
    pending,
    submit,
    honeypot,
  };
}

/** A honeypot for robots: never shown to people nor to assistive technologies. */
export function Honeypot({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <div hidden>
      <label htmlFor={id}>Site web</label>
      <input
        id={id}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** What a form says once sent, in place of the form: a success notice that takes the focus. */
export function SentNotice({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} tabIndex={-1} className="notice-focus">
      <Notice tone="success">{children}</Notice>
    </div>
  );
}

/** The field itself, or its first focusable part (a date field's day, a group's first box). */
function focusField(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  const focusable = element.matches('input, select, textarea, button, [tabindex]')
    ? element
    : element.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button, [tabindex]');
  focusable?.focus();
}

export function ErrorSummary({ errors, labels }: { errors: FormErrors; labels: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  const entries = Object.entries(errors.fields);
  const titleId = useId();
  return (
    <div className="error-summary" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>
        {entries.length > 1
          ? `${entries.length} informations sont à corriger`
          : entries.length === 1
            ? 'Une information est à corriger'
            : 'L’action n’a pas abouti'}
      </h2>
      {entries.length === 0 || errors.message !== 'Certaines informations sont à corriger.' ? (
        <p>{errors.message}</p>
      ) : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, message]) => (
            <li key={name}>
              <a
                href={`#${fieldId(name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  focusField(fieldId(name));
                }}
              >
                {labels[name] ? `${labels[name]} : ` : ''}
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function Form({
  onSubmit,
  errors,
  labels,
  submitLabel,
  pending,
  children,
  note = 'Tous les champs sont obligatoires, sauf mention contraire.',
  done = null,
}: {
  onSubmit: () => void;
  errors: FormErrors | null;
  labels: Record<string, string>;
  submitLabel: string;
  pending: boolean;
  children: ReactNode;
  note?: string | null;
  /** The outcome of the last save, shown and announced beside the button, where the person looks. */
  done?: string | null;
}) {
  const report = useReportPageErrors();
  useEffect(() => {
    report(errors !== null);
    return () => report(false);
  }, [errors, report]);
  // The outcome stays in view even when the page above the button grows as it saves.
  const outcome = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (done) outcome.current?.scrollIntoView?.({ block: 'nearest' });
  }, [done]);
  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {errors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      {note ? <p className="form-note">{note}</p> : null}
      {children}
      <div className="form-actions">
        <button type="submit" className="button primary" aria-disabled={pending || undefined}>
          {submitLabel}
        </button>
        {pending ? (
          <span role="status" className="pending">
            Envoi en cours…
          </span>
        ) : (
          <span ref={outcome} role="status" className={done ? 'form-done' : 'visually-hidden'}>
            {done ? <>✓ {done}</> : null}
          </span>
        )}
      </div>
    </form>
  );
}

interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
}

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${fieldId(name)}-aide` : null, error ? `${fieldId(name)}-erreur` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldFrame({
  name,
  label,
  hint,
  error,
  optional,
  children,
}: Omit<FieldProps, 'value' | 'onChange'> & { children: ReactNode }) {
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={fieldId(name)}>
        {label}
        {optional ? <span className="optional"> (facultatif)</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${fieldId(name)}-aide`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${fieldId(name)}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  );
}

export function TextField(
  props: FieldProps & {
    /** Dates and times are `DateField` / `TimeField` (DateField.tsx): French in every browser. */
    type?: 'text' | 'email' | 'password' | 'search' | 'url';
    autoComplete?: string;
    inputMode?: 'decimal' | 'text';
    spellCheck?: boolean;
  },
) {
  const { name, value, onChange, error, hint, type = 'text', autoComplete, inputMode, spellCheck } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={fieldId(name)}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        required={!props.optional}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

/** A file picker with the fields' label, hint and error; the form sends the file it reports. */
export function FileField(
  props: Omit<FieldProps, 'value' | 'onChange'> & { accept: string; onChange: (file: File | null) => void },
) {
  const { name, error, hint, accept, onChange } = props;
  return (
    <FieldFrame {...props}>
      <input
        id={fieldId(name)}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.files?.[0] ?? null)}
      />
    </FieldFrame>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { name, value, onChange, error, hint, rows = 4 } = props;
  return (
    <FieldFrame {...props}>
      <textarea
        id={fieldId(name)}
        name={name}
        value={value}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        required={!props.optional}
        onChange={(event) => onChange(event.target.value)}
      />
    </FieldFrame>
  );
}

export function CheckboxField({
  name,
  label,
  checked,
  onChange,
  error,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}) {
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      {error ? (
        <p className="field-error" id={`${fieldId(name)}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <input
        id={fieldId(name)}
        name={name}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${fieldId(name)}-erreur` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={fieldId(name)}>{label}</label>
    </div>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { name, value, onChange, error, hint, options, placeholder } = props;
  return (
    <FieldFrame {...props}>
      <select
        id={fieldId(name)}
        name={name}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        required={!props.optional}
        onChange={(event) => onChange(event.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
