import { useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { emailEndpoints } from '../contracts/endpoints.ts';
import { emailKeys } from './query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';

const STATUS: Record<string, string> = { pending: 'En attente d’envoi', sent: 'Envoyé', failed: 'Échec de l’envoi' };

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
      {delivery === 'outbox' ? (
        <Notice tone="warning">
          <p>
            Aucun serveur d’envoi (SMTP) n’est configuré : les courriels ne partent pas, ils sont conservés ici.
            Transmettez vous-même les liens d’invitation aux personnes concernées, ou configurez <code>SMTP_URL</code>.
          </p>
        </Notice>
      ) : delivery === 'smtp' ? (
        <p>Les courriels sont envoyés par le serveur SMTP configuré. Leur historique est conservé ici.</p>
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
              {m.text === null ? (
                <p className="muted">
                  Contenu masqué : ce courriel contient un lien personnel de réinitialisation de mot de passe.
                </p>
              ) : (
                <details>
                  <summary>
                    Lire le courriel
                    <span className="visually-hidden">
                      {' '}
                      « {m.subject} » adressé à {m.to}
                    </span>
                  </summary>
                  <pre className="message-body">{m.text}</pre>
                  {m.attachments.length > 0 ? (
                    <p className="muted">Pièces jointes : {m.attachments.join(', ')}</p>
                  ) : null}
                </details>
              )}
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
