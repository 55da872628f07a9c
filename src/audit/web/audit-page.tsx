import { useInfiniteQuery } from '@tanstack/react-query';
import { auditActionLabel } from '../contracts/event-catalogue.ts';
import { ROLE_LABELS } from '../../accounts/contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { auditEndpoints } from '../contracts/endpoints.ts';
import { auditKeys } from './query-keys.ts';
import { formatShortDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { TableRegion } from '../../ui/TableRegion.tsx';

function actorLabel(actor: string | null, role: string | null): string {
  if (role === 'system') return 'Sillage (tâche automatique)';
  if (role === 'operator') return 'Exploitant de la plateforme';
  if (!actor) return 'Personne non connectée';
  return role && role in ROLE_LABELS
    ? `${actor} (${ROLE_LABELS[role as keyof typeof ROLE_LABELS].toLowerCase()})`
    : actor;
}

export function AdminAuditPage() {
  const pages = useInfiniteQuery({
    queryKey: auditKeys.journal,
    queryFn: ({ pageParam }) => call(auditEndpoints.journal, { query: { cursor: pageParam || undefined } }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const events = pages.data?.pages.flatMap((p) => p.events) ?? [];
  return (
    <Page
      title="Journal d’audit"
      intro={
        <p>
          Qui a fait quoi, quand et d’où : connexions, invitations, consultations et changements des dossiers. Ce
          journal ne peut pas être modifié.
        </p>
      }
    >
      {pages.isPending ? (
        <Loading />
      ) : pages.isError ? (
        <LoadError error={pages.error} />
      ) : (
        <TableRegion label="événements du journal d’audit">
          <table>
            <caption className="visually-hidden">Événements du journal d’audit, du plus récent au plus ancien</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Auteur</th>
                <th scope="col">Action</th>
                <th scope="col">Objet</th>
                <th scope="col">Adresse IP</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.id}>
                  <td>{formatShortDateTime(e.at)}</td>
                  <td>{actorLabel(e.actor, e.actorRole)}</td>
                  <th scope="row">{auditActionLabel(e.action)}</th>
                  <td>{e.subject ?? '—'}</td>
                  <td>{e.ip ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {pages.hasNextPage ? (
        <button type="button" className="button secondary" onClick={() => void pages.fetchNextPage()}>
          Afficher les événements plus anciens
        </button>
      ) : null}
    </Page>
  );
}
