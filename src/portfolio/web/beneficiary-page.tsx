/** « Mon parcours et mes compétences »: the beneficiary's own portfolio, the same workspace as the consultant's. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { call } from '../../ui/api.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { PortfolioWorkspace } from './workspace.tsx';

const TITLE = 'Mon parcours et mes compétences';

export function MyPortfolioPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title={TITLE}
      intro={
        <p>
          Votre parcours, ce que vous en avez retiré et les compétences que vous y avez construites : vous le remplissez
          à votre rythme, votre consultant·e aussi, pendant ou entre les séances. Seuls vous deux y avez accès.
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <PortfolioWorkspace bilanId={bilanId} viewer="beneficiary" /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
