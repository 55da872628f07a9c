/**
 * The complaints and incidents register (Qualiopi indicator 31): every complaint, difficulty or
 * incident with its date, channel, who complained, the acknowledgement, the answer, the
 * resolution and the improvement action it led to. Those sent from the public page arrive here
 * « reçue »; the admin records the others and follows each one up.
 */
import { Link } from 'react-router';
import { call } from '../../ui/api.ts';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { qualityEndpoints } from '../contracts/endpoints.ts';
import { ComplaintSchema, type ComplaintView, type RegistersView } from '../contracts/schemas.ts';
import {
  COMPLAINANT_ROLES,
  COMPLAINANT_ROLE_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_LABELS,
  isOpenComplaint,
} from '../domain/registers.ts';
import { frenchDay } from './labels.ts';
import { choices, EntryForm, RegisterPage, shortened, type EntryValues, type FieldSpec } from './register-form.tsx';

const LABELS = {
  receivedOn: 'Reçue le',
  channel: 'Canal',
  complainantRole: 'Qui fait la réclamation',
  complainantName: 'Nom',
  complainantContact: 'Contact (adresse e-mail ou téléphone)',
  kind: 'Nature',
  description: 'Description',
  acknowledgedOn: 'Accusé de réception le',
  answer: 'Réponse apportée',
  resolvedOn: 'Résolue le',
  status: 'Statut',
  improvementActionId: 'Action d’amélioration liée',
};

type Values = EntryValues<keyof typeof LABELS>;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

const blank = (): Values => ({
  receivedOn: today(),
  channel: '',
  complainantRole: '',
  complainantName: '',
  complainantContact: '',
  kind: 'reclamation',
  description: '',
  acknowledgedOn: '',
  answer: '',
  resolvedOn: '',
  status: 'recue',
  improvementActionId: '',
  revision: 0,
});

const valuesOf = (c: ComplaintView): Values => ({
  id: c.id,
  revision: c.revision,
  receivedOn: c.receivedOn,
  channel: c.channel,
  complainantRole: c.complainantRole,
  complainantName: c.complainantName ?? '',
  complainantContact: c.complainantContact ?? '',
  kind: c.kind,
  description: c.description,
  acknowledgedOn: c.acknowledgedOn ?? '',
  answer: c.answer ?? '',
  resolvedOn: c.resolvedOn ?? '',
  status: c.status,
  improvementActionId: c.improvementAction?.id ?? '',
});

const FIELDS: FieldSpec<keyof typeof LABELS>[] = [
  { kind: 'date', name: 'receivedOn' },
  {
    kind: 'select',
    name: 'channel',
    placeholder: 'Choisissez un canal',
    options: choices(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS),
  },
  {
    kind: 'select',
    name: 'complainantRole',
    placeholder: 'Choisissez',
    options: choices(COMPLAINANT_ROLES, COMPLAINANT_ROLE_LABELS),
  },
  { kind: 'text', name: 'complainantName', optional: true },
  { kind: 'text', name: 'complainantContact', optional: true },
  { kind: 'select', name: 'kind', options: choices(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS) },
  { kind: 'area', name: 'description', hint: 'Les faits, sans informations de santé ni contenu du bilan.' },
  { kind: 'date', name: 'acknowledgedOn', optional: true },
  { kind: 'area', name: 'answer', optional: true },
  { kind: 'date', name: 'resolvedOn', optional: true },
  { kind: 'select', name: 'status', options: choices(COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS) },
];

/** The last field links the complaint to one of the organisation's actions. */
const fieldsWith = (actions: RegistersView['actions']): FieldSpec<keyof typeof LABELS>[] => [
  ...FIELDS,
  {
    kind: 'select',
    name: 'improvementActionId',
    optional: true,
    placeholder: 'Aucune',
    options: actions.map((a) => ({ value: a.id, label: shortened(a.action, 80) })),
    hint: (
      <>
        Créez d’abord l’action dans le <Link to="/admin/qualiopi/ameliorations">plan d’amélioration</Link>.
      </>
    ),
  },
];

export function ComplaintsRegisterPage() {
  return (
    <RegisterPage
      title="Registre des réclamations"
      intro={
        <p>
          Les réclamations, difficultés et aléas signalés par les bénéficiaires, les employeurs ou les financeurs
          (indicateur Qualiopi 31). Ceux envoyés depuis votre page publique arrivent ici au statut « reçue ».{' '}
          <Link to="/admin/qualiopi">Retour aux preuves Qualiopi</Link>
        </p>
      }
      listTitle="Réclamations enregistrées"
      blank={blank}
      formTitle={(editing) =>
        editing.id ? `Réclamation du ${frenchDay(editing.receivedOn)}` : 'Enregistrer une réclamation'
      }
      newEntryLabel="Enregistrer plutôt une nouvelle réclamation"
      list={(registers, edit) => (
        <ResponsiveTable
          caption="Réclamations, de la plus récente à la plus ancienne"
          rows={registers.complaints}
          rowKey={(c) => c.id}
          empty={
            <EmptyState title="Aucune réclamation enregistrée">
              Les réclamations reçues par le formulaire public ou que vous enregistrez apparaîtront ici.
            </EmptyState>
          }
          columns={[
            { header: 'Reçue le', cell: (c) => frenchDay(c.receivedOn) },
            {
              header: 'Qui',
              cell: (c) =>
                `${COMPLAINANT_ROLE_LABELS[c.complainantRole]}${c.complainantName ? ` : ${c.complainantName}` : ''}`,
            },
            { header: 'Canal', cell: (c) => COMPLAINT_CHANNEL_LABELS[c.channel] },
            {
              header: 'Statut',
              cell: (c) => (
                <StatusChip tone={isOpenComplaint(c.status) ? 'warning' : 'success'}>
                  {COMPLAINT_STATUS_LABELS[c.status]}
                </StatusChip>
              ),
            },
            {
              header: 'Accusé de réception',
              cell: (c) => (c.acknowledgedOn ? frenchDay(c.acknowledgedOn) : 'pas encore'),
            },
            {
              header: 'Actions',
              isActions: true,
              cell: (c) => (
                <button type="button" className="button secondary" onClick={() => edit(valuesOf(c))}>
                  Ouvrir la réclamation du {frenchDay(c.receivedOn)}
                </button>
              ),
            },
          ]}
        />
      )}
      form={(registers, initial, onDone) => (
        <EntryForm
          initial={initial}
          labels={LABELS}
          fields={fieldsWith(registers.actions)}
          schema={ComplaintSchema}
          save={(body) => call(qualityEndpoints.saveComplaint, { body })}
          submitLabel="Enregistrer la réclamation"
          saved={{ created: 'Réclamation enregistrée.', updated: 'Réclamation mise à jour.' }}
          onDone={onDone}
        />
      )}
    />
  );
}
