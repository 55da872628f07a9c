/**
 * The admin's view of the outbox (decision 026): bodies without personal links are listed; on a
 * trial installation a message carrying a personal link is opened one at a time (each opening is
 * recorded in the audit log); with an e-mail server, personal links are never shown.
 */
import { useState } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { emailEndpoints } from '../contracts/endpoints.ts';
import type { OutboxMessageView } from '../contracts/outbox.ts';
import { emailKeys } from './query-keys.ts';
import { EmailTrialNotice } from './trial-notice.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';

const STATUS: Record<string, string> = { pending: 'En attente d’envoi', sent: 'Envoyé', failed: 'Échec de l’envoi' };

function Attachments({ names }: { names: string[] }) {
  return names.length > 0 ? <p className="muted">Pièces jointes : {names.join(', ')}</p> : null;
}

/** The body of a trial installation's message with its personal link, read when opened (audited). */
function AuditedBody({ message }: { message: OutboxMessageView }) {
  const body = useQuery({
    queryKey: emailKeys.message(message.id),
    queryFn: () => call(emailEndpoints.outboxMessage, { params: { id: message.id } }),
    staleTime: Infinity,
  });
  if (body.isPending) return <Loading />;
  if (body.isError) return <LoadError error={body.error} />;
  return (
    <>
      <pre className="message-body">{body.data.text}</pre>
      <Attachments names={message.attachments} />
    </>
  );
}

function MessageBody({ message }: { message: OutboxMessageView }) {
  const [open, setOpen] = useState(false);
  const hidden = (
    <span className="visually-hidden">
      {' '}
      « {message.subject} » adressé à {message.to}
    </span>
  );
  if (message.access === 'withheld') {
    return (
      <p className="muted">
        Contenu masqué : ce courriel contient un lien personnel de réinitialisation de mot de passe.
      </p>
    );
  }
  if (message.access === 'on_request') {
    return (
      <>
        <p className="muted">
          Ce courriel contient un lien personnel : l’ouvrir est enregistré dans le journal. Transmettez ce lien à son
          seul destinataire.
        </p>
        <details onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>
            Lire le courriel et son lien personnel
            {hidden}
          </summary>
          {open ? <AuditedBody message={message} /> : null}
        </details>
      </>
    );
  }
  return (
    <details>
      <summary>
        Lire le courriel
        {hidden}
      </summary>
      {message.personalLink ? (
        <p className="muted">
          Le lien personnel de ce courriel n’est pas affiché : seul·e son ou sa destinataire peut l’utiliser. Pour en
          envoyer un nouveau, utilisez « Renvoyer » là où le lien a été créé.
        </p>
      ) : null}
      <pre className="message-body">{message.text}</pre>
      <Attachments names={message.attachments} />
    </details>
  );
}

export function AdminOutboxPage() {
  const pages = useInfiniteQuery({
    queryKey: emailKeys.outbox,
    queryFn: ({ pageParam }) => call(emailEndpoints.outbox, { query: { cursor: pageParam || undefined } }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const delivery = pages.data?.pages[0]?.delivery;
  const messages = pages.data?.pages.flatMap((p) => p.messages) ?? [];
  return (
    <Page title="Courriels envoyés par Sillage">
      <EmailTrialNotice />
      {delivery === 'smtp' ? (
        <p>
          Les courriels sont envoyés par le serveur d’envoi configuré. Leur historique est conservé ici ; les liens
          personnels qu’ils contiennent ne sont lisibles que par leurs destinataires.
        </p>
      ) : null}
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <LoadError error={pages.error} />
      ) : messages.length === 0 ? (
        <p>Aucun courriel pour le moment.</p>
      ) : (
        <ul className="message-list">
          {messages.map((m) => (
            <li key={m.id} className="message">
              <h2 className="message-subject">{m.subject}</h2>
              <p className="muted">
                À {m.to} · {formatDateTime(m.createdAt)} · {STATUS[m.status]}
                {m.lastError ? ` (${m.lastError})` : ''}
              </p>
              <MessageBody message={m} />
            </li>
          ))}
        </ul>
      )}
      {pages.hasNextPage ? (
        <button type="button" className="button secondary" onClick={() => void pages.fetchNextPage()}>
          Afficher les courriels plus anciens
        </button>
      ) : null}
    </Page>
  );
}
