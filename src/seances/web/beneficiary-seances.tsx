/** "Mes séances" on the beneficiary's home: what is planned, and what is waiting for a signature. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { SEANCE_STATUS_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { seanceEndpoints } from '../contracts/endpoints.ts';
import { seanceKeys } from './query-keys.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { slot, whereLabel } from './seance-format.ts';

export function MySeances({ bilanId }: { bilanId: string }) {
  const seances = useQuery({
    queryKey: seanceKeys.ofBilan(bilanId),
    queryFn: () => call(seanceEndpoints.list, { params: { id: bilanId } }),
  });
  if (seances.isPending) return <Loading />;
  if (seances.isError) return <LoadError error={seances.error} />;
  const toSign = seances.data.seances.filter(
    (s) => s.status === 'held' && s.mode !== 'personal_work' && !s.beneficiarySignature,
  );
  const upcoming = seances.data.seances.filter((s) => s.status === 'planned');
  const past = seances.data.seances.filter((s) => s.status !== 'planned');
  return (
    <section aria-labelledby="mes-seances">
      <h2 id="mes-seances">Mes séances</h2>
      {toSign.length > 0 ? (
        <div className="notice notice-warning">
          <p>
            <strong>À émarger :</strong>
          </p>
          <ul>
            {toSign.map((s) => (
              <li key={s.id}>
                <Link to={`/mon-bilan/seances/${s.id}`}>
                  Émarger la séance du {slot(s.actualStartAt ?? s.startsAt, s.actualEndAt ?? s.endsAt)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <h3>À venir</h3>
      {upcoming.length === 0 ? (
        <p>Aucune séance planifiée pour le moment.</p>
      ) : (
        <ul>
          {upcoming.map((s) => (
            <li key={s.id}>
              <Link to={`/mon-bilan/seances/${s.id}`}>{slot(s.startsAt, s.endsAt)}</Link> — {whereLabel(s)}
            </li>
          ))}
        </ul>
      )}
      {past.length > 0 ? (
        <>
          <h3>Passées</h3>
          <ul>
            {past.map((s) => (
              <li key={s.id}>
                <Link to={`/mon-bilan/seances/${s.id}`}>{slot(s.startsAt, s.endsAt)}</Link> —{' '}
                {SEANCE_STATUS_LABELS[s.status]}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
