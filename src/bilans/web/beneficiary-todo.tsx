/**
 * "À faire" on the beneficiary's home: the notice to answer, the charter and documents to sign,
 * the synthèse to read and approve, then its delivery to acknowledge.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { documentEndpoints } from '../../documents/contracts/endpoints.ts';
import { documentKeys } from '../../documents/web/query-keys.ts';
import { bilanKeys } from './query-keys.ts';
import { syntheseEndpoints } from '../../synthese/contracts/endpoints.ts';
import { syntheseKeys } from '../../synthese/web/query-keys.ts';

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
    queryKey: documentKeys.ofBilan(bilanId),
    queryFn: () => call(documentEndpoints.list, { params: { id: bilanId } }),
  });
  const synthese = useQuery({
    queryKey: syntheseKeys.ofBilan(bilanId),
    queryFn: () => call(syntheseEndpoints.get, { params: { id: bilanId } }),
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
  // The latest published version of the synthèse, to read, comment and approve; then its delivery.
  const latest = synthese.data?.versions[0];
  if (synthese.data?.can.approve && latest) {
    items.push({
      to: '/mon-bilan/synthese',
      label: `Relire votre document de synthèse (version ${latest.number}) et l’approuver`,
    });
  }
  if (synthese.data?.can.acknowledgeDelivery) {
    items.push({ to: '/mon-bilan/synthese', label: 'Confirmer que vous avez reçu votre document de synthèse' });
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
