import { useInfiniteQuery } from '@tanstack/react-query';
import { auditActionLabel } from '../contracts/event-catalogue.ts';
import { ROLE_LABELS } from '../../accounts/contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { auditEndpoints } from '../contracts/endpoints.ts';
import { auditKeys } from './query-keys.ts';
import { formatShortDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';

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
        <ResponsiveTable
          caption="Événements du journal d’audit, du plus récent au plus ancien"
          rows={events}
          rowKey={(e) => String(e.id)}
          columns={[
            { header: 'Date', cell: (e) => formatShortDateTime(e.at) },
            { header: 'Auteur', cell: (e) => actorLabel(e.actor, e.actorRole) },
            { header: 'Action', isRowHeader: true, cell: (e) => auditActionLabel(e.action, e.details) },
            { header: 'Objet', cell: (e) => e.subject ?? '—' },
            { header: 'Adresse IP', cell: (e) => e.ip ?? '—' },
          ]}
          empty={
            <EmptyState title="Aucun événement enregistré">
              <p>
                Les connexions, les invitations et les changements des dossiers s’inscrivent ici dès qu’ils ont lieu.
              </p>
            </EmptyState>
          }
        />
      )}
      {pages.hasNextPage ? (
        <button type="button" className="button secondary" onClick={() => void pages.fetchNextPage()}>
          Afficher les événements plus anciens
        </button>
      ) : null}
    </Page>
  );
}
