/**
 * The complaints and incidents register (Qualiopi indicator 31): every complaint, difficulty or
 * incident with its date, channel, who complained, the acknowledgement, the answer, the
 * resolution and the improvement action it led to. Those sent from the public page arrive here
 * « reçue »; the admin records the others and follows each one up.
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
import { ComplaintSchema, type ComplaintView, type ImprovementActionView } from '../contracts/schemas.ts';
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
import { qualityKeys } from './query-keys.ts';

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

type Values = Record<keyof typeof LABELS, string> & { id?: string; revision: number };

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

function ComplaintForm({
  initial,
  actions,
  onDone,
}: {
  initial: Values;
  actions: ImprovementActionView[];
  onDone: (message: string) => void;
}) {
  const [values, setValues] = useState(initial);
  const client = useQueryClient();
  const { errors, pending, submit } = useSubmit(
    ComplaintSchema,
    (body) => call(qualityEndpoints.saveComplaint, { body }),
    () => {
      void client.invalidateQueries({ queryKey: qualityKeys.all });
      onDone(initial.id ? 'Réclamation mise à jour.' : 'Réclamation enregistrée.');
    },
  );
  const set = (name: keyof typeof LABELS) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
    values.map((value) => ({ value, label: labels[value] }));
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={LABELS}
      submitLabel={initial.id ? 'Enregistrer les modifications' : 'Enregistrer la réclamation'}
      pending={pending}
    >
      <DateField
        name="receivedOn"
        label={LABELS.receivedOn}
        value={values.receivedOn}
        onChange={set('receivedOn')}
        error={e.receivedOn}
      />
      <SelectField
        name="channel"
        label={LABELS.channel}
        value={values.channel}
        onChange={set('channel')}
        error={e.channel}
        placeholder="Choisissez un canal"
        options={options(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS)}
      />
      <SelectField
        name="complainantRole"
        label={LABELS.complainantRole}
        value={values.complainantRole}
        onChange={set('complainantRole')}
        error={e.complainantRole}
        placeholder="Choisissez"
        options={options(COMPLAINANT_ROLES, COMPLAINANT_ROLE_LABELS)}
      />
      <TextField
        name="complainantName"
        label={LABELS.complainantName}
        value={values.complainantName}
        onChange={set('complainantName')}
        error={e.complainantName}
        optional
      />
      <TextField
        name="complainantContact"
        label={LABELS.complainantContact}
        value={values.complainantContact}
        onChange={set('complainantContact')}
        error={e.complainantContact}
        optional
      />
      <SelectField
        name="kind"
        label={LABELS.kind}
        value={values.kind}
        onChange={set('kind')}
        error={e.kind}
        options={options(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS)}
      />
      <TextArea
        name="description"
        label={LABELS.description}
        value={values.description}
        onChange={set('description')}
        error={e.description}
        hint="Les faits, sans informations de santé ni contenu du bilan."
      />
      <DateField
        name="acknowledgedOn"
        label={LABELS.acknowledgedOn}
        value={values.acknowledgedOn}
        onChange={set('acknowledgedOn')}
        error={e.acknowledgedOn}
        optional
      />
      <TextArea
        name="answer"
        label={LABELS.answer}
        value={values.answer}
        onChange={set('answer')}
        error={e.answer}
        optional
      />
      <DateField
        name="resolvedOn"
        label={LABELS.resolvedOn}
        value={values.resolvedOn}
        onChange={set('resolvedOn')}
        error={e.resolvedOn}
        optional
      />
      <SelectField
        name="status"
        label={LABELS.status}
        value={values.status}
        onChange={set('status')}
        error={e.status}
        options={options(COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS)}
      />
      <SelectField
        name="improvementActionId"
        label={LABELS.improvementActionId}
        value={values.improvementActionId}
        onChange={set('improvementActionId')}
        error={e.improvementActionId}
        optional
        placeholder="Aucune"
        options={actions.map((a) => ({
          value: a.id,
          label: a.action.length > 80 ? `${a.action.slice(0, 80)}…` : a.action,
        }))}
        hint={
          <>
            Créez d’abord l’action dans le <Link to="/admin/qualiopi/ameliorations">plan d’amélioration</Link>.
          </>
        }
      />
    </Form>
  );
}

export function ComplaintsRegisterPage() {
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
      title="Registre des réclamations"
      intro={
        <p>
          Les réclamations, difficultés et aléas signalés par les bénéficiaires, les employeurs ou les financeurs
          (indicateur Qualiopi 31). Ceux envoyés depuis votre page publique arrivent ici au statut « reçue ».{' '}
          <Link to="/admin/qualiopi">Retour aux preuves Qualiopi</Link>
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
            <h2 id="liste">Réclamations enregistrées</h2>
            <ResponsiveTable
              caption="Réclamations, de la plus récente à la plus ancienne"
              rows={data.data.complaints}
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
          </section>
          <section aria-labelledby="fiche">
            <h2 id="fiche" ref={formHeading} tabIndex={-1}>
              {editing.id ? `Réclamation du ${frenchDay(editing.receivedOn)}` : 'Enregistrer une réclamation'}
            </h2>
            {done ? (
              <p role="status" className="form-done">
                ✓ {done}
              </p>
            ) : null}
            {editing.id ? (
              <p>
                <button type="button" className="button quiet" onClick={() => edit(blank())}>
                  Enregistrer plutôt une nouvelle réclamation
                </button>
              </p>
            ) : null}
            <ComplaintForm
              key={formKey}
              initial={editing}
              actions={data.data.actions}
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
