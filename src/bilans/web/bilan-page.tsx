/**
 * The consultant's bilan page. Each capability adds its section (one file in this folder) to the
 * list below. A section invalidates the queries its change affects (its own keys, and
 * `bilanKeys.summary(id)` / `bilanKeys.checklist(id)` / `bilanKeys.consultantHome` when the change
 * moves what they show), then reports it through `onChanged`, which shows the message and moves
 * focus to it.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { createdMessage } from './created-message.ts';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { bilanKeys } from './query-keys.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { BeneficiarySection, SituationSection } from './bilan-overview.tsx';
import { PhasesSection } from './phases-section.tsx';
import { SeancesSection } from '../../seances/web/bilan-seances-section.tsx';
import { ChecklistSection } from './checklist-section.tsx';
import { AfterSection } from '../../after/web/bilan-after-section.tsx';
import { FinancingSection } from '../../financing/web/bilan-financing-section.tsx';
import { DocumentsSection } from '../../documents/web/bilan-documents-section.tsx';
// Questionnaires and instruments.
import { QuestionnairesSection } from '../../questionnaires/web/bilan-questionnaires-section.tsx';
// External licensed tests (decision 018).
import { ExternalTestsSection } from '../../external-tests/web/bilan-external-tests-section.tsx';

export function BilanPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  // Arriving from « Créer le bilan et inviter »: the outcome shows first.
  const [message, setMessage] = useState<string | null>(() => createdMessage(location.state));
  const messageRef = useRef<HTMLDivElement>(null);
  // The button that was used may disappear: focus goes to the outcome, which is read out.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const bilan = useQuery({
    queryKey: bilanKeys.summary(id),
    queryFn: async () => (await call(bilanEndpoints.get, { params: { id } })).bilan,
  });
  const onChanged = (text: string) => setMessage(text);

  if (bilan.isPending)
    return (
      <Page title="Dossier de bilan">
        <Loading />
      </Page>
    );
  if (bilan.isError) {
    return (
      <Page title="Dossier de bilan introuvable">
        <LoadError error={bilan.error} />
        <p>
          <Link to="/consultant/bilans">Retour à mes bilans</Link>
        </p>
      </Page>
    );
  }
  const b = bilan.data;
  return (
    <Page title={`Bilan de ${b.beneficiary.firstName} ${b.beneficiary.lastName}`}>
      {message ? (
        <div ref={messageRef} tabIndex={-1} className="notice-focus">
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        </div>
      ) : null}
      <SituationSection bilan={b} />
      <BeneficiarySection bilan={b} onChanged={onChanged} />
      <FinancingSection bilan={b} onChanged={onChanged} />
      <DocumentsSection bilan={b} onChanged={onChanged} />
      <ChecklistSection bilan={b} onChanged={onChanged} />
      <SeancesSection bilan={b} onChanged={onChanged} />
      <QuestionnairesSection bilan={b} onChanged={onChanged} />
      <ExternalTestsSection bilan={b} onChanged={onChanged} />
      <AfterSection bilan={b} onChanged={onChanged} />
      <PhasesSection bilan={b} onChanged={onChanged} />
      <p>
        <Link to="/consultant/bilans">Retour à mes bilans</Link>
      </p>
    </Page>
  );
}
