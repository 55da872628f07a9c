/**
 * « Le regard des autres » on the soft-skills questionnaire: the beneficiary invites people by
 * e-mail, sees the links' states and how many answered (never who), may send a new link
 * (« Renvoyer », the previous one stops working) and may withdraw a link.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { InviteRespondentSchema, type FeedbackView } from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { feedbackEndpoints } from '../contracts/endpoints.ts';
import { feedbackKeys } from './query-keys.ts';
import { formatDate } from '../../ui/format.ts';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';

const STATE_LABELS: Record<FeedbackView['invitations'][number]['state'], string> = {
  open: 'lien envoyé',
  expired: 'lien expiré',
  revoked: 'lien retiré',
};

export function FeedbackSection({ assignmentId }: { assignmentId: string }) {
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const feedback = useQuery({
    queryKey: feedbackKeys.invitations(assignmentId),
    queryFn: () => call(feedbackEndpoints.list, { params: { id: assignmentId } }),
  });
  const refresh = (text: string) => {
    setMessage(text);
    void client.invalidateQueries({ queryKey: feedbackKeys.invitations(assignmentId) });
  };
  const { errors, pending, submit } = useSubmit(
    InviteRespondentSchema,
    (data) => call(feedbackEndpoints.invite, { params: { id: assignmentId }, body: data }),
    () => {
      refresh(`Une invitation est envoyée à ${email}.`);
      setEmail('');
    },
  );
  const resend = async (id: string, address: string) => {
    try {
      await call(feedbackEndpoints.resend, { params: { id } });
      setRevokeError(null);
      refresh(`Un nouveau lien est envoyé à ${address} ; le précédent ne fonctionne plus.`);
    } catch (e) {
      setRevokeError(e instanceof ApiError ? e.message : 'Le lien n’a pas pu être renvoyé. Réessayez.');
    }
  };
  const revoke = async (id: string, address: string) => {
    try {
      await call(feedbackEndpoints.revoke, { params: { id } });
      setRevokeError(null);
      refresh(`Le lien envoyé à ${address} est retiré.`);
    } catch (e) {
      setRevokeError(e instanceof ApiError ? e.message : 'Le lien n’a pas pu être retiré. Réessayez.');
    }
  };
  return (
    <section aria-labelledby="regard-des-autres">
      <h2 id="regard-des-autres">Inviter des personnes à donner leur regard</h2>
      <p>
        Invitez des personnes qui vous ont vu·e travailler (responsable, collègues, clients, proches) à décrire les
        mêmes comportements. Elles répondent sans compte, par un lien personnel valable trois semaines. Leurs réponses
        sont anonymes : vous ne verrez que des moyennes, et seulement quand au moins trois personnes auront répondu.
      </p>
      {message ? (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      ) : null}
      {revokeError ? (
        <div role="alert" className="notice notice-error">
          <p>{revokeError}</p>
        </div>
      ) : null}
      {feedback.isPending ? (
        <Loading />
      ) : feedback.isError ? (
        <LoadError error={feedback.error} />
      ) : (
        <>
          <p>
            <strong>
              {feedback.data.answered} réponse{feedback.data.answered > 1 ? 's' : ''} reçue
              {feedback.data.answered > 1 ? 's' : ''}
            </strong>
            {feedback.data.answered < feedback.data.required
              ? ` : les résultats apparaîtront à partir de ${feedback.data.required} réponses.`
              : ' : les résultats regroupés figurent dans votre rapport.'}
          </p>
          {feedback.data.invitations.length > 0 ? (
            <ul className="invitations">
              {feedback.data.invitations.map((i) => (
                <li key={i.id}>
                  {i.email} – {STATE_LABELS[i.state]}
                  {i.state === 'open' ? ` (valable jusqu’au ${formatDate(i.expiresAt)})` : ''}{' '}
                  {i.state !== 'revoked' ? (
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => void resend(i.id, i.email)}
                      aria-label={`Renvoyer le lien à ${i.email}`}
                    >
                      Renvoyer le lien
                    </button>
                  ) : null}{' '}
                  {i.state === 'open' ? (
                    <button
                      type="button"
                      className="button secondary small"
                      onClick={() => void revoke(i.id, i.email)}
                      aria-label={`Retirer le lien envoyé à ${i.email}`}
                    >
                      Retirer le lien
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
      <Form
        onSubmit={() => void submit({ email })}
        errors={errors}
        labels={{ email: 'Adresse e-mail de la personne à inviter' }}
        submitLabel="Envoyer l’invitation"
        pending={pending}
        note={null}
      >
        <TextField
          name="email"
          type="email"
          label="Adresse e-mail de la personne à inviter"
          value={email}
          onChange={setEmail}
          error={errors?.fields.email}
          autoComplete="off"
        />
      </Form>
    </section>
  );
}
