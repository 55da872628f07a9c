/**
 * The catalogue's state (GET /api/catalog): its credit line, or, while none is installed, what to
 * do about it (whom to ask: the command and its setting are for the server's operator, README).
 */
import { useQuery } from '@tanstack/react-query';
import { catalogEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { Notice } from '../../ui/Feedback.tsx';
import { useSession } from '../../ui/session.ts';
import { catalogKeys } from './query-keys.ts';

export function useCatalogueInfo() {
  return useQuery({
    queryKey: catalogKeys.info,
    queryFn: () => call(catalogEndpoints.info),
    staleTime: 60_000,
  });
}

export function MissingCatalogue() {
  const { data: user } = useSession();
  return (
    <Notice tone="warning">
      <p>
        Le répertoire des métiers (ROME 4.0 de France Travail) n’est pas encore installé : la recherche ne trouve rien
        pour le moment.
      </p>
      {user?.role === 'admin' ? (
        <p>
          Son installation se fait sur le serveur : demandez-la à la personne qui en assure l’exploitation (la marche à
          suivre est décrite dans le guide d’installation).
        </p>
      ) : (
        <p>Demandez à l’administrateur·rice de votre organisme de l’installer.</p>
      )}
    </Notice>
  );
}

export function Credit({ text }: { text: string }) {
  return <p className="credit">{text} — Licence Ouverte / Open Licence (Etalab).</p>;
}

/** On the administrator's home: nothing when the catalogue is installed, the way to install it otherwise. */
export function CatalogueAdminNotice() {
  const info = useCatalogueInfo();
  if (!info.data || info.data.version !== null) return null;
  return <MissingCatalogue />;
}
