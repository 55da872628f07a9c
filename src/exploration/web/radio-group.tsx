/**
 * A group of radio buttons in a fieldset, with its legend, hint and error: the exploration's
 * choices (kind, desire, assessments, status, funding, effect) all look and behave alike.
 */
import type { ReactNode } from 'react';
import { fieldId } from '../../ui/Form.tsx';

export function RadioGroup<V extends string>({
  name,
  legend,
  hint,
  optional,
  error,
  options,
  value,
  onChange,
  compact,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  error?: string | undefined;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
  compact?: boolean;
}) {
  const hintId = hint ? `${fieldId(name)}-aide` : undefined;
  return (
    <fieldset id={fieldId(name)} className={`pistes-radios${error ? ' field-invalid' : ''}`} aria-describedby={hintId}>
      <legend>
        {legend}
        {optional ? <span className="optional"> (facultatif)</span> : null}
      </legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error">
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      <div className={compact ? 'choices pistes-choices-inline' : 'choices'}>
        {options.map((option) => (
          <label key={option.value} className="portfolio-choice">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
