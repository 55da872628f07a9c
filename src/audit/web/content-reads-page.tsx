/**
 * « Qui a consulté mes données » (issue 15, decision 049): the beneficiary sees, newest first,
 * who read the content of their bilan (their consultant, a share's recipient) and what, from the
 * audit log. Reached from the beneficiary's home.
 */
import { Link } from 'react-router';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Eye } from 'lucide-react';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { call } from '../../ui/api.ts';
import { EmptyState } from '../../ui/Card.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { auditEndpoints } from '../contracts/endpoints.ts';
import { READ_DEDUP_MINUTES } from '../contracts/content-reads.ts';
import { auditKeys } from './query-keys.ts';

export function ContentReadsPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title="Qui a consulté mes données"
      intro={
        <p>
          Vos réponses, vos résultats et les documents de votre bilan ne sont lus que par vous, par votre consultant·e
          et par les personnes avec qui vous les partagez. Chaque fois qu’une autre personne que vous les consulte ou
          les télécharge, c’est noté ici : qui, quoi et quand. Une même consultation répétée dans les{' '}
          {READ_DEDUP_MINUTES}&nbsp;minutes n’est notée qu’une fois.
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <Reads bilanId={bilanId} /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

function Reads({ bilanId }: { bilanId: string }) {
  const pages = useInfiniteQuery({
    queryKey: auditKeys.contentReads(bilanId),
    queryFn: ({ pageParam }) =>
      call(auditEndpoints.contentReads, { params: { id: bilanId }, query: { cursor: pageParam || undefined } }),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <LoadError error={pages.error} />;
  const reads = pages.data.pages.flatMap((p) => p.reads);
  return (
    <>
      <ResponsiveTable
        caption="Consultations de vos données, de la plus récente à la plus ancienne"
        rows={reads}
        rowKey={(r) => String(r.id)}
        columns={[
          { header: 'Date et heure', cell: (r) => formatDateTime(r.at) },
          { header: 'Qui', cell: (r) => r.who },
          { header: 'Quoi', isRowHeader: true, cell: (r) => r.what },
        ]}
        empty={
          <EmptyState title="Personne d’autre que vous n’a encore consulté vos données" icon={Eye}>
            <p>
              Quand votre consultant·e lira vos réponses ou vos documents, ou qu’une personne ouvrira un partage, vous
              le verrez ici.
            </p>
          </EmptyState>
        }
      />
      {pages.hasNextPage ? (
        <button type="button" className="button secondary" onClick={() => void pages.fetchNextPage()}>
          Afficher les consultations plus anciennes
        </button>
      ) : null}
    </>
  );
}
