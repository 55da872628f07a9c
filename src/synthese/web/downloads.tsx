/** The synthesis as a tagged PDF and as a Word document (the approved version, or the latest one). */
import { Download } from 'lucide-react';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import { urlOf } from '../../ui/api.ts';

export function SyntheseDownloads({ bilanId, mine }: { bilanId: string; mine: boolean }) {
  const params = { params: { id: bilanId } };
  return (
    <p className="button-row">
      <a className="button secondary" href={urlOf(syntheseEndpoints.exportPdf, params)} download>
        <Download aria-hidden="true" />
        {mine ? 'Télécharger ma synthèse (PDF)' : 'Télécharger la synthèse (PDF)'}
      </a>
      <a className="button secondary" href={urlOf(syntheseEndpoints.exportDocx, params)} download>
        <Download aria-hidden="true" />
        {mine ? 'Télécharger ma synthèse (Word)' : 'Télécharger la synthèse (Word)'}
      </a>
    </p>
  );
}
