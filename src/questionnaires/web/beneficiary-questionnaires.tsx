/** « Mes questionnaires et exercices » on the beneficiary's home: what to fill in, with due dates. */
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ASSIGNMENT_STATUS_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { questionnaireEndpoints } from '../contracts/endpoints.ts';
import { questionnaireKeys } from './query-keys.ts';
import { formatDate } from '../../ui/format.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';

export function MyQuestionnaires({ bilanId }: { bilanId: string }) {
  const list = useQuery({
    queryKey: questionnaireKeys.ofBilan(bilanId),
    queryFn: () => call(questionnaireEndpoints.listOfBilan, { params: { id: bilanId } }),
  });
  return (
    <section aria-labelledby="mes-questionnaires">
      <h2 id="mes-questionnaires">Mes questionnaires et exercices</h2>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} />
      ) : list.data.assignments.length === 0 ? (
        <p>Votre consultant·e ne vous a encore rien proposé à remplir.</p>
      ) : (
        <ul className="assignments">
          {list.data.assignments.map((a) => (
            <li key={a.id}>
              <Link to={`/mon-bilan/questionnaires/${a.id}`}>{a.title}</Link>
              {' – '}
              {ASSIGNMENT_STATUS_LABELS[a.status]}
              {a.status === 'in_progress' ? ` (${a.progressPercent} %)` : null}
              {a.dueOn && a.status !== 'submitted' && a.status !== 'withdrawn'
                ? `, à rendre au plus tard le ${formatDate(a.dueOn)}`
                : null}
              {a.status === 'submitted' && a.kind === 'instrument' ? ' : vos résultats sont disponibles' : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
