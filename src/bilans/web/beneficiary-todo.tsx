/** "À faire" on the beneficiary's home: the notice to answer, the charter and documents to sign. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import type { BilanDocuments } from '../../documents/contracts/schemas.ts';
import { api, call } from '../../ui/api.ts';
import { bilanKeys } from './query-keys.ts';

export function BeneficiaryTodo({ bilanId }: { bilanId: string }) {
  const consent = useQuery({
    queryKey: bilanKeys.consent(bilanId),
    queryFn: () => call(bilanEndpoints.consent, { params: { id: bilanId } }),
  });
  const charter = useQuery({
    queryKey: bilanKeys.charter(bilanId),
    queryFn: () => call(bilanEndpoints.charter, { params: { id: bilanId } }),
  });
  const documents = useQuery({
    // The documents' own key (`documentKeys.ofBilan`), invalidated when a document is signed.
    queryKey: ['documents', 'bilan', bilanId],
    queryFn: () => api.get<BilanDocuments>(`/bilans/${bilanId}/documents`),
  });
  const items: { to: string; label: string }[] = [];
  if (consent.data && consent.data.decision?.decision !== 'given') {
    items.push({
      to: '/mon-bilan/consentement',
      label: consent.data.decision
        ? 'Revoir votre réponse à la notice d’information'
        : 'Lire la notice d’information et donner votre réponse',
    });
  }
  if (charter.data && !charter.data.signatures.some((s) => s.role === 'beneficiary')) {
    items.push({ to: '/mon-bilan/charte', label: 'Lire et signer la charte des engagements réciproques' });
  }
  // Documents awaiting the beneficiary's signature (decision 015).
  for (const d of documents.data?.documents.filter((doc) => doc.awaitingMySignature) ?? []) {
    items.push({ to: '/mon-bilan/documents', label: `Signer le document « ${d.title} »` });
  }
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="a-faire">
      <h2 id="a-faire">À faire</h2>
      <ul>
        {items.map((i) => (
          <li key={i.label}>
            <Link to={i.to}>{i.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
