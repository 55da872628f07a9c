/**
 * The editor's fields and buttons. Every field is labelled with its position (« Libellé de la
 * question 3 »): the start of the label is visible, the rest (« de la question 3 ») is read by
 * screen readers only where the layout already shows it. Errors come from the editor's context,
 * by field name, and are tied to their field by aria-describedby.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { fieldId } from '../../../ui/Form.tsx';

export interface EditorTools {
  errorOf: (name: string) => string | undefined;
  /** Focuses the element with this DOM id once the next render is on screen. */
  focusLater: (domId: string) => void;
  /** Says what just happened to screen readers (moved, removed, added). */
  announce: (text: string) => void;
}

export const EditorContext = createContext<EditorTools>({
  errorOf: () => undefined,
  focusLater: () => undefined,
  announce: () => undefined,
});
export const useEditor = () => useContext(EditorContext);

/** The label: `short` shown, the rest of `full` for screen readers only. */
export function Label({ full, short }: { full: string; short?: string | undefined }) {
  if (!short || !full.startsWith(short) || short === full) return <>{full}</>;
  return (
    <>
      {short}
      <span className="visually-hidden">{full.slice(short.length)}</span>
    </>
  );
}

function ErrorText({ name, error }: { name: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field-error" id={`${fieldId(name)}-erreur`}>
      <span className="visually-hidden">Erreur : </span>
      {error}
    </p>
  );
}

function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${fieldId(name)}-aide` : null, error ? `${fieldId(name)}-erreur` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface FieldProps {
  name: string;
  label: string;
  short?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  className?: string;
}

function Frame({
  name,
  label,
  short,
  hint,
  optional,
  className,
  children,
}: FieldProps & {
  children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const error = useEditor().errorOf(name);
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId(name)}>
        <Label full={label} short={short} />
        {optional ? <span className="optional"> (facultatif)</span> : null}
      </label>
      {hint ? (
        <p className="hint" id={`${fieldId(name)}-aide`}>
          {hint}
        </p>
      ) : null}
      <ErrorText name={name} error={error} />
      {children({
        id: fieldId(name),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(describedBy(name, hint, error) ? { 'aria-describedby': describedBy(name, hint, error)! } : {}),
      })}
    </div>
  );
}

export function TextInput(props: FieldProps & { value: string; onChange: (value: string) => void; numeric?: boolean }) {
  const { value, onChange, numeric } = props;
  return (
    <Frame {...props} className={`${props.className ?? ''}${numeric ? ' field-number' : ''}`.trim() || undefined}>
      {(a) => (
        <input
          {...a}
          type="text"
          inputMode={numeric ? 'numeric' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Frame>
  );
}

export function TextBox(props: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { value, onChange, rows = 3 } = props;
  return (
    <Frame {...props}>
      {(a) => <textarea {...a} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Frame>
  );
}

export function Choice(
  props: FieldProps & { value: string; onChange: (value: string) => void; options: { value: string; label: string }[] },
) {
  const { value, onChange, options } = props;
  return (
    <Frame {...props}>
      {(a) => (
        <select {...a} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}

export function Check({
  name,
  label,
  short,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  short?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const error = useEditor().errorOf(name);
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`}>
      <ErrorText name={name} error={error} />
      <input
        id={fieldId(name)}
        type="checkbox"
        checked={checked}
        aria-describedby={error ? `${fieldId(name)}-erreur` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={fieldId(name)}>
        <Label full={label} short={short} />
      </label>
    </div>
  );
}

/** A group of fields (a list, the points of a scale) that an error can be about as a whole. */
export function Group({
  name,
  legend,
  short,
  hint,
  className,
  children,
}: {
  name: string;
  legend: string;
  short?: string;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const error = useEditor().errorOf(name);
  return (
    <fieldset
      id={fieldId(name)}
      tabIndex={-1}
      className={`editor-group${error ? ' editor-invalid' : ''}${className ? ` ${className}` : ''}`}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend>
        <Label full={legend} short={short} />
      </legend>
      {hint ? (
        <p className="hint" id={`${fieldId(name)}-aide`}>
          {hint}
        </p>
      ) : null}
      <ErrorText name={name} error={error} />
      {children}
    </fieldset>
  );
}

/** A button whose visible word (« Monter ») is completed for screen readers (« la question 3 »). */
export function ActionButton({
  id,
  text,
  context,
  onClick,
  disabled,
  tone = 'secondary',
}: {
  id?: string;
  text: string;
  context: string;
  onClick: () => void;
  disabled?: boolean;
  tone?: 'secondary' | 'primary' | 'danger';
}) {
  return (
    <button type="button" id={id} className={`button small ${tone}`} disabled={disabled} onClick={onClick}>
      {text}
      <span className="visually-hidden"> {context}</span>
    </button>
  );
}

/** Move up, move down and remove buttons of an element of a list; focus stays on the moved element's button. */
export function MoveButtons({
  idPrefix,
  context,
  index,
  count,
  onMove,
  onRemove,
  removeText = 'Supprimer',
}: {
  idPrefix: string;
  context: string;
  index: number;
  count: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  removeText?: string;
}) {
  const { focusLater } = useEditor();
  const move = (delta: -1 | 1) => {
    const target = index + delta;
    // The button pressed stays under focus unless the element reached an end of the list.
    const edge = (delta === -1 && target === 0) || (delta === 1 && target === count - 1);
    focusLater(`${idPrefix}-${edge ? (delta === -1 ? 'descendre' : 'monter') : delta === -1 ? 'monter' : 'descendre'}`);
    onMove(delta);
  };
  return (
    <span className="move-buttons">
      <ActionButton
        id={`${idPrefix}-monter`}
        text="Monter"
        context={context}
        disabled={index === 0}
        onClick={() => move(-1)}
      />
      <ActionButton
        id={`${idPrefix}-descendre`}
        text="Descendre"
        context={context}
        disabled={index === count - 1}
        onClick={() => move(1)}
      />
      <ActionButton id={`${idPrefix}-supprimer`} text={removeText} context={context} tone="danger" onClick={onRemove} />
    </span>
  );
}
