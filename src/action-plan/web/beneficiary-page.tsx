/** « Mon plan d’action »: the beneficiary's own plan, the same editor as the consultant's; theirs after the bilan. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { call } from '../../ui/api.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';
import { ActionPlanEditor } from './editor.tsx';

export function MyActionPlanPage() {
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  return (
    <Page
      title="Mon plan d’action"
      intro={
        <p>
          Les étapes pour mettre en œuvre votre projet, construites avec votre consultant·e. Après le bilan, il reste le
          vôtre : vous y notez l’avancement de chaque étape, et l’entretien de suivi part de là. Seuls vous deux y avez
          accès.
        </p>
      }
    >
      {home.isPending ? <Loading /> : null}
      {home.isError ? <LoadError error={home.error} /> : null}
      {home.data && !bilanId ? <p>Aucun bilan n’est ouvert à votre nom pour le moment.</p> : null}
      {bilanId ? <ActionPlanEditor bilanId={bilanId} viewer="beneficiary" /> : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
