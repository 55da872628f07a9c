/**
 * The beneficiary reads the information notice and answers. Refusing is a free choice, recorded
 * as such, never presented as a fault.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { ApiError, call } from '../../ui/api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { bilanKeys } from './query-keys.ts';

export function ConsentPage() {
  const client = useQueryClient();
  const home = useQuery({ queryKey: bilanKeys.mine, queryFn: () => call(bilanEndpoints.mine) });
  const bilanId = home.data?.bilan?.id;
  const consent = useQuery({
    queryKey: bilanKeys.consent(bilanId ?? ''),
    queryFn: () => call(bilanEndpoints.consent, { params: { id: bilanId! } }),
    enabled: Boolean(bilanId),
  });
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);
  const decide = async (decision: 'given' | 'refused') => {
    try {
      await call(bilanEndpoints.decideConsent, {
        params: { id: bilanId! },
        body: { decision, noticeVersion: consent.data!.notice.version },
      });
      setOutcome(
        decision === 'given'
          ? { tone: 'success', text: 'Merci : votre consentement est enregistré. Votre bilan peut se poursuivre.' }
          : {
              tone: 'success',
              text: 'Votre choix est enregistré. Refuser est votre droit : ce n’est ni une faute ni un motif de sanction. Votre consultant·e pourra répondre à vos questions ; vous pouvez changer d’avis à tout moment sur cette page.',
            },
      );
      // Consent is a fact of the checklist, which decides the possible transitions.
      await Promise.all([
        client.invalidateQueries({ queryKey: bilanKeys.consent(bilanId!) }),
        client.invalidateQueries({ queryKey: bilanKeys.checklist(bilanId!) }),
        client.invalidateQueries({ queryKey: bilanKeys.summary(bilanId!) }),
      ]);
    } catch (error) {
      setOutcome({
        tone: 'warning',
        text: error instanceof ApiError ? error.message : 'Votre réponse n’a pas pu être enregistrée. Réessayez.',
      });
    }
  };
  if (home.isPending || (bilanId && consent.isPending))
    return (
      <Page title="Information et consentement">
        <Loading />
      </Page>
    );
  if (home.isError)
    return (
      <Page title="Information et consentement">
        <LoadError error={home.error} />
      </Page>
    );
  if (!bilanId)
    return (
      <Page title="Information et consentement">
        <p>Aucun bilan n’est ouvert à votre nom.</p>
      </Page>
    );
  if (consent.isError)
    return (
      <Page title="Information et consentement">
        <LoadError error={consent.error} />
      </Page>
    );
  const { notice, decision } = consent.data!;
  return (
    <Page title="Information et consentement">
      {outcome ? (
        <Notice tone={outcome.tone}>
          <p>{outcome.text}</p>
        </Notice>
      ) : null}
      <div className="notice-text">
        <h2>{notice.title}</h2>
        {notice.sections.map((section) => (
          <section key={section.heading} aria-labelledby={`notice-${section.heading}`}>
            <h3 id={`notice-${section.heading}`}>{section.heading}</h3>
            {section.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </section>
        ))}
        <p className="muted">Version de la notice : {notice.version}.</p>
      </div>
      <h2>Votre réponse</h2>
      {decision ? (
        <p>
          Votre réponse actuelle, du {formatDateTime(decision.at)} :{' '}
          <strong>
            {decision.decision === 'given'
              ? 'vous avez donné votre consentement'
              : 'vous n’avez pas donné votre consentement'}
          </strong>
          .
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => void decide('given')}>
          Je consens à réaliser mon bilan de compétences
        </button>
        <button type="button" className="button secondary" onClick={() => void decide('refused')}>
          Je ne consens pas
        </button>
      </div>
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}
