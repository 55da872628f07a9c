/** « Mes pistes »: the beneficiary's own pistes, the same workspace as the consultant's. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { call } from '../../ui/api.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { ExplorationWorkspace } from './workspace.tsx';

const TITLE = 'Mes pistes';

export function MyPistesPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title={TITLE}
      intro={
        <p>
          Les métiers et les projets que vous explorez : ce qui vous attire, ce qui les rend possibles ou difficiles,
          les formations qu’il faudrait et les professionnel·les à rencontrer. Vous les remplissez à votre rythme, votre
          consultant·e aussi. Seuls vous deux y avez accès.
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <ExplorationWorkspace bilanId={bilanId} viewer="beneficiary" /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
