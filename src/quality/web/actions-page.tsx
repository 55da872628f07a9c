/**
 * The improvement actions register (Qualiopi indicator 32): from a complaint, an évaluation, an
 * audit, the veille or elsewhere, the action, who carries it, by when, its status and the effect
 * observed.
 */
import { Link } from 'react-router';
import { call } from '../../ui/api.ts';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { qualityEndpoints } from '../contracts/endpoints.ts';
import { ImprovementActionSchema, type ImprovementActionView } from '../contracts/schemas.ts';
import { ACTION_SOURCES, ACTION_SOURCE_LABELS, ACTION_STATUSES, ACTION_STATUS_LABELS } from '../domain/registers.ts';
import { frenchDay } from './labels.ts';
import { choices, EntryForm, RegisterPage, shortened, type EntryValues, type FieldSpec } from './register-form.tsx';

const LABELS = {
  source: 'Origine',
  action: 'Action à mener',
  owner: 'Responsable',
  dueOn: 'Échéance',
  status: 'Statut',
  effect: 'Effet constaté',
};

type Values = EntryValues<keyof typeof LABELS>;

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

const FIELDS: FieldSpec<keyof typeof LABELS>[] = [
  {
    kind: 'select',
    name: 'source',
    placeholder: 'Choisissez l’origine',
    options: choices(ACTION_SOURCES, ACTION_SOURCE_LABELS),
  },
  { kind: 'area', name: 'action', rows: 3 },
  { kind: 'text', name: 'owner', optional: true },
  { kind: 'date', name: 'dueOn', optional: true },
  { kind: 'select', name: 'status', options: choices(ACTION_STATUSES, ACTION_STATUS_LABELS) },
  {
    kind: 'area',
    name: 'effect',
    optional: true,
    hint: 'Ce que l’action a changé, une fois réalisée : par exemple, moins de réclamations sur le même sujet.',
  },
];

export function ImprovementActionsPage() {
  return (
    <RegisterPage
      title="Plan d’amélioration"
      intro={
        <p>
          Les actions d’amélioration décidées à partir des réclamations, des évaluations, des audits et de la veille
          (indicateur Qualiopi 32). <Link to="/admin/qualiopi">Retour aux preuves Qualiopi</Link>
        </p>
      }
      listTitle="Actions enregistrées"
      blank={blank}
      formTitle={(editing) => (editing.id ? 'Modifier l’action' : 'Enregistrer une action')}
      newEntryLabel="Enregistrer plutôt une nouvelle action"
      list={(registers, edit) => (
        <ResponsiveTable
          caption="Actions d’amélioration, de la plus récente à la plus ancienne"
          rows={registers.actions}
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
                  Modifier l’action « {shortened(a.action, 40)} »
                </button>
              ),
            },
          ]}
        />
      )}
      form={(_registers, initial, onDone) => (
        <EntryForm
          initial={initial}
          labels={LABELS}
          fields={FIELDS}
          schema={ImprovementActionSchema}
          save={(body) => call(qualityEndpoints.saveAction, { body })}
          submitLabel="Enregistrer l’action"
          saved={{ created: 'Action enregistrée.', updated: 'Action mise à jour.' }}
          onDone={onDone}
        />
      )}
    />
  );
}
