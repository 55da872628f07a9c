/**
 * The portfolio workspace, the same for the beneficiary (« Mon parcours et mes compétences ») and
 * for the consultant (the dossier's « Parcours et compétences »): the parcours, the competences,
 * the domains, the comments on the whole portfolio and the download of the data. Read-only once
 * the bilan has ended (the API then refuses every change).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, Printer } from 'lucide-react';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import { call, urlOf } from '../../ui/api.ts';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { CommentsOn } from './comments.tsx';
import { CompetencesSection } from './competences.tsx';
import { PortfolioContext, type Viewer } from './context.ts';
import { DomainsSection } from './domains.tsx';
import { ParcoursSection } from './experiences.tsx';
import { portfolioKeys } from './query-keys.ts';
import './portfolio.css';

export function PortfolioWorkspace({ bilanId, viewer }: { bilanId: string; viewer: Viewer }) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: portfolioKeys.ofBilan(bilanId),
    queryFn: () => call(portfolioEndpoints.get, { params: { id: bilanId } }),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const portfolio = query.data;
  const value = {
    bilanId,
    editable: portfolio.editable,
    viewer,
    portfolio,
    refresh: () => client.invalidateQueries({ queryKey: portfolioKeys.ofBilan(bilanId) }),
  };
  return (
    <PortfolioContext.Provider value={value}>
      <div className="portfolio">
        {portfolio.editable ? null : (
          <Notice>
            <p>Le bilan est terminé : le parcours et les compétences se consultent, ils ne se modifient plus.</p>
          </Notice>
        )}
        <nav aria-label="Parties du portefeuille" className="portfolio-toc">
          <ul>
            <li>
              <a href="#parcours-titre">{viewer === 'beneficiary' ? 'Mon parcours' : 'Parcours'}</a>
            </li>
            <li>
              <a href="#competences-titre">{viewer === 'beneficiary' ? 'Mes compétences' : 'Compétences'}</a>
            </li>
            <li>
              <a href="#domaines-titre">Domaines</a>
            </li>
            <li>
              <a href="#commentaires-titre">Commentaires</a>
            </li>
          </ul>
        </nav>
        <ParcoursSection />
        <CompetencesSection />
        <DomainsSection />
        <section aria-labelledby="commentaires-titre" className="portfolio-part">
          <h2 id="commentaires-titre">Commentaires sur l’ensemble</h2>
          {portfolio.comments.some((c) => c.target.type === 'portfolio') ? null : portfolio.editable ? (
            <p className="muted">
              Un mot pour l’autre personne du bilan sur l’ensemble du parcours et des compétences : il n’est visible que
              de vous deux.
            </p>
          ) : (
            <p className="muted">Aucun commentaire sur l’ensemble.</p>
          )}
          <CommentsOn target={{ type: 'portfolio' }} about="l’ensemble du portefeuille" />
        </section>
        <section aria-labelledby="donnees-titre" className="portfolio-part">
          <h2 id="donnees-titre">{viewer === 'beneficiary' ? 'Mes données' : 'Données'}</h2>
          <p className="button-row">
            <a className="button secondary" href={urlOf(portfolioEndpoints.exportPdf, { params: { id: bilanId } })}>
              <Printer aria-hidden="true" />
              Version imprimable (PDF)
            </a>
            <a
              className="button secondary"
              href={urlOf(portfolioEndpoints.exportJson, { params: { id: bilanId } })}
              download
            >
              <Download aria-hidden="true" />
              {viewer === 'beneficiary' ? 'Télécharger mes données (JSON)' : 'Télécharger les données (JSON)'}
            </a>
          </p>
          <p className="muted">
            La version imprimable se lit et s’imprime telle quelle ; le fichier de données reprend tout le parcours, les
            compétences, les domaines et les commentaires, pour le garder ou le réutiliser ailleurs.
          </p>
        </section>
      </div>
    </PortfolioContext.Provider>
  );
}

/** The dossier's « Parcours et compétences » (bilans/web/dossier/sections.ts): the same workspace. */
export function PortfolioSection({ bilan }: BilanSectionProps) {
  return <PortfolioWorkspace bilanId={bilan.id} viewer="consultant" />;
}
