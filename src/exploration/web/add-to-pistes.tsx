/**
 * « Ajouter à mes pistes » on a job sheet (catalog/web/job-sheet-page.tsx): for a signed-in
 * beneficiary with a bilan, or for the consultant who came from a dossier (`?bilan=` in the
 * address). Hidden for anonymous visitors and everyone else. Once the job is a piste, it says so
 * and links to it.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import { bilanKeys } from '../../bilans/web/query-keys.ts';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { useSession } from '../../ui/session.ts';
import { explorationKeys } from './query-keys.ts';
import { addFicheToPistes } from './suggestions.tsx';
import './exploration.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function AddToPistes({ codeRome, label }: { codeRome: string; label: string }) {
  const session = useSession();
  const [params] = useSearchParams();
  const role = session.data?.role;
  const fromDossier = params.get('bilan');
  const mine = useQuery({
    queryKey: bilanKeys.mine,
    queryFn: () => call(bilanEndpoints.mine),
    enabled: role === 'beneficiary',
  });
  const bilanId =
    role === 'beneficiary'
      ? mine.data?.bilan?.id
      : role === 'consultant' && fromDossier && UUID.test(fromDossier)
        ? fromDossier
        : undefined;
  const exploration = useQuery({
    queryKey: explorationKeys.ofBilan(bilanId ?? ''),
    queryFn: () => call(explorationEndpoints.get, { params: { id: bilanId ?? '' } }),
    enabled: Boolean(bilanId),
    retry: false,
  });
  if (!bilanId || !exploration.data) return null;
  return (
    <AddButton
      bilanId={bilanId}
      codeRome={codeRome}
      label={label}
      consultant={role === 'consultant'}
      existing={exploration.data.pistes.find((p) => p.fiche?.codeRome === codeRome)?.id ?? null}
      editable={exploration.data.editable}
    />
  );
}

function AddButton({
  bilanId,
  codeRome,
  label,
  consultant,
  existing,
  editable,
}: {
  bilanId: string;
  codeRome: string;
  label: string;
  consultant: boolean;
  existing: string | null;
  editable: boolean;
}) {
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState(false);
  const pistesPath = consultant ? `/consultant/bilans/${bilanId}/pistes` : '/mon-bilan/pistes';
  const where = consultant ? 'Voir les pistes du bilan' : 'Voir mes pistes';
  if (existing)
    return (
      <div className="pistes-add-sheet" role="status">
        <p>
          {added
            ? `Le métier « ${label} » est ajouté ${consultant ? 'aux pistes du bilan' : 'à vos pistes'}.`
            : `Ce métier figure ${consultant ? 'parmi les pistes du bilan' : 'parmi vos pistes'}.`}{' '}
          <Link to={`${pistesPath}#piste-${existing}`}>{where}</Link>
        </p>
      </div>
    );
  if (!editable) return null;
  return (
    <div className="pistes-add-sheet">
      <Button
        variant="primary"
        isDisabled={busy}
        onPress={async () => {
          setBusy(true);
          setProblem(null);
          try {
            await addFicheToPistes(bilanId, codeRome, 'job_sheet');
            setAdded(true);
            await client.invalidateQueries({ queryKey: explorationKeys.ofBilan(bilanId) });
          } catch (error) {
            setProblem(error instanceof ApiError ? error.message : 'L’ajout a échoué : réessayez.');
          } finally {
            setBusy(false);
          }
        }}
      >
        {consultant ? 'Ajouter aux pistes du bilan' : 'Ajouter à mes pistes'}
      </Button>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
