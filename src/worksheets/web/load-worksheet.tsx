/** One of the consultant's own worksheets, as the editor and its preview load it. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { call } from '../../ui/api.ts';
import { worksheetEndpoints } from '../contracts/endpoints.ts';
import { worksheetKeys } from './query-keys.ts';
import { LoadError } from '../../ui/Feedback.tsx';
import { Page } from '../../ui/Page.tsx';

export function useLibraryWorksheet(id: string) {
  return useQuery({
    queryKey: worksheetKeys.worksheet(id),
    queryFn: () => call(worksheetEndpoints.show, { params: { id } }),
    retry: false,
  });
}

/** The page shown when the worksheet cannot be loaded (someone else's, deleted, network). */
export function WorksheetNotFound({ error }: { error: unknown }) {
  return (
    <Page title="Cahier introuvable">
      <LoadError error={error} />
      <p>
        <Link to="/consultant/cahiers">Retour aux cahiers d’étape</Link>
      </p>
    </Page>
  );
}
