/**
 * « Tests passés avec votre consultant·e » on the beneficiary's home (decision 018): the results of
 * licensed tests recorded by the consultant, read-only, with the publisher's report to download.
 * Shown only when there is at least one.
 */
import { useQuery } from '@tanstack/react-query';
import { externalTestEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { formatDate } from '../../ui/format.ts';
import { LoadError } from '../../ui/Feedback.tsx';
import { externalTestKeys } from './query-keys.ts';
import { ReportLink, ScoreSummary } from './result-parts.tsx';

export function MyExternalTests({ bilanId }: { bilanId: string }) {
  const list = useQuery({
    queryKey: externalTestKeys.list(bilanId),
    queryFn: () => call(externalTestEndpoints.list, { params: { id: bilanId } }),
  });
  if (list.isPending || (list.isSuccess && list.data.results.length === 0)) return null;
  return (
    <section aria-labelledby="mes-tests-editeurs">
      <h2 id="mes-tests-editeurs">Tests passés avec votre consultant·e</h2>
      {list.isError ? (
        <LoadError error={list.error} />
      ) : (
        <>
          <p className="intro">
            Les résultats des tests d’éditeurs que vous avez passés pendant le bilan, tels que votre consultant·e les a
            notés, avec le rapport de l’éditeur. Ce sont des repères à discuter ensemble, pas un verdict.
          </p>
          {list.data.results.map((r) => (
            <article key={r.id} className="external-result" aria-labelledby={`test-${r.id}`}>
              <h3 id={`test-${r.id}`}>{r.testName}</h3>
              <p className="muted">
                {r.publisher}, passé le {formatDate(r.takenOn)}
              </p>
              <ScoreSummary result={r} />
              {r.consultantComment ? (
                <div className="result-note">
                  <p>
                    <strong>Le commentaire de votre consultant·e</strong>
                  </p>
                  <p>{r.consultantComment}</p>
                </div>
              ) : null}
              <p>
                {r.report ? (
                  <ReportLink result={r} text="Télécharger le rapport de l’éditeur" />
                ) : (
                  'Aucun rapport de l’éditeur n’est joint.'
                )}
              </p>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
