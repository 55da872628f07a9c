/**
 * The admin's register of GDPR requests (decision 048): every request with its deadline, those
 * overdue or due within seven days flagged; registering a request received by letter, e-mail or
 * telephone; handling one — taking it in hand, extending its deadline with a reason, recording the
 * answer or the refusal. An erasure shows what the law requires the organisation to keep.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { Card, EmptyState } from '../../ui/Card.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { fieldsOf, Form, SelectField, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { privacyEndpoints } from '../contracts/endpoints.ts';
import {
  AnswerRequestSchema,
  ERASURE_RETENTION_JUSTIFICATION,
  ExtendRequestSchema,
  REQUEST_KINDS,
  REQUEST_KIND_ARTICLES,
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_LABELS,
  RefuseRequestSchema,
  RegisterRequestSchema,
  SUBJECT_TYPES,
  SUBJECT_TYPE_LABELS,
  suggestedAnswer,
  type RegisterView,
  type RequestKind,
  type RequestView,
  type SubjectType,
} from '../contracts/schemas.ts';
import { STATE_LABELS, STATE_TONES, STATUS_TONES, dayFr } from './labels.ts';
import { privacyKeys } from './query-keys.ts';
import './privacy.css';

export function PrivacyRegisterPage() {
  const register = useQuery({ queryKey: privacyKeys.register, queryFn: () => call(privacyEndpoints.register) });
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const client = useQueryClient();
  const refresh = (text: string) => {
    setMessage(text);
    void client.invalidateQueries({ queryKey: privacyKeys.register });
  };
  const data = register.data;
  const current = data?.requests.find((r) => r.id === selected) ?? null;
  const overdue = data?.requests.filter((r) => r.state === 'overdue').length ?? 0;
  return (
    <Page
      title="Demandes RGPD"
      intro={
        <p>
          Le registre des demandes d’exercice des droits : accès, rectification, effacement, limitation, opposition et
          portabilité. La réponse est due dans un mois après la réception ; ce délai peut être prolongé de deux mois si
          la demande est complexe, en informant la personne du motif (article 12 du RGPD).
        </p>
      }
    >
      {register.isPending ? <Loading /> : null}
      {register.isError ? <LoadError error={register.error} /> : null}
      {message ? (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      ) : null}
      {data ? (
        <>
          {overdue > 0 ? (
            <Notice tone="warning">
              <p>
                {overdue === 1
                  ? 'Une demande a dépassé son délai de réponse.'
                  : `${overdue} demandes ont dépassé leur délai de réponse.`}
              </p>
            </Notice>
          ) : null}
          <section aria-labelledby="registre">
            <h2 id="registre">Registre</h2>
            <ResponsiveTable
              caption="Demandes RGPD"
              rows={data.requests}
              rowKey={(r) => r.id}
              empty={
                <EmptyState title="Aucune demande enregistrée" headingLevel={3} icon={ShieldCheck}>
                  Les demandes faites par les bénéficiaires depuis « Mes droits » et celles que vous enregistrez
                  apparaissent ici.
                </EmptyState>
              }
              columns={[
                { header: 'Personne', cell: (r) => r.personName },
                { header: 'Demande', cell: (r) => REQUEST_KIND_LABELS[r.kind] },
                { header: 'Reçue le', cell: (r) => dayFr(r.receivedOn) },
                {
                  header: 'Échéance',
                  cell: (r) => (
                    <>
                      {dayFr(r.deadline)}
                      {r.state ? (
                        <>
                          {' '}
                          <StatusChip tone={STATE_TONES[r.state]}>{STATE_LABELS[r.state]}</StatusChip>
                        </>
                      ) : null}
                    </>
                  ),
                },
                {
                  header: 'Statut',
                  cell: (r) => <StatusChip tone={STATUS_TONES[r.status]}>{REQUEST_STATUS_LABELS[r.status]}</StatusChip>,
                },
                {
                  header: 'Actions',
                  isActions: true,
                  cell: (r) => (
                    <Button
                      size="small"
                      onPress={() => setSelected(r.id)}
                      aria-label={`Ouvrir la demande de ${r.personName}`}
                    >
                      Ouvrir
                    </Button>
                  ),
                },
              ]}
            />
          </section>
          {current ? (
            <Handling
              key={current.id}
              request={current}
              today={data.today}
              onDone={refresh}
              onClose={() => setSelected(null)}
            />
          ) : null}
          <NewRequest view={data} onDone={refresh} />
        </>
      ) : null}
    </Page>
  );
}

const NEW_LABELS = {
  kind: 'Type de demande',
  subjectType: 'Qui fait la demande ?',
  beneficiaryId: 'Bénéficiaire',
  leadId: 'Demande de contact',
  personName: 'Nom de la personne',
  personEmail: 'Adresse e-mail de la personne',
  receivedOn: 'Reçue le',
  message: 'Résumé de la demande',
};

function NewRequest({ view, onDone }: { view: RegisterView; onDone: (message: string) => void }) {
  const empty = {
    kind: '' as RequestKind | '',
    subjectType: '' as SubjectType | '',
    beneficiaryId: '',
    leadId: '',
    personName: '',
    personEmail: '',
    receivedOn: view.today,
    message: '',
  };
  const [values, setValues] = useState(empty);
  const { errors, pending, submit } = useSubmit(
    RegisterRequestSchema,
    (body) => call(privacyEndpoints.create, { body }),
    ({ request }) => {
      setValues(empty);
      onDone(
        `La demande de ${request.personName} est enregistrée : réponse due au plus tard le ${dayFr(request.deadline)}.`,
      );
    },
  );
  const field = fieldsOf(values, setValues, NEW_LABELS, errors);
  return (
    <section aria-labelledby="enregistrer">
      <h2 id="enregistrer">Enregistrer une demande reçue par courrier, courriel ou téléphone</h2>
      <Form
        onSubmit={() => void submit(values)}
        errors={errors}
        labels={NEW_LABELS}
        submitLabel="Enregistrer la demande"
        pending={pending}
      >
        <SelectField
          {...field('kind')}
          placeholder="Choisissez"
          options={REQUEST_KINDS.map((k) => ({
            value: k,
            label: `${REQUEST_KIND_LABELS[k]} (${REQUEST_KIND_ARTICLES[k]})`,
          }))}
        />
        <SelectField
          {...field('subjectType')}
          placeholder="Choisissez"
          options={SUBJECT_TYPES.map((s) => ({ value: s, label: SUBJECT_TYPE_LABELS[s] }))}
        />
        {values.subjectType === 'beneficiary' ? (
          <SelectField
            {...field('beneficiaryId')}
            placeholder="Choisissez"
            options={view.beneficiaries.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
          />
        ) : null}
        {values.subjectType === 'lead' ? (
          <SelectField
            {...field('leadId')}
            placeholder="Choisissez"
            options={view.leads.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))}
          />
        ) : null}
        {values.subjectType === 'person' ? (
          <>
            <TextField {...field('personName')} autoComplete="off" />
            <TextField {...field('personEmail')} type="email" autoComplete="off" />
          </>
        ) : null}
        <DateField {...field('receivedOn')} hint="Le délai d’un mois court à partir de cette date." />
        <TextArea {...field('message')} optional rows={3} />
      </Form>
    </section>
  );
}

function Handling({
  request,
  today,
  onDone,
  onClose,
}: {
  request: RequestView;
  today: string;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const open = request.state !== null;
  const [answer, setAnswer] = useState({
    summary: suggestedAnswer(request.kind, window.location.origin),
    answeredOn: today,
  });
  const [extension, setExtension] = useState({ reason: '' });
  const [refusal, setRefusal] = useState({ refusalReason: '', refusedOn: today });
  const answering = useSubmit(
    AnswerRequestSchema,
    (body) => call(privacyEndpoints.answer, { params: { id: request.id }, body }),
    () => onDone(`La réponse à ${request.personName} est enregistrée.`),
  );
  const extending = useSubmit(
    ExtendRequestSchema,
    (body) => call(privacyEndpoints.extend, { params: { id: request.id }, body }),
    ({ request: r }) => onDone(`Le délai est prolongé jusqu’au ${dayFr(r.deadline)} : informez-en la personne.`),
  );
  const refusing = useSubmit(
    RefuseRequestSchema,
    (body) => call(privacyEndpoints.refuse, { params: { id: request.id }, body }),
    () =>
      onDone(`Le refus est enregistré : informez ${request.personName} du motif et de son droit de saisir la CNIL.`),
  );
  const [starting, setStarting] = useState(false);
  const start = async () => {
    setStarting(true);
    try {
      await call(privacyEndpoints.start, { params: { id: request.id } });
      onDone('La demande est prise en charge.');
    } finally {
      setStarting(false);
    }
  };
  return (
    <section aria-labelledby="demande-ouverte" className="privacy-handling">
      <h2 id="demande-ouverte" ref={heading} tabIndex={-1}>
        {REQUEST_KIND_LABELS[request.kind]} — {request.personName}
      </h2>
      <Card title="La demande" headingLevel={3}>
        <p>
          <StatusChip tone={STATUS_TONES[request.status]}>{REQUEST_STATUS_LABELS[request.status]}</StatusChip>{' '}
          {request.state ? (
            <StatusChip tone={STATE_TONES[request.state]}>{STATE_LABELS[request.state]}</StatusChip>
          ) : null}
        </p>
        <dl className="facts">
          <div>
            <dt>Personne</dt>
            <dd>
              {request.personName} ({request.personEmail}) — {SUBJECT_TYPE_LABELS[request.subjectType].toLowerCase()}
            </dd>
          </div>
          <div>
            <dt>Reçue le</dt>
            <dd>
              {dayFr(request.receivedOn)} {request.channel === 'app' ? '(depuis « Mes droits »)' : ''}
            </dd>
          </div>
          <div>
            <dt>Réponse due au plus tard le</dt>
            <dd>{dayFr(request.deadline)}</dd>
          </div>
          {request.extensionReason ? (
            <div>
              <dt>Motif de la prolongation</dt>
              <dd className="privacy-text">{request.extensionReason}</dd>
            </div>
          ) : null}
          {request.message ? (
            <div>
              <dt>Message</dt>
              <dd className="privacy-text">{request.message}</dd>
            </div>
          ) : null}
          {request.answerSummary ? (
            <div>
              <dt>{request.status === 'refused' ? 'Motif du refus' : 'Réponse'}</dt>
              <dd className="privacy-text">{request.answerSummary}</dd>
            </div>
          ) : null}
        </dl>
      </Card>
      {request.kind === 'erasure' ? (
        <div className="privacy-justification">
          <h3>Ce qui est conservé malgré l’effacement</h3>
          <p>{ERASURE_RETENTION_JUSTIFICATION}</p>
          {request.hasBilan ? (
            <p>
              {request.contentDestroyedAt
                ? 'Le contenu du bilan de cette personne a été détruit.'
                : 'Cette personne a un bilan : son contenu (questionnaires, notes, documents de travail) est à détruire, les documents administratifs restent.'}
            </p>
          ) : null}
          {request.subjectType === 'lead' && request.leadId ? (
            <p>Enregistrer la réponse supprime la demande de contact, son entretien préalable et son historique.</p>
          ) : null}
        </div>
      ) : null}
      {open ? (
        <>
          {request.status === 'received' ? (
            <p>
              <Button onPress={() => void start()} isPending={starting}>
                Prendre en charge
              </Button>
            </p>
          ) : null}
          <h3>Enregistrer la réponse</h3>
          <Form
            onSubmit={() => void answering.submit(answer)}
            errors={answering.errors}
            labels={{ summary: 'Réponse apportée', answeredOn: 'Date de la réponse' }}
            submitLabel="Enregistrer la réponse"
            pending={answering.pending}
          >
            <TextArea
              name="summary"
              label="Réponse apportée"
              rows={6}
              value={answer.summary}
              onChange={(summary) => setAnswer((a) => ({ ...a, summary }))}
              error={answering.errors?.fields.summary}
            />
            <DateField
              name="answeredOn"
              label="Date de la réponse"
              value={answer.answeredOn}
              onChange={(answeredOn) => setAnswer((a) => ({ ...a, answeredOn }))}
              error={answering.errors?.fields.answeredOn}
            />
          </Form>
          {request.canExtend ? (
            <>
              <h3>Prolonger le délai de deux mois</h3>
              <Form
                onSubmit={() => void extending.submit(extension)}
                errors={extending.errors}
                labels={{ reason: 'Motif de la prolongation' }}
                submitLabel="Prolonger le délai"
                pending={extending.pending}
              >
                <TextArea
                  name="reason"
                  label="Motif de la prolongation"
                  hint="La personne doit en être informée avant la fin du premier mois."
                  rows={3}
                  value={extension.reason}
                  onChange={(reason) => setExtension({ reason })}
                  error={extending.errors?.fields.reason}
                />
              </Form>
            </>
          ) : null}
          <h3>Refuser la demande</h3>
          <Form
            onSubmit={() => void refusing.submit(refusal)}
            errors={refusing.errors}
            labels={{ refusalReason: 'Motif du refus', refusedOn: 'Date du refus' }}
            submitLabel="Enregistrer le refus"
            pending={refusing.pending}
          >
            <TextArea
              name="refusalReason"
              label="Motif du refus"
              hint="Par exemple : identité non établie, demande manifestement infondée ou excessive."
              rows={3}
              value={refusal.refusalReason}
              onChange={(refusalReason) => setRefusal((r) => ({ ...r, refusalReason }))}
              error={refusing.errors?.fields.refusalReason}
            />
            <DateField
              name="refusedOn"
              label="Date du refus"
              value={refusal.refusedOn}
              onChange={(refusedOn) => setRefusal((r) => ({ ...r, refusedOn }))}
              error={refusing.errors?.fields.refusedOn}
            />
          </Form>
        </>
      ) : null}
      <p>
        <Button variant="quiet" onPress={onClose}>
          Fermer la demande
        </Button>
      </p>
    </section>
  );
}
