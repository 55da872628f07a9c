/**
 * « Mes droits » (decision 048): the beneficiary exercises a right over their personal data
 * (access, rectification, erasure, restriction, objection, portability) and follows their requests,
 * each with its status, its deadline and the answer.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ShieldCheck } from 'lucide-react';
import { call } from '../../ui/api.ts';
import { Card, EmptyState } from '../../ui/Card.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, SelectField, TextArea, useSubmit } from '../../ui/Form.tsx';
import { Page } from '../../ui/Page.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { privacyEndpoints } from '../contracts/endpoints.ts';
import {
  AskRequestSchema,
  MY_DATA_PATH,
  REQUEST_KINDS,
  REQUEST_KIND_HINTS,
  REQUEST_KIND_LABELS,
  REQUEST_STATUS_LABELS,
  type MyRequestView,
  type RequestKind,
} from '../contracts/schemas.ts';
import { STATUS_TONES, dayFr } from './labels.ts';
import { privacyKeys } from './query-keys.ts';
import './privacy.css';

const LABELS = { kind: 'Type de demande', message: 'Précisez votre demande' };

export function MyRightsPage() {
  const mine = useQuery({ queryKey: privacyKeys.mine, queryFn: () => call(privacyEndpoints.mine) });
  return (
    <Page
      title="Mes droits"
      intro={
        <>
          <p>
            Vous pouvez à tout moment demander à l’organisme d’accéder à vos données personnelles, de les corriger, de
            les effacer, d’en limiter l’utilisation, de vous y opposer ou de les récupérer. L’organisme vous répond dans
            un délai d’un mois, qu’il peut prolonger de deux mois en vous en donnant la raison.
          </p>
          <p>
            Pour obtenir tout de suite une copie de vos données, rendez-vous sur{' '}
            <Link to={MY_DATA_PATH}>Mes données</Link>.
          </p>
        </>
      }
    >
      <AskForm />
      <section aria-labelledby="mes-demandes">
        <h2 id="mes-demandes">Mes demandes</h2>
        {mine.isPending ? <Loading /> : null}
        {mine.isError ? <LoadError error={mine.error} /> : null}
        {mine.data && mine.data.requests.length === 0 ? (
          <EmptyState title="Aucune demande pour l’instant" headingLevel={3} icon={ShieldCheck}>
            Les demandes que vous ferez apparaîtront ici, avec la date limite de réponse et la réponse de l’organisme.
          </EmptyState>
        ) : null}
        {mine.data && mine.data.requests.length > 0 ? (
          <ul className="privacy-list">
            {mine.data.requests.map((request) => (
              <li key={request.id}>
                <MyRequestCard request={request} />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <p>
        Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (
        <a href="https://www.cnil.fr/fr/plaintes">www.cnil.fr/fr/plaintes</a>).
      </p>
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

function AskForm() {
  const client = useQueryClient();
  const empty = { kind: '' as RequestKind | '', message: '' };
  const [values, setValues] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const { errors, pending, submit } = useSubmit(
    AskRequestSchema,
    (body) => call(privacyEndpoints.ask, { body }),
    ({ request }) => {
      setValues(empty);
      setDone(`Votre demande est envoyée. L’organisme vous répondra au plus tard le ${dayFr(request.deadline)}.`);
      void client.invalidateQueries({ queryKey: privacyKeys.mine });
    },
  );
  return (
    <section aria-labelledby="nouvelle-demande">
      <h2 id="nouvelle-demande">Faire une demande</h2>
      {done ? (
        <Notice tone="success">
          <p>{done}</p>
        </Notice>
      ) : null}
      <Form
        onSubmit={() => void submit(values)}
        errors={errors}
        labels={LABELS}
        submitLabel="Envoyer ma demande"
        pending={pending}
      >
        <SelectField
          name="kind"
          label={LABELS.kind}
          value={values.kind}
          onChange={(v) => setValues((s) => ({ ...s, kind: v as RequestKind }))}
          error={errors?.fields.kind}
          placeholder="Choisissez"
          hint={values.kind ? REQUEST_KIND_HINTS[values.kind] : undefined}
          options={REQUEST_KINDS.map((kind) => ({
            value: kind,
            label: `${REQUEST_KIND_LABELS[kind]} : ${REQUEST_KIND_HINTS[kind].replace(/\.$/, '').toLowerCase()}`,
          }))}
        />
        <TextArea
          name="message"
          label={LABELS.message}
          optional
          hint="Par exemple la donnée à corriger, ou l’utilisation à laquelle vous vous opposez."
          rows={4}
          value={values.message}
          onChange={(v) => setValues((s) => ({ ...s, message: v }))}
          error={errors?.fields.message}
        />
      </Form>
    </section>
  );
}

function MyRequestCard({ request }: { request: MyRequestView }) {
  const open = request.status === 'received' || request.status === 'in_progress';
  return (
    <Card title={REQUEST_KIND_LABELS[request.kind]} headingLevel={3}>
      <p>
        <StatusChip tone={STATUS_TONES[request.status]}>{REQUEST_STATUS_LABELS[request.status]}</StatusChip>
      </p>
      <dl className="facts">
        <div>
          <dt>Reçue le</dt>
          <dd>{dayFr(request.receivedOn)}</dd>
        </div>
        {open ? (
          <div>
            <dt>Réponse au plus tard le</dt>
            <dd>{dayFr(request.deadline)}</dd>
          </div>
        ) : null}
        {request.extensionReason ? (
          <div>
            <dt>Délai prolongé</dt>
            <dd>{request.extensionReason}</dd>
          </div>
        ) : null}
        {request.message ? (
          <div>
            <dt>Votre message</dt>
            <dd className="privacy-text">{request.message}</dd>
          </div>
        ) : null}
        {request.closedOn && request.answerSummary ? (
          <div>
            <dt>
              {request.status === 'refused'
                ? `Refusée le ${dayFr(request.closedOn)}`
                : `Réponse du ${dayFr(request.closedOn)}`}
            </dt>
            <dd className="privacy-text">{request.answerSummary}</dd>
          </div>
        ) : null}
      </dl>
    </Card>
  );
}
