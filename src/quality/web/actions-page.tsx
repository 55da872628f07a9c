/**
 * The improvement actions register (Qualiopi indicator 32): from a complaint, an évaluation, an
 * audit, the veille or elsewhere, the action, who carries it, by when, its status and the effect
 * observed.
 */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { qualityEndpoints } from '../contracts/endpoints.ts';
import { ImprovementActionSchema, type ImprovementActionView } from '../contracts/schemas.ts';
import { ACTION_SOURCES, ACTION_SOURCE_LABELS, ACTION_STATUSES, ACTION_STATUS_LABELS } from '../domain/registers.ts';
import { frenchDay } from './labels.ts';
import { qualityKeys } from './query-keys.ts';

const LABELS = {
  source: 'Origine',
  action: 'Action à mener',
  owner: 'Responsable',
  dueOn: 'Échéance',
  status: 'Statut',
  effect: 'Effet constaté',
};

type Values = Record<keyof typeof LABELS, string> & { id?: string; revision: number };

const blank = (): Values => ({
  source: '',
  action: '',
  owner: '',
  dueOn: '',
  status: 'prevue',
  effect: '',
  revision: 0,
});
const valuesOf = (a: ImprovementActionView): Values => ({
  id: a.id,
  revision: a.revision,
  source: a.source,
  action: a.action,
  owner: a.owner ?? '',
  dueOn: a.dueOn ?? '',
  status: a.status,
  effect: a.effect ?? '',
});

function ActionForm({ initial, onDone }: { initial: Values; onDone: (message: string) => void }) {
  const [values, setValues] = useState(initial);
  const client = useQueryClient();
  const { errors, pending, submit } = useSubmit(
    ImprovementActionSchema,
    (body) => call(qualityEndpoints.saveAction, { body }),
    () => {
      void client.invalidateQueries({ queryKey: qualityKeys.all });
      onDone(initial.id ? 'Action mise à jour.' : 'Action enregistrée.');
    },
  );
  const set = (name: keyof typeof LABELS) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={LABELS}
      submitLabel={initial.id ? 'Enregistrer les modifications' : 'Enregistrer l’action'}
      pending={pending}
    >
      <SelectField
        name="source"
        label={LABELS.source}
        value={values.source}
        onChange={set('source')}
        error={e.source}
        placeholder="Choisissez l’origine"
        options={ACTION_SOURCES.map((s) => ({ value: s, label: ACTION_SOURCE_LABELS[s] }))}
      />
      <TextArea
        name="action"
        label={LABELS.action}
        value={values.action}
        onChange={set('action')}
        error={e.action}
        rows={3}
      />
      <TextField
        name="owner"
        label={LABELS.owner}
        value={values.owner}
        onChange={set('owner')}
        error={e.owner}
        optional
      />
      <DateField
        name="dueOn"
        label={LABELS.dueOn}
        value={values.dueOn}
        onChange={set('dueOn')}
        error={e.dueOn}
        optional
      />
      <SelectField
        name="status"
        label={LABELS.status}
        value={values.status}
        onChange={set('status')}
        error={e.status}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }))}
      />
      <TextArea
        name="effect"
        label={LABELS.effect}
        value={values.effect}
        onChange={set('effect')}
        error={e.effect}
        optional
        hint="Ce que l’action a changé, une fois réalisée : par exemple, moins de réclamations sur le même sujet."
      />
    </Form>
  );
}

export function ImprovementActionsPage() {
  const data = useQuery({ queryKey: qualityKeys.registers, queryFn: () => call(qualityEndpoints.registers) });
  const [editing, setEditing] = useState<Values>(blank);
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const edit = (values: Values) => {
    setEditing(values);
    setFormKey((k) => k + 1);
    setDone(null);
    requestAnimationFrame(() => formHeading.current?.focus());
  };
  return (
    <Page
      title="Plan d’amélioration"
      intro={
        <p>
          Les actions d’amélioration décidées à partir des réclamations, des évaluations, des audits et de la veille
          (indicateur Qualiopi 32). <Link to="/admin/qualiopi">Retour aux preuves Qualiopi</Link>
        </p>
      }
    >
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} />
      ) : (
        <>
          <section aria-labelledby="liste">
            <h2 id="liste">Actions enregistrées</h2>
            <ResponsiveTable
              caption="Actions d’amélioration, de la plus récente à la plus ancienne"
              rows={data.data.actions}
              rowKey={(a) => a.id}
              empty={
                <EmptyState title="Aucune action d’amélioration">
                  Les actions que vous décidez pour améliorer vos bilans apparaîtront ici.
                </EmptyState>
              }
              columns={[
                { header: 'Action', cell: (a) => a.action },
                { header: 'Origine', cell: (a) => ACTION_SOURCE_LABELS[a.source] },
                { header: 'Responsable', cell: (a) => a.owner ?? 'non précisé' },
                {
                  header: 'Échéance',
                  cell: (a) =>
                    a.dueOn ? (
                      <>
                        {frenchDay(a.dueOn)} {a.overdue ? <StatusChip tone="danger">En retard</StatusChip> : null}
                      </>
                    ) : (
                      'aucune'
                    ),
                },
                { header: 'Statut', cell: (a) => ACTION_STATUS_LABELS[a.status] },
                { header: 'Réclamations liées', cell: (a) => a.complaints },
                {
                  header: 'Actions',
                  isActions: true,
                  cell: (a) => (
                    <button type="button" className="button secondary" onClick={() => edit(valuesOf(a))}>
                      Modifier l’action « {a.action.length > 40 ? `${a.action.slice(0, 40)}…` : a.action} »
                    </button>
                  ),
                },
              ]}
            />
          </section>
          <section aria-labelledby="fiche">
            <h2 id="fiche" ref={formHeading} tabIndex={-1}>
              {editing.id ? 'Modifier l’action' : 'Enregistrer une action'}
            </h2>
            {done ? (
              <p role="status" className="form-done">
                ✓ {done}
              </p>
            ) : null}
            {editing.id ? (
              <p>
                <button type="button" className="button quiet" onClick={() => edit(blank())}>
                  Enregistrer plutôt une nouvelle action
                </button>
              </p>
            ) : null}
            <ActionForm
              key={formKey}
              initial={editing}
              onDone={(message) => {
                setEditing(blank());
                setFormKey((k) => k + 1);
                setDone(message);
              }}
            />
          </section>
        </>
      )}
    </Page>
  );
}
