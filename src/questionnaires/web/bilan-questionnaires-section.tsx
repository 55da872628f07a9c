/**
 * The bilan page's « Questionnaires et exercices » section: what was proposed to the beneficiary
 * with its state, and a form (opened on demand) to assign a worksheet model, one of the
 * consultant's own worksheets or an instrument, with a due date and, optionally, the séance it prepares.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ClipboardList } from 'lucide-react';
import { AssignQuestionnaireSchema } from '../contracts/schemas.ts';
import { ASSIGNMENT_STATUS_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { seanceEndpoints } from '../../seances/contracts/endpoints.ts';
import { seanceKeys } from '../../seances/web/query-keys.ts';
import { questionnaireEndpoints } from '../contracts/endpoints.ts';
import { worksheetEndpoints } from '../../worksheets/contracts/endpoints.ts';
import { worksheetKeys } from '../../worksheets/web/query-keys.ts';
import { questionnaireKeys } from './query-keys.ts';
import { Form, SelectField, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { isOpen } from '../../bilans/domain/phases.ts';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import type { BilanSectionProps } from '../../bilans/web/section.ts';

const STATUS_TONES: Record<keyof typeof ASSIGNMENT_STATUS_LABELS, ChipTone> = {
  to_do: 'neutral',
  in_progress: 'info',
  submitted: 'success',
  withdrawn: 'neutral',
};

const LABELS = {
  questionnaire: 'Questionnaire ou exercice',
  dueOn: 'À rendre au plus tard le',
  seanceId: 'Séance préparée',
};

function AssignForm({ bilanId, onDone }: { bilanId: string; onDone: (message: string) => void }) {
  const library = useQuery({
    queryKey: worksheetKeys.library,
    queryFn: () => call(worksheetEndpoints.library),
  });
  const seances = useQuery({
    queryKey: seanceKeys.ofBilan(bilanId),
    queryFn: () => call(seanceEndpoints.list, { params: { id: bilanId } }),
  });
  const [values, setValues] = useState({ questionnaire: '', dueOn: '', seanceId: '' });
  const { errors, pending, submit } = useSubmit(
    AssignQuestionnaireSchema,
    (data) => call(questionnaireEndpoints.assign, { params: { id: bilanId }, body: data }),
    () => {
      onDone('Le questionnaire est proposé : il apparaît sur l’espace de la ou du bénéficiaire.');
      setValues({ questionnaire: '', dueOn: '', seanceId: '' });
    },
  );
  if (library.isPending) return <Loading />;
  if (library.isError) return <LoadError error={library.error} />;
  const options = [
    ...library.data.models.map((m) => ({ value: `model:${m.id}`, label: `Cahier d’étape : ${m.title}` })),
    ...library.data.own.map((w) => ({
      value: `library:${w.id}`,
      label: `Mon cahier : ${w.title} (version ${w.version})`,
    })),
    ...library.data.instruments.map((i) => ({
      value: `instrument:${i.id}`,
      label: `Questionnaire : ${i.title} (${i.itemCount} questions)`,
    })),
  ];
  const upcoming = (seances.data?.seances ?? []).filter((s) => s.status === 'planned');
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={LABELS}
      submitLabel="Proposer à la ou au bénéficiaire"
      pending={pending}
    >
      <SelectField
        name="questionnaire"
        label={LABELS.questionnaire}
        value={values.questionnaire}
        onChange={set('questionnaire')}
        error={e.questionnaire}
        placeholder="Choisissez…"
        options={options}
      />
      <DateField
        name="dueOn"
        label={LABELS.dueOn}
        value={values.dueOn}
        onChange={set('dueOn')}
        error={e.dueOn}
        optional
      />
      {upcoming.length > 0 ? (
        <SelectField
          name="seanceId"
          label={LABELS.seanceId}
          value={values.seanceId}
          onChange={set('seanceId')}
          error={e.seanceId}
          optional
          placeholder="Aucune en particulier"
          options={upcoming.map((s) => ({
            value: s.id,
            label: `${formatDateTime(s.startsAt)}${s.topic ? ` – ${s.topic}` : ''}`,
          }))}
        />
      ) : null}
    </Form>
  );
}

export function QuestionnairesSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const list = useQuery({
    queryKey: questionnaireKeys.ofBilan(bilan.id),
    queryFn: () => call(questionnaireEndpoints.listOfBilan, { params: { id: bilan.id } }),
  });
  const done = (message: string) => {
    void client.invalidateQueries({ queryKey: questionnaireKeys.ofBilan(bilan.id) });
    onChanged(message);
  };
  return (
    <section aria-labelledby="questionnaires">
      <h2 id="questionnaires">Questionnaires et exercices</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} />
      ) : (
        <ResponsiveTable
          caption="Questionnaires et exercices proposés"
          captionVisible
          rows={list.data.assignments}
          rowKey={(a) => a.id}
          empty={
            <EmptyState headingLevel={3} title="Rien n’a encore été proposé" icon={ClipboardList}>
              <p>
                {isOpen(bilan.phase)
                  ? 'Proposez un cahier d’étape, un de vos cahiers ou un questionnaire : la ou le bénéficiaire le remplit depuis son espace, et vous voyez ici où elle ou il en est.'
                  : 'Aucun questionnaire ni exercice n’a été proposé pendant ce bilan.'}
              </p>
            </EmptyState>
          }
          columns={[
            {
              header: 'Titre',
              cell: (a) => (
                <>
                  <Link to={`/consultant/questionnaires/${a.id}`}>{a.title}</Link>
                  {a.kind === 'worksheet' ? <span className="muted"> (version {a.version})</span> : null}
                </>
              ),
            },
            {
              header: 'État',
              cell: (a) => (
                <>
                  <StatusChip tone={STATUS_TONES[a.status]}>{ASSIGNMENT_STATUS_LABELS[a.status]}</StatusChip>
                  {a.status === 'in_progress' ? ` (${a.progressPercent} %)` : ''}
                </>
              ),
            },
            { header: 'À rendre le', cell: (a) => (a.dueOn ? formatDate(a.dueOn) : '—') },
            {
              header: 'Dernier enregistrement',
              cell: (a) =>
                a.submittedAt
                  ? `Envoyé le ${formatDateTime(a.submittedAt)}`
                  : a.draftSavedAt
                    ? formatDateTime(a.draftSavedAt)
                    : '—',
            },
          ]}
        />
      )}
      {/* An ended bilan (clôturé or abandonné) receives no new questionnaire. */}
      {isOpen(bilan.phase) ? (
        <OnDemand opener="Proposer un questionnaire ou un exercice" title="Proposer un questionnaire ou un exercice">
          {(close) => (
            <AssignForm
              bilanId={bilan.id}
              onDone={(message) => {
                close();
                done(message);
              }}
            />
          )}
        </OnDemand>
      ) : null}
    </section>
  );
}
