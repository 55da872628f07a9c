/**
 * Leads (demandes) for the organisation's admins and consultants: the list, and one lead's page
 * with its origin, status, entretien préalable and conversion into a bilan.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { Inbox } from 'lucide-react';
import {
  AssignLeadSchema,
  ConvertLeadSchema,
  LeadStatusActionSchema,
  PlanInterviewSchema,
  RecordInterviewSchema,
  type ConvertLeadInput,
  type LeadDetail,
  type LeadSummary,
} from '../contracts/schemas.ts';
import {
  INTERVIEW_MODE_LABELS,
  LEAD_MODALITY_LABELS,
  LEAD_SOURCE_LABELS,
  LEAD_STATUS_LABELS,
  REDIRECTION_LABELS,
} from '../contracts/labels.ts';
import { FINANCING_LABELS } from '../../financing/contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { intakeEndpoints } from '../contracts/endpoints.ts';
import { intakeKeys } from './query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { slot } from '../../seances/web/seance-format.ts';
import { Page } from '../../ui/Page.tsx';
import { fieldsOf, Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField, TimeField } from '../../ui/DateField.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { useSession } from '../../ui/session.ts';
import { FINANCINGS } from '../../financing/domain/catalog.ts';
import { INTERVIEW_MODES, REDIRECTIONS } from '../domain/leads.ts';
import { planFormValues } from './interview-form.ts';
import { HELD_INTERVIEW_DAYS } from '../domain/interview-timing.ts';
import { historyLine } from './lead-history.ts';

export function LeadsPage() {
  const leads = useQuery({
    queryKey: intakeKeys.leads,
    queryFn: async () => (await call(intakeEndpoints.leads)).leads,
  });
  return (
    <Page
      title="Demandes reçues"
      intro={
        <p>
          Les demandes envoyées depuis la page publique de l’organisme. Chaque demande mène à un entretien préalable,
          gratuit et sans engagement.
        </p>
      }
    >
      {leads.isPending ? (
        <Loading />
      ) : leads.isError ? (
        <LoadError error={leads.error} />
      ) : (
        <ResponsiveTable
          caption="Demandes reçues : personne, date, statut, délai de première réponse, consultant·e et entretien préalable"
          rows={leads.data}
          rowKey={(l) => l.id}
          empty={
            <EmptyState title="Aucune demande pour le moment" icon={Inbox}>
              <p>
                Les demandes envoyées depuis la page publique de l’organisme arrivent ici. Faites connaître cette page
                (site, réseaux, partenaires) pour recevoir les premières.
              </p>
            </EmptyState>
          }
          columns={[
            {
              header: 'Personne',
              cell: (l) => (
                <>
                  <Link to={`/demandes/${l.id}`}>
                    {l.firstName} {l.lastName}
                  </Link>
                  {l.unopened ? (
                    <>
                      {' '}
                      <span className="badge">Non lue</span>
                    </>
                  ) : null}
                </>
              ),
            },
            { header: 'Reçue le', cell: (l) => formatDateTime(l.createdAt) },
            { header: 'Statut', cell: (l) => LEAD_STATUS_LABELS[l.status] },
            { header: 'Première réponse', cell: (l) => <AnswerDue due={l.answerDue} /> },
            { header: 'Consultant·e', cell: (l) => l.assignedConsultant ?? 'Non attribuée' },
            { header: 'Entretien préalable', cell: (l) => (l.interviewAt ? formatDateTime(l.interviewAt) : '—') },
            { header: 'Origine', cell: (l) => LEAD_SOURCE_LABELS[l.declaredSource] },
          ]}
        />
      )}
    </Page>
  );
}

/** The published first-answer commitment, while the lead waits for its first answer. */
function AnswerDue({ due }: { due: LeadSummary['answerDue'] }) {
  if (!due) return <>—</>;
  return due.overdue ? (
    <strong>En retard : attendue avant le {formatDateTime(due.at)}</strong>
  ) : (
    <>Avant le {formatDateTime(due.at)}</>
  );
}

type Done = (message: string) => void;

function AssignForm({ lead, onDone }: { lead: LeadDetail; onDone: Done }) {
  const [consultantId, setConsultantId] = useState(lead.assignedConsultantId ?? '');
  const { errors, pending, submit } = useSubmit(
    AssignLeadSchema,
    () => call(intakeEndpoints.assign, { params: { id: lead.id }, body: { consultantId } }),
    () => onDone('L’attribution est enregistrée.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ consultantId })}
      errors={errors}
      labels={{ consultantId: 'Consultant·e' }}
      submitLabel="Attribuer"
      pending={pending}
      note={null}
    >
      <SelectField
        name="consultantId"
        label="Consultant·e"
        value={consultantId}
        onChange={setConsultantId}
        error={errors?.fields.consultantId}
        placeholder="Personne pour le moment"
        options={lead.consultants.map((c) => ({ value: c.id, label: c.name }))}
      />
    </Form>
  );
}

function CloseForm({ lead, onDone }: { lead: LeadDetail; onDone: Done }) {
  const [reason, setReason] = useState('');
  const { errors, pending, submit } = useSubmit(
    LeadStatusActionSchema,
    () => call(intakeEndpoints.changeStatus, { params: { id: lead.id }, body: { action: 'close', reason } }),
    () => onDone('La demande est classée sans suite.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ action: 'close', reason })}
      errors={errors}
      labels={{ reason: 'Raison' }}
      submitLabel="Classer sans suite"
      pending={pending}
      note={null}
    >
      <TextArea
        name="reason"
        label="Raison"
        value={reason}
        onChange={setReason}
        error={errors?.fields.reason}
        rows={2}
        hint="Par exemple : ne répond plus après deux relances."
      />
    </Form>
  );
}

function PlanInterviewForm({ lead, onDone }: { lead: LeadDetail; onDone: Done }) {
  // Moving the entretien starts from its current slot.
  const [values, setValues] = useState(() => planFormValues(lead.interview));
  const { errors, pending, submit } = useSubmit(
    PlanInterviewSchema,
    (data) => call(intakeEndpoints.planInterview, { params: { id: lead.id }, body: data }),
    () => onDone('L’entretien préalable est planifié.'),
  );
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  const labels = {
    date: 'Date',
    start: 'Heure de début',
    end: 'Heure de fin',
    mode: 'Modalité',
    place: 'Lieu',
    link: 'Lien de la visioconférence',
    consultantId: 'Consultant·e',
  };
  return (
    <Form
      onSubmit={() =>
        void submit({
          date: values.date,
          start: values.start,
          end: values.end,
          mode: values.mode,
          ...(values.mode === 'in_person' ? { place: values.place } : {}),
          ...(values.mode === 'remote' ? { link: values.link } : {}),
        })
      }
      errors={errors}
      labels={labels}
      submitLabel={lead.interview ? 'Déplacer l’entretien' : 'Planifier l’entretien'}
      pending={pending}
    >
      <div className="inline-fields">
        <DateField
          name="date"
          label={labels.date}
          value={values.date}
          onChange={set('date')}
          error={e.date}
          hint={`Un entretien déjà tenu (un rappel devenu l’entretien, par exemple) s’inscrit à son créneau réel, jusqu’à ${HELD_INTERVIEW_DAYS} jours en arrière ; aucune invitation n’est alors envoyée.`}
        />
        <TimeField name="start" label={labels.start} value={values.start} onChange={set('start')} error={e.start} />
        <TimeField name="end" label={labels.end} value={values.end} onChange={set('end')} error={e.end} />
      </div>
      <SelectField
        name="mode"
        label={labels.mode}
        value={values.mode}
        onChange={set('mode')}
        error={e.mode}
        placeholder="Choisissez une modalité"
        options={INTERVIEW_MODES.map((m) => ({ value: m, label: INTERVIEW_MODE_LABELS[m] }))}
      />
      {values.mode === 'in_person' ? (
        <TextField name="place" label={labels.place} value={values.place} onChange={set('place')} error={e.place} />
      ) : null}
      {values.mode === 'remote' ? (
        <TextField
          name="link"
          type="url"
          label={labels.link}
          value={values.link}
          onChange={set('link')}
          error={e.link}
          hint="Commence par https://."
        />
      ) : null}
    </Form>
  );
}

function RecordInterviewForm({ lead, onDone }: { lead: LeadDetail; onDone: Done }) {
  const i = lead.interview;
  const [values, setValues] = useState({
    situation: i?.situation ?? '',
    expectations: i?.expectations ?? '',
    outcome: i?.outcome ?? '',
    redirection: i?.redirection ?? '',
    reason: i?.outcomeReason ?? '',
  });
  const { errors, pending, submit } = useSubmit(
    RecordInterviewSchema,
    (data) => call(intakeEndpoints.recordInterview, { params: { id: lead.id }, body: data }),
    () => onDone('Le compte rendu de l’entretien préalable est enregistré.'),
  );
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const e = errors?.fields ?? {};
  const labels = {
    situation: 'Situation de la personne',
    expectations: 'Attentes',
    outcome: 'Conclusion',
    redirection: 'Orientation proposée',
    reason: 'Motif',
  };
  return (
    <Form
      onSubmit={() =>
        void submit({
          situation: values.situation,
          expectations: values.expectations,
          outcome: values.outcome,
          ...(values.outcome === 'redirect' ? { redirection: values.redirection } : {}),
          ...(values.reason ? { reason: values.reason } : {}),
        })
      }
      errors={errors}
      labels={labels}
      submitLabel="Enregistrer le compte rendu"
      pending={pending}
    >
      <TextArea
        name="situation"
        label={labels.situation}
        value={values.situation}
        onChange={set('situation')}
        error={e.situation}
        rows={3}
        hint="Parcours, emploi actuel, contexte de la demande. Pas d’informations de santé."
      />
      <TextArea
        name="expectations"
        label={labels.expectations}
        value={values.expectations}
        onChange={set('expectations')}
        error={e.expectations}
        rows={3}
      />
      <SelectField
        name="outcome"
        label={labels.outcome}
        value={values.outcome}
        onChange={set('outcome')}
        error={e.outcome}
        placeholder="Choisissez une conclusion"
        options={[
          { value: 'bilan', label: 'Un bilan de compétences est adapté' },
          { value: 'redirect', label: 'Orienter vers un autre dispositif' },
        ]}
      />
      {values.outcome === 'redirect' ? (
        <SelectField
          name="redirection"
          label={labels.redirection}
          value={values.redirection}
          onChange={set('redirection')}
          error={e.redirection}
          placeholder="Choisissez un dispositif"
          options={REDIRECTIONS.map((r) => ({ value: r, label: REDIRECTION_LABELS[r] }))}
        />
      ) : null}
      <TextArea
        name="reason"
        label={labels.reason}
        value={values.reason}
        onChange={set('reason')}
        error={e.reason}
        rows={2}
        optional={values.outcome !== 'redirect'}
        hint="Pourquoi un bilan convient, ou pourquoi un autre dispositif convient mieux."
      />
    </Form>
  );
}

function ConvertForm({ lead }: { lead: LeadDetail }) {
  const navigate = useNavigate();
  const client = useQueryClient();
  const chosen = lead.offers.find((o) => o.id === lead.offer?.id);
  const hoursOf = (minutes: number) => String(minutes / 60).replace('.', ',');
  const [values, setValues] = useState({
    financing: '',
    plannedHours: chosen ? hoursOf(chosen.accompanimentMinutes) : '24',
    offerId: lead.offer?.id ?? '',
  });
  const { errors, pending, submit } = useSubmit(
    ConvertLeadSchema,
    () => call(intakeEndpoints.convert, { params: { id: lead.id }, body: values as ConvertLeadInput }),
    (result) => {
      void client.invalidateQueries({ queryKey: intakeKeys.leads });
      void client.invalidateQueries({ queryKey: bilanKeys.consultantHome });
      navigate(`/consultant/bilans/${result.bilanId}`, {
        state: { created: `${lead.firstName} ${lead.lastName}` },
      });
    },
  );
  const labels = {
    financing: 'Financement',
    plannedHours: 'Heures d’accompagnement prévues',
    offerId: 'Offre retenue',
  };
  const field = fieldsOf(values, setValues, labels, errors);
  const euros = (cents: number) =>
    new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={labels}
      submitLabel="Créer le bilan et inviter"
      pending={pending}
    >
      <SelectField
        {...field('financing')}
        placeholder="Choisissez un financement"
        options={FINANCINGS.map((f) => ({ value: f, label: FINANCING_LABELS[f] }))}
      />
      {lead.offers.length > 0 || lead.offer ? (
        <SelectField
          name="offerId"
          label={labels.offerId}
          value={values.offerId}
          onChange={(offerId) => {
            const offer = lead.offers.find((o) => o.id === offerId);
            setValues((v) => ({
              ...v,
              offerId,
              plannedHours: offer ? hoursOf(offer.accompanimentMinutes) : v.plannedHours,
            }));
          }}
          error={errors?.fields.offerId}
          optional
          placeholder="Aucune offre"
          hint="Son prix TTC, sa modalité, ses lieux et ses heures de travail personnel sont repris dans le financement du bilan."
          options={[
            ...lead.offers.map((o) => ({ value: o.id, label: `${o.title} — ${euros(o.priceCents)}` })),
            ...(lead.offer && !lead.offers.some((o) => o.id === lead.offer?.id)
              ? [{ value: lead.offer.id, label: `${lead.offer.title} (offre retirée)` }]
              : []),
          ]}
        />
      ) : null}
      <TextField
        {...field('plannedHours')}
        inputMode="decimal"
        autoComplete="off"
        hint="24 h au plus (13 h au moins pour le CPF)."
      />
    </Form>
  );
}

export function LeadPage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const session = useSession();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'warning' } | null>(null);
  const [panel, setPanel] = useState<'close' | 'plan' | 'record' | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const lead = useQuery({
    queryKey: intakeKeys.lead(id),
    queryFn: () => call(intakeEndpoints.lead, { params: { id } }),
  });
  const onDone = (text: string) => {
    setPanel(null);
    setMessage({ text, tone: 'success' });
    void client.invalidateQueries({ queryKey: intakeKeys.leads });
  };
  const act = async (action: 'mark_contacted' | 'reopen') => {
    try {
      await call(intakeEndpoints.changeStatus, { params: { id }, body: { action } });
      onDone(action === 'mark_contacted' ? 'La demande est marquée comme contactée.' : 'La demande est rouverte.');
    } catch (error) {
      setMessage({ text: error instanceof ApiError ? error.message : 'L’action n’a pas abouti.', tone: 'warning' });
    }
  };
  if (lead.isPending)
    return (
      <Page title="Demande">
        <Loading />
      </Page>
    );
  if (lead.isError)
    return (
      <Page title="Demande introuvable">
        <LoadError error={lead.error} />
        <p>
          <Link to="/demandes">Retour aux demandes</Link>
        </p>
      </Page>
    );
  const l = lead.data;
  const i = l.interview;
  return (
    <Page title={`Demande de ${l.firstName} ${l.lastName}`}>
      {message ? (
        <div ref={messageRef} tabIndex={-1} className="notice-focus">
          <Notice tone={message.tone}>
            <p>{message.text}</p>
          </Notice>
        </div>
      ) : null}
      <section aria-labelledby="demande">
        <h2 id="demande">La demande</h2>
        <dl className="facts">
          <div>
            <dt>Statut</dt>
            <dd>
              {LEAD_STATUS_LABELS[l.status]}
              {l.statusReason ? ` (${l.statusReason})` : ''}
            </dd>
          </div>
          <div>
            <dt>Reçue le</dt>
            <dd>{formatDateTime(l.createdAt)}</dd>
          </div>
          {l.answerDue ? (
            <div>
              <dt>Première réponse</dt>
              <dd>
                <AnswerDue due={l.answerDue} />
              </dd>
            </div>
          ) : null}
          <div>
            <dt>Adresse e-mail</dt>
            <dd>{l.email}</dd>
          </div>
          {l.phone ? (
            <div>
              <dt>Téléphone</dt>
              <dd>{l.phone}</dd>
            </div>
          ) : null}
          <div>
            <dt>Modalité souhaitée</dt>
            <dd>{LEAD_MODALITY_LABELS[l.preferredModality]}</dd>
          </div>
          <div>
            <dt>Offre</dt>
            <dd>{l.offer?.title ?? 'Aucune offre choisie'}</dd>
          </div>
          <div>
            <dt>Accord pour être recontacté·e</dt>
            <dd>Donné le {formatDateTime(l.consentAt)}</dd>
          </div>
        </dl>
        <h3>Message</h3>
        <p className="message-body">{l.message}</p>
        {l.bilanId && session.data?.role === 'consultant' ? (
          <p>
            <Link to={`/consultant/bilans/${l.bilanId}`}>Ouvrir le bilan</Link>
          </p>
        ) : null}
        {l.bilanId && session.data?.role !== 'consultant' ? <p>Cette demande a été convertie en bilan.</p> : null}
      </section>
      <section aria-labelledby="origine">
        <h2 id="origine">Origine</h2>
        <dl className="facts">
          <div>
            <dt>Déclarée</dt>
            <dd>
              {LEAD_SOURCE_LABELS[l.declaredSource]}
              {l.origin.sourceDetail ? ` : ${l.origin.sourceDetail}` : ''}
            </dd>
          </div>
          <div>
            <dt>Page de provenance</dt>
            <dd>{l.origin.referrer ?? 'Non transmise'}</dd>
          </div>
          <div>
            <dt>Paramètres de suivi</dt>
            <dd>
              {Object.keys(l.origin.utm).length
                ? Object.entries(l.origin.utm)
                    .map(([k, v]) => `utm_${k} = ${v}`)
                    .join(', ')
                : 'Aucun'}
            </dd>
          </div>
        </dl>
      </section>
      {l.status !== 'converted' ? (
        <section aria-labelledby="suivi">
          <h2 id="suivi">Suivi de la demande</h2>
          <AssignForm key={l.assignedConsultantId ?? 'aucun'} lead={l} onDone={onDone} />
          <div className="button-row spaced">
            {l.actions.includes('mark_contacted') ? (
              <button type="button" className="button secondary" onClick={() => void act('mark_contacted')}>
                Marquer comme contactée
              </button>
            ) : null}
            {l.actions.includes('reopen') ? (
              <button type="button" className="button secondary" onClick={() => void act('reopen')}>
                Rouvrir la demande
              </button>
            ) : null}
            {l.actions.includes('close') && panel !== 'close' ? (
              <button type="button" className="button secondary" onClick={() => setPanel('close')}>
                Classer sans suite…
              </button>
            ) : null}
          </div>
          {panel === 'close' ? (
            <>
              <h3>Classer la demande sans suite</h3>
              <CloseForm lead={l} onDone={onDone} />
            </>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="entretien">
        <h2 id="entretien">Entretien préalable</h2>
        <p>
          Gratuit et sans engagement : la personne présente sa situation et ses attentes ; vous vérifiez qu’un bilan de
          compétences lui convient ou l’orientez vers un autre dispositif.
        </p>
        {i ? (
          <dl className="facts">
            <div>
              <dt>Date</dt>
              <dd>{slot(i.startsAt, i.endsAt)}</dd>
            </div>
            <div>
              <dt>Modalité</dt>
              <dd>
                {INTERVIEW_MODE_LABELS[i.mode]}
                {i.place ? ` : ${i.place}` : ''}
                {i.link ? ` : ${i.link}` : ''}
              </dd>
            </div>
            <div>
              <dt>Consultant·e</dt>
              <dd>{i.consultant}</dd>
            </div>
            {i.recordedAt ? (
              <>
                <div>
                  <dt>Situation</dt>
                  <dd>{i.situation}</dd>
                </div>
                <div>
                  <dt>Attentes</dt>
                  <dd>{i.expectations}</dd>
                </div>
                <div>
                  <dt>Conclusion</dt>
                  <dd>
                    {i.outcome === 'bilan'
                      ? 'Un bilan de compétences est adapté'
                      : `Orientation : ${i.redirection ? REDIRECTION_LABELS[i.redirection] : ''}`}
                    {i.outcomeReason ? ` (${i.outcomeReason})` : ''}
                  </dd>
                </div>
              </>
            ) : null}
          </dl>
        ) : (
          <p>Pas encore planifié.</p>
        )}
        {l.canPlanInterview ? (
          panel === 'plan' ? (
            <>
              <h3>{i ? 'Déplacer l’entretien préalable' : 'Planifier l’entretien préalable'}</h3>
              <PlanInterviewForm lead={l} onDone={onDone} />
            </>
          ) : (
            <button type="button" className="button primary" onClick={() => setPanel('plan')}>
              {i ? 'Déplacer l’entretien préalable' : 'Planifier l’entretien préalable'}
            </button>
          )
        ) : null}
        {/* Once recorded, the report shows above; the form opens only to correct it. */}
        {l.canRecordInterview && (!i?.recordedAt || panel === 'record') ? (
          <>
            <h3>{i?.recordedAt ? 'Modifier le compte rendu de l’entretien' : 'Compte rendu de l’entretien'}</h3>
            <RecordInterviewForm key={i?.recordedAt ?? 'nouveau'} lead={l} onDone={onDone} />
          </>
        ) : l.canRecordInterview ? (
          <button type="button" className="button secondary" onClick={() => setPanel('record')}>
            Modifier le compte rendu
          </button>
        ) : null}
      </section>
      {l.canConvert ? (
        <section aria-labelledby="convertir">
          <h2 id="convertir">Convertir en bilan</h2>
          <p>
            Le bilan commence en phase préliminaire, avec vous comme consultant·e. {l.firstName} {l.lastName} reçoit par
            courriel une invitation pour ouvrir son espace personnel.
          </p>
          <ConvertForm lead={l} />
        </section>
      ) : null}
      <section aria-labelledby="historique">
        <h2 id="historique">Historique</h2>
        <ol>
          {l.history.map((h, index) => (
            <li key={index}>{historyLine(h)}</li>
          ))}
        </ol>
      </section>
      <p>
        <Link to="/demandes">Retour aux demandes</Link>
      </p>
    </Page>
  );
}
