/**
 * Date and time inputs that read the French way in every browser (jj/mm/aaaa, 14:30), whatever
 * the browser's own language: react-aria's segmented fields inside a French locale. Same props
 * as `TextField` (`Form.tsx`), with values as the forms hold them: 'YYYY-MM-DD' and 'HH:MM'
 * ('' while empty or incomplete). Every date and time of the forms is one of them (`TextField`
 * has no date or time type); end-to-end tests fill them with `fillDate` / `fillTime`
 * (tests/support/date-fields.ts), since each part of the date is its own spin button.
 */
import type { ReactNode } from 'react';
import {
  DateField as AriaDateField,
  DateInput,
  DateSegment,
  I18nProvider,
  Label,
  Text,
  TimeField as AriaTimeField,
} from 'react-aria-components';
import { parseDate, Time, type CalendarDate } from '@internationalized/date';
import { fieldId } from './Form.tsx';

interface DateTimeFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
  isDisabled?: boolean;
}

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'UTC' });

/** 'YYYY-MM-DD' → « lundi 7 décembre 2026 », « mardi 1er juin 2027 » (null when it is not a date). */
export function longFrenchDate(iso: string): string | null {
  const date = toCalendarDate(iso);
  if (!date) return null;
  const text = LONG_DATE.format(new Date(Date.UTC(date.year, date.month - 1, date.day)));
  return date.day === 1 ? text.replace(/ 1 /, ' 1er ') : text;
}

function toCalendarDate(iso: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    const date = parseDate(iso);
    return date.toString() === iso ? date : null;
  } catch {
    return null;
  }
}

function toTime(value: string): Time | null {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [hour, minute] = [Number(match[1]), Number(match[2])];
  return hour < 24 && minute < 60 ? new Time(hour, minute) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function Parts({ name, label, hint, error, optional }: Omit<DateTimeFieldProps, 'value' | 'onChange'>) {
  return (
    <>
      <Label className="field-label">
        {label}
        {optional ? <span className="optional"> (facultatif)</span> : null}
      </Label>
      {hint ? (
        <Text slot="description" elementType="p" className="hint" id={`${fieldId(name)}-aide`}>
          {hint}
        </Text>
      ) : null}
      {error ? (
        <Text slot="errorMessage" elementType="p" className="field-error" id={`${fieldId(name)}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </Text>
      ) : null}
    </>
  );
}

/** The parts (jour, mois, année or heure, minute); the error summary's link focuses the first. */
function Segments({ name }: { name: string }) {
  return (
    <div id={fieldId(name)}>
      <DateInput className="date-input">
        {(segment) => <DateSegment segment={segment} className="date-segment" />}
      </DateInput>
    </div>
  );
}

export function DateField(props: DateTimeFieldProps) {
  const { name, value, onChange, error, optional, isDisabled } = props;
  const echo = longFrenchDate(value);
  return (
    <I18nProvider locale="fr-FR">
      <AriaDateField
        className={`field${error ? ' field-invalid' : ''}`}
        name={name}
        value={toCalendarDate(value)}
        onChange={(date) => onChange(date ? date.toString() : '')}
        isInvalid={Boolean(error)}
        isRequired={!optional}
        isDisabled={isDisabled}
        validationBehavior="aria"
      >
        <Parts {...props} />
        <Segments name={name} />
        {echo ? (
          <p className="date-echo" id={`${fieldId(name)}-en-lettres`}>
            {echo}
          </p>
        ) : null}
      </AriaDateField>
    </I18nProvider>
  );
}

export function TimeField(props: DateTimeFieldProps) {
  const { name, value, onChange, error, optional, isDisabled } = props;
  return (
    <I18nProvider locale="fr-FR">
      <AriaTimeField
        className={`field${error ? ' field-invalid' : ''}`}
        name={name}
        value={toTime(value)}
        onChange={(time) => onChange(time ? `${pad(time.hour)}:${pad(time.minute)}` : '')}
        hourCycle={24}
        granularity="minute"
        shouldForceLeadingZeros
        isInvalid={Boolean(error)}
        isRequired={!optional}
        isDisabled={isDisabled}
        validationBehavior="aria"
      >
        <Parts {...props} />
        <Segments name={name} />
      </AriaTimeField>
    </I18nProvider>
  );
}
