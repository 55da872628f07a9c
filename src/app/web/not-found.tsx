import { Link } from 'react-router';
import { Page } from '../../ui/Page.tsx';

export function NotFoundPage() {
  return (
    <Page title="Page introuvable">
      <p>Cette page n’existe pas, ou vous n’y avez pas accès. Vérifiez l’adresse, ou revenez à l’accueil.</p>
      <p>
        <Link to="/">Retour à l’accueil</Link>
      </p>
    </Page>
  );
}
