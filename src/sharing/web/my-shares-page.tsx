/**
 * « Mes partages » (decision 045): the beneficiary shares the synthèse and/or the detailed results
 * with a named recipient, after a confirmation that says what goes to whom until when; sees each
 * share's status and every opening and download; sends the link again or withdraws the share.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { RotateCw, Share2, Trash2 } from 'lucide-react';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { Card, EmptyState } from '../../ui/Card.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, SelectField, TextField, fieldId, useSubmit } from '../../ui/Form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { sharingEndpoints } from '../contracts/endpoints.ts';
import {
  CreateShareSchema,
  DOCUMENT_LABELS,
  RECIPIENT_KINDS,
  RECIPIENT_KIND_LABELS,
  type CreateShare,
  type RecipientKind,
  type SharedDocument,
  type SharesView,
  type ShareView,
} from '../contracts/schemas.ts';
import { consentText } from '../domain/consent.ts';
import { STATUS_LABELS, STATUS_TONES, dayFr } from './labels.ts';
import { sharingKeys } from './query-keys.ts';
import './sharing.css';

const TITLE = 'Mes partages';

const LABELS = {
  recipientName: 'Nom de la personne ou de l’organisme',
  recipientEmail: 'Son adresse e-mail',
  recipientKind: 'Qui est-ce ?',
  documents: 'Documents à partager',
  expiresOn: 'Dernier jour où le lien peut être ouvert',
};

export function MySharesPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title={TITLE}
      intro={
        <p>
          Vous seul·e décidez de transmettre des documents de votre bilan, et à qui : votre conseiller·ère en évolution
          professionnelle, votre employeur, un financeur ou une autre personne. Chaque partage envoie un lien personnel
          qui ne s’ouvre qu’une fois, jusqu’au jour que vous choisissez ; vous voyez quand il est ouvert et pouvez le
          retirer à tout moment. Votre consultant·e ne voit pas vos partages.
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <Shares bilanId={bilanId} /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

function Shares({ bilanId }: { bilanId: string }) {
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const shares = useQuery({
    queryKey: sharingKeys.shares(bilanId),
    queryFn: () => call(sharingEndpoints.list, { params: { id: bilanId } }),
  });
  const done = (text: string) => {
    setMessage(text);
    void client.invalidateQueries({ queryKey: sharingKeys.shares(bilanId) });
  };
  if (shares.isPending) return <Loading />;
  if (shares.isError) return <LoadError error={shares.error} />;
  return (
    <>
      {message ? (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      ) : null}
      <NewShare bilanId={bilanId} view={shares.data} onShared={done} />
      <section aria-labelledby="mes-partages">
        <h2 id="mes-partages">Mes partages</h2>
        {shares.data.shares.length === 0 ? (
          <EmptyState title="Aucun partage pour l’instant" headingLevel={3} icon={Share2}>
            Les documents que vous partagerez apparaîtront ici, avec chaque ouverture du lien et chaque téléchargement.
          </EmptyState>
        ) : (
          <ul className="share-list">
            {shares.data.shares.map((share) => (
              <li key={share.id}>
                <ShareCard share={share} onDone={done} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function NewShare({
  bilanId,
  view,
  onShared,
}: {
  bilanId: string;
  view: SharesView;
  onShared: (message: string) => void;
}) {
  const empty = {
    recipientName: '',
    recipientEmail: '',
    recipientKind: '' as RecipientKind | '',
    documents: [] as SharedDocument[],
    expiresOn: view.defaultLastDay,
  };
  const [values, setValues] = useState(empty);
  const [toConfirm, setToConfirm] = useState<CreateShare | null>(null);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const { errors, pending, submit } = useSubmit(CreateShareSchema, (data) => Promise.resolve(data), setToConfirm);
  const toggle = (document: SharedDocument, on: boolean) =>
    set(
      'documents',
      on
        ? [...values.documents.filter((d) => d !== document), document]
        : values.documents.filter((d) => d !== document),
    );
  const nothing = view.available.every((a) => !a.available);
  return (
    <section aria-labelledby="nouveau-partage">
      <h2 id="nouveau-partage">Partager des documents</h2>
      {nothing ? (
        <p>
          Aucun document ne peut encore être partagé : les résultats détaillés le seront dès qu’un questionnaire sera
          complété, le document de synthèse une fois validé avec votre consultant·e.
        </p>
      ) : (
        <Form
          onSubmit={() => void submit(values)}
          errors={errors}
          labels={LABELS}
          submitLabel="Vérifier et partager"
          pending={pending}
        >
          <TextField
            name="recipientName"
            label={LABELS.recipientName}
            value={values.recipientName}
            onChange={(v) => set('recipientName', v)}
            error={errors?.fields.recipientName}
            autoComplete="off"
          />
          <TextField
            name="recipientEmail"
            type="email"
            label={LABELS.recipientEmail}
            hint="Le lien lui est envoyé à cette adresse, et seulement là."
            value={values.recipientEmail}
            onChange={(v) => set('recipientEmail', v)}
            error={errors?.fields.recipientEmail}
            autoComplete="off"
          />
          <SelectField
            name="recipientKind"
            label={LABELS.recipientKind}
            value={values.recipientKind}
            onChange={(v) => set('recipientKind', v as RecipientKind)}
            error={errors?.fields.recipientKind}
            placeholder="Choisissez"
            options={RECIPIENT_KINDS.map((kind) => ({ value: kind, label: RECIPIENT_KIND_LABELS[kind] }))}
          />
          <fieldset
            className={`field share-documents${errors?.fields.documents ? ' field-invalid' : ''}`}
            id={fieldId('documents')}
            tabIndex={-1}
            aria-describedby={errors?.fields.documents ? `${fieldId('documents')}-erreur` : undefined}
          >
            <legend>{LABELS.documents}</legend>
            {errors?.fields.documents ? (
              <p className="field-error" id={`${fieldId('documents')}-erreur`}>
                <span className="visually-hidden">Erreur : </span>
                {errors.fields.documents}
              </p>
            ) : null}
            {view.available.map(({ document, label, available }) => (
              <div className="field-checkbox" key={document}>
                <input
                  id={`partage-${document}`}
                  type="checkbox"
                  name="documents"
                  value={document}
                  checked={values.documents.includes(document)}
                  disabled={!available}
                  aria-describedby={available ? undefined : `partage-${document}-aide`}
                  onChange={(event) => toggle(document, event.target.checked)}
                />
                <label htmlFor={`partage-${document}`}>{label}</label>
                {available ? null : (
                  <p className="hint" id={`partage-${document}-aide`}>
                    {document === 'synthese'
                      ? 'Disponible une fois le document de synthèse validé avec votre consultant·e.'
                      : 'Disponible dès qu’un questionnaire sera complété.'}
                  </p>
                )}
              </div>
            ))}
          </fieldset>
          <DateField
            name="expiresOn"
            label={LABELS.expiresOn}
            hint={`Au plus tard le ${dayFr(view.latestLastDay)} (90 jours).`}
            value={values.expiresOn}
            onChange={(v) => set('expiresOn', v)}
            error={errors?.fields.expiresOn}
          />
        </Form>
      )}
      <ConfirmDialog
        isOpen={toConfirm !== null}
        onOpenChange={(open) => {
          if (!open) setToConfirm(null);
        }}
        tone="primary"
        title="Confirmer ce partage ?"
        irreversible={toConfirm ? consentText({ ...toConfirm, lastDay: toConfirm.expiresOn }) : null}
        confirmLabel="Je partage ces documents"
        onConfirm={async () => {
          if (!toConfirm) return;
          await call(sharingEndpoints.create, { params: { id: bilanId }, body: toConfirm });
          onShared(`Le lien est envoyé à ${toConfirm.recipientEmail}.`);
          setValues(empty);
          setToConfirm(null);
        }}
      >
        <p>
          Cette personne reçoit un lien qui ne s’ouvre qu’une fois : elle dispose alors de 30 minutes pour télécharger
          les documents. Ils lui sont confiés à titre confidentiel. Vous pourrez retirer ce partage à tout moment, et
          vous verrez quand le lien est ouvert.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function accessLine(access: ShareView['accesses'][number]): string {
  if (access.kind === 'opened') return `Lien ouvert le ${formatDateTime(access.at)}`;
  const label = access.document ? DOCUMENT_LABELS[access.document] : 'Document';
  return `${label} téléchargé${access.document === 'resultats' ? 's' : ''} le ${formatDateTime(access.at)}`;
}

function ShareCard({ share, onDone }: { share: ShareView; onDone: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const resend = async () => {
    setPending(true);
    try {
      await call(sharingEndpoints.resend, { params: { id: share.id } });
      setError(null);
      onDone(`Un nouveau lien est envoyé à ${share.recipientEmail} ; le précédent ne fonctionne plus.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Le lien n’a pas pu être renvoyé. Réessayez.');
    } finally {
      setPending(false);
    }
  };
  const canResend = share.status === 'active' || share.status === 'opened';
  return (
    <Card title={share.recipientName} headingLevel={3}>
      <p>
        <StatusChip tone={STATUS_TONES[share.status]}>{STATUS_LABELS[share.status]}</StatusChip>{' '}
        {RECIPIENT_KIND_LABELS[share.recipientKind]} · {share.recipientEmail}
      </p>
      <dl className="facts">
        <div>
          <dt>Documents</dt>
          <dd>{share.documents.map((d) => DOCUMENT_LABELS[d]).join(' ; ')}</dd>
        </div>
        <div>
          <dt>Partagé le</dt>
          <dd>{formatDateTime(share.createdAt)}</dd>
        </div>
        <div>
          <dt>{share.status === 'expired' ? 'A expiré après le' : 'Jusqu’au'}</dt>
          <dd>{dayFr(share.lastDay)} inclus</dd>
        </div>
        {share.revokedAt ? (
          <div>
            <dt>Retiré le</dt>
            <dd>{formatDateTime(share.revokedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <details className="share-consent">
        <summary>Votre accord</summary>
        <p>{share.consentText}</p>
      </details>
      <h4 className="share-accesses-title">Ouvertures et téléchargements</h4>
      {share.accesses.length === 0 ? (
        <p className="muted">Le lien n’a pas encore été ouvert.</p>
      ) : (
        <ul className="share-accesses">
          {share.accesses.map((access, index) => (
            <li key={index}>{accessLine(access)}</li>
          ))}
        </ul>
      )}
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error}</p>
        </div>
      ) : null}
      {share.status !== 'revoked' ? (
        <p className="button-row">
          {canResend ? (
            <Button
              icon={RotateCw}
              onPress={() => void resend()}
              isPending={pending}
              aria-label={`Renvoyer le lien à ${share.recipientName}`}
            >
              Renvoyer le lien
            </Button>
          ) : null}
          <ConfirmDialog
            triggerLabel="Révoquer"
            triggerIcon={Trash2}
            title={`Retirer le partage avec ${share.recipientName} ?`}
            irreversible="Le lien ne s’ouvrira plus et les documents ne pourront plus être téléchargés, même pendant une consultation en cours."
            confirmLabel="Révoquer le partage"
            onConfirm={async () => {
              await call(sharingEndpoints.revoke, { params: { id: share.id } });
              onDone(`Le partage avec ${share.recipientName} est retiré.`);
            }}
          >
            <p>
              Ce qui a déjà été téléchargé ne peut pas être repris : demandez à la personne de le supprimer si besoin.
            </p>
          </ConfirmDialog>
        </p>
      ) : null}
    </Card>
  );
}
