/**
 * The pistes workspace, the same for the beneficiary (« Mes pistes ») and for the consultant (the
 * dossier's « Pistes »): the explained job suggestions, the pistes with their weighing, skill gap,
 * training needs and enquêtes métier, the desire × feasibility chart and the comparison. Only
 * the consultant debriefs an enquête and sets a suggestion aside. Read-only once the bilan has
 * ended (the API then refuses every change).
 */
import { useEffect, useMemo, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, Plus } from 'lucide-react';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import { call, urlOf } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { usePortfolioDrafts } from '../../portfolio/web/autosave.tsx';
import { DesireFeasibilityChart } from './chart.tsx';
import { ComparePistes } from './compare.tsx';
import {
  EXPLORATION_AUTOSAVE,
  ExplorationContext,
  focusLater,
  pisteAnchor,
  useExploration,
  type Viewer,
} from './context.ts';
import { PisteCard } from './piste-card.tsx';
import { PisteEditor } from './piste-form.tsx';
import { explorationKeys } from './query-keys.ts';
import { SuggestionsSection } from './suggestions.tsx';
import '../../portfolio/web/portfolio.css';
import './exploration.css';

function PistesSectionList() {
  const { bilanId, editable, viewer, exploration } = useExploration();
  const drafts = usePortfolioDrafts(bilanId, EXPLORATION_AUTOSAVE.draftScope);
  const known = useMemo(() => new Set(exploration.pistes.map((p) => p.id)), [exploration.pistes]);
  // Drafts left in this browser (a reload, a lost network, an expired session) reopen their form.
  const [editing, setEditing] = useState<Set<string>>(
    () => new Set(editable ? drafts.ids('piste').filter((id) => known.has(id)) : []),
  );
  const [added, setAdded] = useState<string[]>(() =>
    editable ? drafts.ids('piste').filter((id) => !known.has(id)) : [],
  );
  const close = (id: string, savedId: string | null) => {
    setEditing((open) => {
      const next = new Set(open);
      next.delete(id);
      return next;
    });
    setAdded((ids) => ids.filter((other) => other !== id));
    focusLater(savedId ? pisteAnchor(savedId) : 'ajouter-piste');
  };
  const pistes = exploration.pistes.filter((p) => !added.includes(p.id));
  return (
    <section aria-labelledby="pistes-titre" className="portfolio-part">
      <h2 id="pistes-titre" tabIndex={-1}>
        {viewer === 'beneficiary' ? 'Mes pistes' : 'Pistes'}
      </h2>
      <p className="muted">
        Chaque piste se pèse sur l’envie et sur la faisabilité, puis se confronte au terrain par des enquêtes métier.
      </p>
      {editable ? (
        <p>
          <Button
            id="ajouter-piste"
            variant="primary"
            icon={Plus}
            onPress={() => setAdded((ids) => [crypto.randomUUID(), ...ids])}
          >
            Ajouter une piste
          </Button>
        </p>
      ) : null}
      {added.map((id) => (
        <PisteEditor key={id} id={id} view={null} onClose={(savedId) => close(id, savedId)} />
      ))}
      {pistes.length === 0 && added.length === 0 ? (
        <EmptyState title="Aucune piste pour l’instant" headingLevel={3}>
          {viewer === 'beneficiary'
            ? 'Un métier suggéré, une fiche métier qui vous parle, un projet en quelques mots ou une création d’entreprise : ajoutez ce que vous voulez explorer.'
            : 'Les pistes de la ou du bénéficiaire apparaîtront ici, avec leur envie, leur faisabilité et leurs enquêtes.'}
        </EmptyState>
      ) : (
        <ul className="pistes-list" aria-labelledby="pistes-titre">
          {pistes.map((piste) =>
            editing.has(piste.id) ? (
              <li key={piste.id} className="portfolio-item portfolio-item-editing">
                <PisteEditor id={piste.id} view={piste} onClose={(savedId) => close(piste.id, savedId ?? piste.id)} />
              </li>
            ) : (
              <PisteCard
                key={piste.id}
                piste={piste}
                onEdit={() => setEditing((open) => new Set(open).add(piste.id))}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

export function ExplorationWorkspace({ bilanId, viewer }: { bilanId: string; viewer: Viewer }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: explorationKeys.ofBilan(bilanId),
    queryFn: () => call(explorationEndpoints.get, { params: { id: bilanId } }),
  });
  const loaded = query.isSuccess;
  // Arriving from a job sheet or a link to one piste (`#piste-…`): it is brought into view and focused.
  useEffect(() => {
    const target = window.location.hash.slice(1);
    if (loaded && target.startsWith('piste-')) focusLater(target);
  }, [loaded]);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const exploration = query.data;
  const value = {
    bilanId,
    editable: exploration.editable,
    viewer,
    exploration,
    // The prefix reaches the suggestions and the guides too: they follow the pistes.
    refresh: () => client.invalidateQueries({ queryKey: explorationKeys.ofBilan(bilanId) }),
  };
  return (
    <ExplorationContext.Provider value={value}>
      <div className="portfolio pistes">
        {exploration.editable ? null : (
          <Notice>
            <p>Le bilan est terminé : les pistes et les enquêtes se consultent, elles ne se modifient plus.</p>
          </Notice>
        )}
        <nav aria-label="Parties des pistes" className="portfolio-toc">
          <ul>
            <li>
              <a href="#suggestions-titre">Suggestions</a>
            </li>
            <li>
              <a href="#pistes-titre">{viewer === 'beneficiary' ? 'Mes pistes' : 'Pistes'}</a>
            </li>
            <li>
              <a href="#envie-faisabilite-titre">Envie et faisabilité</a>
            </li>
            <li>
              <a href="#comparer-titre">Comparer</a>
            </li>
          </ul>
        </nav>
        <SuggestionsSection />
        <PistesSectionList />
        <section aria-labelledby="envie-faisabilite-titre" className="portfolio-part">
          <h2 id="envie-faisabilite-titre">Envie et faisabilité</h2>
          {exploration.pistes.length === 0 ? (
            <p className="muted">Le graphique placera chaque piste selon l’envie et la faisabilité.</p>
          ) : (
            <DesireFeasibilityChart pistes={exploration.pistes} />
          )}
        </section>
        <section aria-labelledby="comparer-titre" className="portfolio-part">
          <h2 id="comparer-titre">Comparer des pistes</h2>
          <ComparePistes pistes={exploration.pistes} />
        </section>
        <section aria-labelledby="pistes-donnees-titre" className="portfolio-part">
          <h2 id="pistes-donnees-titre">{viewer === 'beneficiary' ? 'Mes données' : 'Données'}</h2>
          <p className="button-row">
            <a
              className="button secondary"
              href={urlOf(explorationEndpoints.exportJson, { params: { id: bilanId } })}
              download
            >
              <Download aria-hidden="true" />
              {viewer === 'beneficiary' ? 'Télécharger mes pistes (JSON)' : 'Télécharger les pistes (JSON)'}
            </a>
          </p>
        </section>
      </div>
    </ExplorationContext.Provider>
  );
}

/** The dossier's « Pistes » (bilans/web/dossier/sections.ts): the same workspace. */
export function PistesSection({ bilan }: BilanSectionProps) {
  return <ExplorationWorkspace bilanId={bilan.id} viewer="consultant" />;
}
