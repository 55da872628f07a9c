import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { BilanSummary } from '../contracts/schemas.ts';
import { PHASE_SHORT_LABELS, nextStepForConsultant } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { bilanKeys } from './query-keys.ts';
import { formatMinutes } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { FolderOpen } from 'lucide-react';

function BilanTable({ bilans, caption }: { bilans: BilanSummary[]; caption: string }) {
  return (
    <ResponsiveTable
      caption={caption}
      rows={bilans}
      rowKey={(b) => b.id}
      columns={[
        {
          header: 'Bénéficiaire',
          cell: (b) => (
            <Link to={`/consultant/bilans/${b.id}`}>
              {b.beneficiary.firstName} {b.beneficiary.lastName}
            </Link>
          ),
        },
        { header: 'Phase', cell: (b) => PHASE_SHORT_LABELS[b.phase] },
        {
          header: 'Heures réalisées',
          cell: (b) => (
            <>
              {formatMinutes(b.doneMinutes)} sur {formatMinutes(b.plannedMinutes)}
            </>
          ),
        },
        { header: 'Prochaine étape', cell: (b) => nextStepForConsultant(b.nextStep) },
      ]}
    />
  );
}

export function ConsultantHomePage() {
  const home = useQuery({
    queryKey: bilanKeys.consultantHome,
    queryFn: () => call(bilanEndpoints.consultantHome),
  });
  return (
    <Page title="Bilans">
      <p className="button-row">
        <Link to="/consultant/bilans/nouveau" className="button primary">
          Créer un bilan
        </Link>
        <Link to="/consultant/cahiers" className="button secondary">
          Mes cahiers d’étape
        </Link>
      </p>
      <section aria-labelledby="bilans-en-cours">
        <h2 id="bilans-en-cours">Bilans en cours</h2>
        {home.isPending ? (
          <Loading />
        ) : home.isError ? (
          <LoadError error={home.error} />
        ) : home.data.open.length === 0 ? (
          <EmptyState headingLevel={3} title="Aucun bilan en cours" icon={FolderOpen}>
            <p>Avec « Créer un bilan », invitez votre premier ou première bénéficiaire.</p>
          </EmptyState>
        ) : (
          <BilanTable
            bilans={home.data.open}
            caption="Bilans en cours : bénéficiaire, phase, heures d’accompagnement réalisées et prochaine étape"
          />
        )}
      </section>
      {home.data && home.data.closed.length > 0 ? (
        <section aria-labelledby="bilans-termines">
          <h2 id="bilans-termines">Bilans terminés</h2>
          <BilanTable bilans={home.data.closed} caption="Bilans clôturés ou abandonnés" />
        </section>
      ) : null}
    </Page>
  );
}
