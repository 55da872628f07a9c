/**
 * What the registers' pages (complaints, improvement actions) share: the form of one entry, drawn
 * from a list of its fields, and the page that lists the entries above the form that records a
 * new one or edits the one chosen. The heading of the form takes the focus when an entry is
 * chosen; the outcome of a save is announced above the form.
 */
import { Fragment, useRef, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { qualityEndpoints } from '../contracts/endpoints.ts';
import type { RegistersView } from '../contracts/schemas.ts';
import { qualityKeys } from './query-keys.ts';

/** An entry as the form holds it: every field as text, with its id and revision once saved. */
export type EntryValues<K extends string> = Record<K, string> & { id?: string; revision: number };

type Choice = { value: string; label: string };

/** One field of the form: its kind and what it adds to the label, value and error. */
export type FieldSpec<K extends string> = {
  name: K;
  optional?: boolean;
  hint?: ReactNode;
} & (
  | { kind: 'text' }
  | { kind: 'area'; rows?: number }
  | { kind: 'date' }
  | { kind: 'select'; options: Choice[]; placeholder?: string }
);

/** The options of a select, from the domain's values and their French labels. */
export const choices = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

/** A text cut to `max` characters, with an ellipsis when it was longer. */
export const shortened = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

function EntryField<K extends string>({
  spec,
  label,
  value,
  onChange,
  error,
}: {
  spec: FieldSpec<K>;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const field = { name: spec.name, label, value, onChange, error, optional: spec.optional, hint: spec.hint };
  switch (spec.kind) {
    case 'text':
      return <TextField {...field} />;
    case 'area':
      return <TextArea {...field} rows={spec.rows} />;
    case 'date':
      return <DateField {...field} />;
    case 'select':
      return <SelectField {...field} options={spec.options} placeholder={spec.placeholder} />;
  }
}

/** The form of one entry: validated with its schema, saved, then the registers are read again. */
export function EntryForm<K extends string, S extends z.ZodType>({
  initial,
  labels,
  fields,
  schema,
  save,
  submitLabel,
  saved,
  onDone,
}: {
  initial: EntryValues<K>;
  labels: Record<K, string>;
  fields: FieldSpec<K>[];
  schema: S;
  save: (body: z.output<S>) => Promise<unknown>;
  /** The button's label for a new entry; an entry saved before is « Enregistrer les modifications ». */
  submitLabel: string;
  /** What a save says, for a new entry and for an entry saved before. */
  saved: { created: string; updated: string };
  onDone: (message: string) => void;
}) {
  const [values, setValues] = useState(initial);
  const client = useQueryClient();
  const { errors, pending, submit } = useSubmit(schema, save, () => {
    void client.invalidateQueries({ queryKey: qualityKeys.all });
    onDone(initial.id ? saved.updated : saved.created);
  });
  const set = (name: K) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={labels}
      submitLabel={initial.id ? 'Enregistrer les modifications' : submitLabel}
      pending={pending}
    >
      {fields.map((spec) => (
        <EntryField
          key={spec.name}
          spec={spec}
          label={labels[spec.name]}
          value={values[spec.name]}
          onChange={set(spec.name)}
          error={e[spec.name]}
        />
      ))}
    </Form>
  );
}

/**
 * A register's page: the entries (`list`, which edits one by calling `edit`), then the form
 * (`form`) of a new entry or of the one chosen, remade at each choice and after each save.
 */
export function RegisterPage<V extends { id?: string | undefined }>({
  title,
  intro,
  listTitle,
  blank,
  formTitle,
  newEntryLabel,
  list,
  form,
}: {
  title: string;
  intro: ReactNode;
  listTitle: string;
  blank: () => V;
  formTitle: (editing: V) => string;
  /** The button that leaves the entry being edited for a new one. */
  newEntryLabel: string;
  list: (registers: RegistersView, edit: (values: V) => void) => ReactNode;
  form: (registers: RegistersView, initial: V, onDone: (message: string) => void) => ReactNode;
}) {
  const data = useQuery({ queryKey: qualityKeys.registers, queryFn: () => call(qualityEndpoints.registers) });
  const [editing, setEditing] = useState<V>(blank);
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const edit = (values: V) => {
    setEditing(values);
    setFormKey((k) => k + 1);
    setDone(null);
    requestAnimationFrame(() => formHeading.current?.focus());
  };
  const onDone = (message: string) => {
    setEditing(blank());
    setFormKey((k) => k + 1);
    setDone(message);
  };
  return (
    <Page title={title} intro={intro}>
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} />
      ) : (
        <>
          <section aria-labelledby="liste">
            <h2 id="liste">{listTitle}</h2>
            {list(data.data, edit)}
          </section>
          <section aria-labelledby="fiche">
            <h2 id="fiche" ref={formHeading} tabIndex={-1}>
              {formTitle(editing)}
            </h2>
            {done ? (
              <p role="status" className="form-done">
                ✓ {done}
              </p>
            ) : null}
            {editing.id ? (
              <p>
                <button type="button" className="button quiet" onClick={() => edit(blank())}>
                  {newEntryLabel}
                </button>
              </p>
            ) : null}
            <Fragment key={formKey}>{form(data.data, editing, onDone)}</Fragment>
          </section>
        </>
      )}
    </Page>
  );
}
