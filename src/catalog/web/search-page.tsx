/**
 * Explore jobs: the search box with suggestions, then the full list of results for what was
 * typed, each a link to its job sheet.
 */
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Credit, MissingCatalogue, useCatalogueInfo } from './catalogue-state.tsx';
import { JobSearchBox, useJobSearch } from './job-search-box.tsx';

const TITLE = 'Explorer les métiers';

function Results({ q }: { q: string }) {
  const search = useJobSearch(q, 30);
  if (q.trim().length < 2) return null;
  if (search.isError) return <LoadError error={search.error} />;
  if (!search.data) return <Loading label="Recherche en cours…" />;
  const results = search.data.results;
  return (
    <section aria-labelledby="resultats">
      <h2 id="resultats">{`Résultats pour «\u00a0${q}\u00a0»`}</h2>
      <p role="status">
        {results.length === 0
          ? 'Aucun métier trouvé. Essayez un autre mot.'
          : `${results.length} métier${results.length > 1 ? 's' : ''} trouvé${results.length > 1 ? 's' : ''}.`}
      </p>
      <ul className="result-list">
        {results.map((hit) => (
          <li key={hit.codeRome}>
            <Link to={`/metiers/${hit.codeRome}`}>{hit.label}</Link> <span className="muted">({hit.codeRome})</span>
            <br />
            <span className="small muted">{hit.matched}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CatalogSearchPage() {
  const info = useCatalogueInfo();
  const [params, setParams] = useSearchParams();
  const submitted = params.get('q') ?? '';
  const [formKey, setFormKey] = useState(0);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('q') ?? '').trim();
    setParams(value ? { q: value } : {});
    setFormKey((k) => k + 1);
  };

  return (
    <Page
      title={TITLE}
      intro={
        <p>
          Les fiches métiers du répertoire officiel ROME 4.0 : définition, accès, compétences, contextes de travail et
          passerelles vers d’autres métiers.
        </p>
      }
    >
      {info.isPending ? (
        <Loading />
      ) : info.isError ? (
        <LoadError error={info.error} />
      ) : info.data.version === null ? (
        <MissingCatalogue />
      ) : null}
      <form role="search" aria-label="Métiers" onSubmit={onSubmit} noValidate key={formKey}>
        <JobSearchBox initial={submitted} name="q" />
        <div className="form-actions">
          <button type="submit" className="button primary">
            Afficher tous les résultats
          </button>
        </div>
      </form>
      <Results q={submitted} />
      {info.data?.credit ? <Credit text={info.data.credit} /> : null}
    </Page>
  );
}
