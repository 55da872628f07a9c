/**
 * In the dossier's « Suivi » (« Après le bilan »), once the bilan has ended (decision 046): when
 * its documents go, the documents the beneficiary keeps and until when, and the link to the
 * destruction certificate once it exists. For the consultant and the organisation's admins.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { call } from '../../ui/api.ts';
import { lifecycleEndpoints } from '../contracts/endpoints.ts';
import { KEEPABLE_ITEM_LABELS } from '../domain/registry.ts';
import { lifecycleKeys } from './query-keys.ts';
import { countdown, frDate, staffCertificatePath } from './labels.ts';

export function DossierDestruction({ bilanId }: { bilanId: string }) {
  const lifecycle = useQuery({
    queryKey: lifecycleKeys.ofBilan(bilanId),
    queryFn: () => call(lifecycleEndpoints.get, { params: { id: bilanId } }),
  });
  const view = lifecycle.data;
  if (!view?.schedule) return null;
  const kept = view.agreements.filter((a) => a.running);
  return (
    <>
      <h3>Destruction des documents du bilan</h3>
      <p>
        {view.schedule.destroyedAt
          ? 'Les documents élaborés pour le bilan ont été détruits. '
          : `Les documents élaborés pour le bilan seront détruits le ${frDate(view.schedule.dueOn)} (${countdown(view.schedule.daysLeft)}) ; la ou le bénéficiaire en est averti·e. `}
        {kept.length > 0
          ? `Conservés avec son accord écrit : ${kept
              .map(
                (a) =>
                  `${a.items.map((i) => KEEPABLE_ITEM_LABELS[i].toLowerCase()).join(', ')} (jusqu’au ${frDate(a.expiresOn)})`,
              )
              .join(' ; ')}.`
          : ''}
      </p>
      {view.certificates.length > 0 ? (
        <p>
          <Link to={staffCertificatePath(bilanId)}>Voir le certificat de destruction</Link>
        </p>
      ) : null}
    </>
  );
}
