/** The bilan's "Séances" section: counters, at-risk flags, the list, planning on demand, a link to the agenda. */
import { useEffect, useRef, useState } from 'react';
import { CalendarDays, CalendarPlus } from 'lucide-react';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PlanSeanceSchema, type BilanSeances } from '../contracts/schemas.ts';
import { seanceEndpoints } from '../contracts/endpoints.ts';
import { PHASE_LABELS } from '../../bilans/contracts/labels.ts';
import { SEANCE_MODE_LABELS, SEANCE_STATUS_LABELS } from '../contracts/labels.ts';
import { formatMinutes } from '../../shared/duration.ts';
import { call } from '../../ui/api.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { seanceKeys } from './query-keys.ts';
import { Form, SelectField, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField, TimeField } from '../../ui/DateField.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { dayOf, slot, whereLabel } from './seance-format.ts';
import './agenda.css';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { SEANCE_PHASES, type SeanceMode } from '../domain/seance.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { draftWarnings } from '../domain/plan.ts';
import { SeanceWarnings } from './seance-warnings.tsx';

const LABELS: Record<string, string> = {
  date: 'Date',
  start: 'Heure de début',
  end: 'Heure de fin',
  mode: 'Type de séance',
  phase: 'Phase',
  place: 'Lieu',
  link: 'Lien de la visioconférence',
  topic: 'Thème',
};

const STATUS_TONES: Record<BilanSeances['seances'][number]['status'], ChipTone> = {
  planned: 'info',
  held: 'success',
  cancelled: 'neutral',
  no_show: 'danger',
};

const today = () => dayOf(new Date().toISOString());

function signatureState(s: BilanSeances['seances'][number]): string {
  if (s.mode === 'personal_work' || s.status !== 'held') return '—';
  const who = [s.beneficiarySignature ? 'bénéficiaire' : null, s.consultantSignature ? 'consultant·e' : null].filter(
    Boolean,
  );
  if (who.length === 2) return 'Émargée par les deux';
  if (who.length === 1) return `Signée par : ${who[0]} ; en attente de l’autre signature`;
  return 'À émarger';
}

function PlanForm({
  bilanId,
  phase,
  counters,
  onDone,
}: {
  bilanId: string;
  phase: string;
  counters: BilanSeances['counters'];
  onDone: (message: string, warnings: string[]) => void;
}) {
  const phases = SEANCE_PHASES.filter(
    (p) => SEANCE_PHASES.indexOf(p) >= SEANCE_PHASES.indexOf(phase as (typeof SEANCE_PHASES)[number]),
  );
  const empty = {
    date: '',
    start: '',
    end: '',
    mode: 'in_person',
    phase: phases[0] ?? 'preliminaire',
    place: '',
    link: '',
    topic: '',
  };
  const [values, setValues] = useState(empty);
  const { errors, pending, submit } = useSubmit(
    PlanSeanceSchema,
    (data) => call(seanceEndpoints.plan, { params: { id: bilanId }, body: data }),
    (result) => {
      onDone(
        values.mode === 'personal_work'
          ? 'Le temps de travail personnel est planifié.'
          : 'La séance est planifiée ; la ou le bénéficiaire reçoit l’invitation par courriel.',
        result.warnings.map((w) => w.message),
      );
      setValues(empty);
    },
  );
  const warnings = draftWarnings(
    { date: values.date, start: values.start, end: values.end, mode: values.mode as SeanceMode },
    counters.accompanimentDoneMinutes +
      counters.accompanimentAwaitingSignatureMinutes +
      counters.accompanimentPlannedMinutes,
    counters.bilanPlannedMinutes,
  );
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const payload = () => ({
    date: values.date,
    start: values.start,
    end: values.end,
    mode: values.mode,
    phase: values.phase,
    ...(values.mode === 'in_person' ? { place: values.place } : {}),
    ...(values.mode === 'remote' ? { link: values.link } : {}),
    ...(values.topic ? { topic: values.topic } : {}),
  });
  const e = errors?.fields ?? {};
  return (
    <Form
      onSubmit={() => void submit(payload())}
      errors={errors}
      labels={LABELS}
      submitLabel="Planifier"
      pending={pending}
    >
      <div className="inline-fields">
        <DateField name="date" label={LABELS.date!} value={values.date} onChange={set('date')} error={e.date} />
        <TimeField name="start" label={LABELS.start!} value={values.start} onChange={set('start')} error={e.start} />
        <TimeField name="end" label={LABELS.end!} value={values.end} onChange={set('end')} error={e.end} />
      </div>
      <SeanceWarnings title="À vérifier avant de planifier :" messages={warnings} />
      <SelectField
        name="mode"
        label={LABELS.mode!}
        value={values.mode}
        onChange={set('mode')}
        error={e.mode}
        options={(['in_person', 'remote', 'personal_work'] as const).map((m) => ({
          value: m,
          label: SEANCE_MODE_LABELS[m],
        }))}
      />
      {values.mode === 'in_person' ? (
        <TextField
          name="place"
          label={LABELS.place!}
          value={values.place}
          onChange={set('place')}
          error={e.place}
          hint="L’adresse où vous recevez la ou le bénéficiaire."
        />
      ) : null}
      {values.mode === 'remote' ? (
        <TextField
          name="link"
          type="url"
          label={LABELS.link!}
          value={values.link}
          onChange={set('link')}
          error={e.link}
          hint="Par exemple https://visio.exemple.fr/bilan-bruno"
          spellCheck={false}
        />
      ) : null}
      <SelectField
        name="phase"
        label={LABELS.phase!}
        value={values.phase}
        onChange={set('phase')}
        error={e.phase}
        options={phases.map((p) => ({ value: p, label: PHASE_LABELS[p] }))}
      />
      <TextField
        name="topic"
        label={LABELS.topic!}
        value={values.topic}
        onChange={set('topic')}
        error={e.topic}
        optional
        hint="Par exemple : histoire professionnelle, restitution des tests."
      />
    </Form>
  );
}

export function SeancesSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const seances = useQuery({
    queryKey: seanceKeys.ofBilan(bilan.id),
    queryFn: () => call(seanceEndpoints.list, { params: { id: bilan.id } }),
  });
  const [planning, setPlanning] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  // Opening the form moves the focus to its heading; closing it brings it back to the button.
  const opened = useRef(false);
  useEffect(() => {
    if (planning) panelHeadingRef.current?.focus();
    else if (opened.current) toggleRef.current?.focus();
    opened.current = planning;
  }, [planning]);
  const [savedWarnings, setSavedWarnings] = useState<string[]>([]);
  const open = isOpen(bilan.phase);
  const nextSeance = seances.data?.seances.find((s) => s.status === 'planned');
  return (
    <section aria-labelledby="seances">
      <div className="section-heading-row">
        <h2 id="seances">Séances</h2>
        <Link
          className="agenda-link"
          to={`/consultant/agenda?vue=semaine&date=${nextSeance ? dayOf(nextSeance.startsAt) : today()}`}
        >
          <CalendarDays aria-hidden="true" size={18} />
          Voir l’agenda
        </Link>
      </div>
      {seances.isPending ? (
        <Loading />
      ) : seances.isError ? (
        <LoadError error={seances.error} />
      ) : (
        <>
          <p>
            Accompagnement : {formatMinutes(seances.data.counters.accompanimentDoneMinutes)} réalisées et émargées,{' '}
            {formatMinutes(seances.data.counters.accompanimentAwaitingSignatureMinutes)} en attente d’émargement,{' '}
            {formatMinutes(seances.data.counters.accompanimentPlannedMinutes)} planifiées ; il reste{' '}
            {formatMinutes(seances.data.counters.remainingToPlanMinutes)} à planifier sur les{' '}
            {formatMinutes(seances.data.counters.bilanPlannedMinutes)} prévues (maximum légal :{' '}
            {formatMinutes(seances.data.counters.maximumMinutes)}). Travail personnel :{' '}
            {formatMinutes(seances.data.counters.personalWorkDoneMinutes)} réalisées,{' '}
            {formatMinutes(seances.data.counters.personalWorkPlannedMinutes)} planifiées.
          </p>
          {seances.data.atRisk.atRisk ? (
            <div className="notice notice-warning">
              <p>
                <strong>Bilan à risque de décrochage :</strong>
              </p>
              <ul className="warning-list">
                {seances.data.atRisk.reasons.map((r) => (
                  <li key={r.code}>{r.message}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <SeanceWarnings title="La séance est planifiée, mais à vérifier :" messages={savedWarnings} />
          <ResponsiveTable
            caption="Séances du bilan : date, phase, type, état et émargement"
            rows={seances.data.seances}
            rowKey={(s) => s.id}
            empty={
              <EmptyState headingLevel={3} title="Aucune séance pour le moment" icon={CalendarPlus}>
                <p>
                  {open
                    ? 'Planifiez la première séance avec la ou le bénéficiaire : elle apparaîtra ici, avec son émargement.'
                    : 'Ce bilan est terminé sans séance enregistrée.'}
                </p>
              </EmptyState>
            }
            columns={[
              {
                header: 'Date',
                cell: (s) => (
                  <>
                    <Link to={`/consultant/seances/${s.id}`}>{slot(s.startsAt, s.endsAt)}</Link>
                    {s.topic ? (
                      <>
                        <br />
                        <span className="muted">{s.topic}</span>
                      </>
                    ) : null}
                  </>
                ),
              },
              { header: 'Phase', cell: (s) => PHASE_LABELS[s.phase] },
              { header: 'Type', cell: (s) => whereLabel(s) },
              {
                header: 'État',
                cell: (s) => (
                  <>
                    <StatusChip tone={STATUS_TONES[s.status]}>{SEANCE_STATUS_LABELS[s.status]}</StatusChip>
                    {s.statusReason ? <span className="muted"> {s.statusReason}</span> : null}
                  </>
                ),
              },
              { header: 'Émargement', cell: (s) => signatureState(s) },
            ]}
          />
        </>
      )}
      {open ? (
        <>
          <button
            ref={toggleRef}
            type="button"
            className={`button ${planning ? 'secondary' : 'primary'}`}
            aria-expanded={planning}
            aria-controls="planifier-seance"
            onClick={() => {
              setSavedWarnings([]);
              setPlanning(!planning);
            }}
          >
            {planning ? 'Fermer le formulaire' : 'Planifier une séance'}
          </button>
          {planning ? (
            <div id="planifier-seance" className="disclosure-panel">
              <h3 ref={panelHeadingRef} tabIndex={-1}>
                Planifier une séance
              </h3>
              {seances.data ? (
                <PlanForm
                  bilanId={bilan.id}
                  phase={bilan.phase}
                  counters={seances.data.counters}
                  onDone={(message, warnings) => {
                    setPlanning(false);
                    setSavedWarnings(warnings);
                    // A new séance is the bilan's next one on its summary, the consultant's home and agenda.
                    void client.invalidateQueries({ queryKey: seanceKeys.ofBilan(bilan.id) });
                    void client.invalidateQueries({ queryKey: seanceKeys.agenda });
                    void client.invalidateQueries({ queryKey: bilanKeys.summary(bilan.id) });
                    void client.invalidateQueries({ queryKey: bilanKeys.consultantHome });
                    onChanged(message);
                  }}
                />
              ) : null}
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
