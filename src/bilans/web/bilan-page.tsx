/**
 * The consultant's bilan dossier (design brief, "The dossier"): a header band (who, where, the
 * status rail and its alerts), the section navigation, and the current section, each at its own
 * address (`dossier/sections.ts`; back, forward and reload keep it) and in its own chunk.
 *
 * A section invalidates the queries its change affects (its own keys, and `bilanKeys.summary(id)`
 * / `bilanKeys.checklist(id)` / `bilanKeys.consultantHome` when the change moves what they show),
 * then reports it through `onChanged`: the message shows at the top of the current section and
 * takes focus, where the person is working.
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
import { DossierHeader } from './dossier/dossier-header.tsx';
import { SectionNav } from '../../ui/SectionNav.tsx';
import { DOSSIER_SECTIONS, dossierPath, dossierSection } from './dossier/sections.ts';

interface SectionMessage {
  text: string;
  /** The section it belongs to: leaving the section leaves the message. */
  segment: string;
  /** Each change shows (and focuses) its message, even when the words repeat. */
  count: number;
}

export function BilanPage() {
  const { id = '', section: segment = '' } = useParams();
  const location = useLocation();
  // Arriving from « Créer le bilan et inviter »: the outcome shows first, on the overview.
  const [message, setMessage] = useState<SectionMessage | null>(() => {
    const created = createdMessage(location.state);
    return created ? { text: created, segment: '', count: 0 } : null;
  });
  const messageRef = useRef<HTMLDivElement>(null);
  // The button that was used may disappear: focus goes to the outcome, which is read out.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const bilan = useQuery({
    queryKey: bilanKeys.summary(id),
    queryFn: async () => (await call(bilanEndpoints.get, { params: { id } })).bilan,
  });
  const onChanged = (text: string) => setMessage((m) => ({ text, segment, count: (m?.count ?? 0) + 1 }));

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
  const section = dossierSection(segment);
  const Section = section?.component;
  return (
    <Page title={`Bilan de ${b.beneficiary.firstName} ${b.beneficiary.lastName}`}>
      <DossierHeader bilan={b} />
      <SectionNav
        label="Parties du dossier"
        items={DOSSIER_SECTIONS.map((s) => ({
          to: dossierPath(b.id, s.segment),
          label: s.label,
          end: s.segment === '',
          ...(s.badge?.(b) ? { badge: s.badge(b) } : {}),
        }))}
      />
      <div className="dossier-section">
        {message && message.segment === segment ? (
          <div ref={messageRef} tabIndex={-1} className="notice-focus" key={message.count}>
            <Notice tone="success">
              <p>{message.text}</p>
            </Notice>
          </div>
        ) : null}
        {Section ? (
          <Section bilan={b} onChanged={onChanged} />
        ) : (
          <section aria-labelledby="partie-introuvable">
            <h2 id="partie-introuvable">Cette partie du dossier n’existe pas</h2>
            <p>
              <Link to={dossierPath(b.id, '')}>Aller à la vue d’ensemble du dossier</Link>
            </p>
          </section>
        )}
      </div>
      <p>
        <Link to="/consultant/bilans">Retour à mes bilans</Link>
      </p>
    </Page>
  );
}
