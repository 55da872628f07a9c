/** The beneficiary signs the charter of mutual commitments. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useState } from 'react';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { useSession } from '../../ui/session.ts';
import { CharterSignature, CharterText } from './charter-signature.tsx';
import { bilanKeys } from './query-keys.ts';

export function BeneficiaryCharterPage() {
  const client = useQueryClient();
  const session = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  const charter = useQuery({
    queryKey: bilanKeys.charter(bilanId ?? ''),
    queryFn: () => call(bilanEndpoints.charter, { params: { id: bilanId! } }),
    enabled: Boolean(bilanId),
  });
  if (home.isPending || (bilanId && charter.isPending))
    return (
      <Page title="Charte des engagements réciproques">
        <Loading />
      </Page>
    );
  if (home.isError || charter.isError)
    return (
      <Page title="Charte des engagements réciproques">
        <LoadError error={home.error ?? charter.error} />
      </Page>
    );
  if (!bilanId || !charter.data)
    return (
      <Page title="Charte des engagements réciproques">
        <p>Aucun bilan n’est ouvert à votre nom.</p>
      </Page>
    );
  const mine = charter.data.signatures.find((s) => s.role === 'beneficiary');
  const name = session.data ? `${session.data.firstName} ${session.data.lastName}` : 'vous';
  return (
    <Page title="Charte des engagements réciproques">
      {message ? (
        <Notice tone="success">
          <p>{message}</p>
        </Notice>
      ) : null}
      <p>Cette charte dit ce à quoi chacun s’engage pendant le bilan. Lisez-la, puis signez-la en tapant votre nom.</p>
      <CharterText charter={charter.data} />
      {mine ? (
        <p>Vous avez signé la charte le {formatDateTime(mine.at)}.</p>
      ) : (
        <CharterSignature
          bilanId={bilanId}
          charter={charter.data}
          signer={name}
          onDone={(m) => {
            setMessage(m);
            // The signature is a fact of the checklist, which decides the possible transitions.
            void client.invalidateQueries({ queryKey: bilanKeys.charter(bilanId) });
            void client.invalidateQueries({ queryKey: bilanKeys.checklist(bilanId) });
            void client.invalidateQueries({ queryKey: bilanKeys.summary(bilanId) });
          }}
        />
      )}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
