/**
 * On the beneficiary's home, once the bilan has ended (decision 046): before the destruction, the
 * date, the countdown in days, the download of their data and the retention agreement; afterwards,
 * the destruction certificate. Nothing while the bilan is open.
 */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { call } from '../../ui/api.ts';
import { Notice } from '../../ui/Feedback.tsx';
import { lifecycleEndpoints } from '../contracts/endpoints.ts';
import { lifecycleKeys } from './query-keys.ts';
import { MY_CERTIFICATE_PATH, MY_DATA_PATH, RETENTION_PATH, countdown, frDate } from './labels.ts';

export function MyDestructionNotice({ bilanId }: { bilanId: string }) {
  const lifecycle = useQuery({
    queryKey: lifecycleKeys.ofBilan(bilanId),
    queryFn: () => call(lifecycleEndpoints.get, { params: { id: bilanId } }),
  });
  const schedule = lifecycle.data?.schedule;
  if (!schedule) return null;
  const kept = lifecycle.data!.agreements.filter((a) => a.running);
  if (schedule.destroyedAt)
    return (
      <section aria-labelledby="destruction-titre">
        <h2 id="destruction-titre">Destruction des documents de votre bilan</h2>
        <p>
          Les documents élaborés pour votre bilan ont été détruits
          {kept.length > 0 ? ', sauf ceux que vous avez demandé par écrit à conserver' : ''}.{' '}
          <Link to={MY_CERTIFICATE_PATH}>Voir le certificat de destruction</Link>
          {kept.length > 0 ? (
            <>
              {' '}
              · <Link to={RETENTION_PATH}>Mes documents conservés</Link>
            </>
          ) : null}
        </p>
      </section>
    );
  return (
    <section aria-labelledby="destruction-titre">
      <h2 id="destruction-titre">Vos documents seront détruits le {frDate(schedule.dueOn)}</h2>
      <Notice tone="warning">
        <p>
          <strong>
            Destruction {countdown(schedule.daysLeft)}, le {frDate(schedule.dueOn)}.
          </strong>{' '}
          Votre bilan est terminé : comme la loi le prévoit, les documents élaborés pour sa réalisation (résultats,
          parcours, pistes, plan d’action, synthèse) seront alors détruits. Les documents administratifs (présence,
          heures, financement, certificat de réalisation) sont conservés.
        </p>
        <p>
          <Link to={MY_DATA_PATH}>Télécharger mes données</Link> avant cette date, ou{' '}
          <Link to={RETENTION_PATH}>demander par écrit à conserver certains documents</Link> (trois ans au plus).
        </p>
      </Notice>
    </section>
  );
}
