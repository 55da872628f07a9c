/**
 * A job sheet (fiche métier ROME): definition, access, compétences grouped by kind and
 * macro-compétence (core of the job first), savoirs by category, work contexts, RIASEC in plain
 * words, tags, mobilities as links, and the source's credit line.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { JobSheet, JobSheetCompetenceGroup, JobSheetItem } from '../contracts/schemas.ts';
import { catalogEndpoints } from '../contracts/endpoints.ts';
import { CORE_LABELS, jobTagLabels, RIASEC_TYPES, riasecSummary } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Credit } from './catalogue-state.tsx';
import { JobSearchBox } from './job-search-box.tsx';
import { AddToPistes } from '../../exploration/web/add-to-pistes.tsx';
import { catalogKeys } from './query-keys.ts';

function Core({ core }: { core: JobSheetItem['core'] }) {
  if (!core) return null;
  return <span className={core === 'emergente' ? 'core core-emergent' : 'core'}>{CORE_LABELS[core]}</span>;
}

function Items({ items }: { items: JobSheetItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.codeOgr}>
          {item.label}
          <Core core={item.core} />
        </li>
      ))}
    </ul>
  );
}

/** Each macro-compétence, with the compétences of this job under it. */
function CompetenceGroups({ groups }: { groups: JobSheetCompetenceGroup[] }) {
  return (
    <ul className="skill-groups">
      {groups.map((group) => (
        <li key={group.codeOgr}>
          <strong>{group.label}</strong>
          <Core core={group.core} />
          {group.items.length > 0 ? <Items items={group.items} /> : null}
        </li>
      ))}
    </ul>
  );
}

function Sheet({ sheet }: { sheet: JobSheet }) {
  const tags = jobTagLabels(sheet.tags);
  const letters = [sheet.riasec.major, ...(sheet.riasec.minor ? [sheet.riasec.minor] : [])];
  const otherAppellations = sheet.appellations.filter((a) => !a.principal);
  return (
    <>
      <p className="job-meta">
        Code ROME {sheet.codeRome} · {sheet.domain.label} ({sheet.grandDomain.label})
      </p>
      <AddToPistes codeRome={sheet.codeRome} label={sheet.label} />
      <JobSearchBox label="Rechercher un autre métier" key={sheet.codeRome} />

      <section aria-labelledby="definition">
        <h2 id="definition">Définition</h2>
        <div className="text-block">
          {sheet.definition.map((sentence, i) => (
            <p key={i}>{sentence}</p>
          ))}
        </div>
      </section>

      <section aria-labelledby="acces">
        <h2 id="acces">Accès au métier</h2>
        <div className="text-block">
          {sheet.access.map((sentence, i) => (
            <p key={i}>{sentence}</p>
          ))}
        </div>
      </section>

      {tags.length > 0 ? (
        <section aria-labelledby="caracteristiques">
          <h2 id="caracteristiques">Caractéristiques</h2>
          <ul className="tag-list">
            {tags.map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="riasec">
        <h2 id="riasec">Profil d’intérêts (RIASEC)</h2>
        <p>{riasecSummary(sheet.riasec)}</p>
        <ul>
          {letters.map((letter) => (
            <li key={letter}>
              <strong>
                {RIASEC_TYPES[letter].name} ({letter})
              </strong>{' '}
              : ce métier convient aux personnes qui aiment {RIASEC_TYPES[letter].likes}.
            </li>
          ))}
        </ul>
      </section>

      {otherAppellations.length > 0 ? (
        <section aria-labelledby="appellations">
          <h2 id="appellations">Autres intitulés de ce métier</h2>
          <ul className="columns plain-list">
            {otherAppellations.map((a) => (
              <li key={a.codeOgr}>
                {a.label}
                {a.rare ? <span className="muted"> (peu usité)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="competences">
        <h2 id="competences">Compétences</h2>
        <p className="muted">
          {
            'Les compétences marquées «\u00a0Cœur de métier\u00a0» sont celles qui caractérisent le plus ce métier\u00a0; elles sont présentées en premier.'
          }
        </p>
        {sheet.competences.savoirFaire.length > 0 ? (
          <>
            <h3>Savoir-faire</h3>
            <CompetenceGroups groups={sheet.competences.savoirFaire} />
          </>
        ) : null}
        {sheet.competences.savoirEtre.length > 0 ? (
          <>
            <h3>Savoir-être professionnels</h3>
            <CompetenceGroups groups={sheet.competences.savoirEtre} />
          </>
        ) : null}
      </section>

      {sheet.savoirs.length > 0 ? (
        <section aria-labelledby="savoirs">
          <h2 id="savoirs">Savoirs</h2>
          {sheet.savoirs.map((category) => (
            <div key={category.category} className="skill-group">
              <h3>{category.category}</h3>
              <Items items={category.items} />
            </div>
          ))}
        </section>
      ) : null}

      {sheet.workContexts.length > 0 ? (
        <section aria-labelledby="contextes">
          <h2 id="contextes">Contextes de travail</h2>
          {sheet.workContexts.map((type) => (
            <div key={type.type} className="skill-group">
              <h3>{type.type}</h3>
              <Items items={type.items} />
            </div>
          ))}
        </section>
      ) : null}

      {sheet.centresOfInterest.length > 0 || sheet.sectors.length > 0 ? (
        <section aria-labelledby="secteurs">
          <h2 id="secteurs">Centres d’intérêt et secteurs</h2>
          {sheet.centresOfInterest.length > 0 ? (
            <>
              <h3>Centres d’intérêt</h3>
              <ul>
                {sheet.centresOfInterest.map((c) => (
                  <li key={c.code}>
                    {c.label}
                    {c.principal ? <span className="muted"> (principal)</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {sheet.sectors.length > 0 ? (
            <>
              <h3>Secteurs d’activité</h3>
              <ul>
                {sheet.sectors.map((s, i) => (
                  <li key={`${s.code}-${i}`}>
                    {s.label}
                    {s.subSector ? ` — ${s.subSector}` : ''}
                    {s.principal ? <span className="muted"> (principal)</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="mobilites">
        <h2 id="mobilites">Mobilités : métiers proches et évolutions</h2>
        <p className="muted">
          Les métiers vers lesquels le ROME propose d’évoluer depuis celui-ci, dans l’ordre de la fiche.
        </p>
        <ol className="columns">
          {sheet.mobilities.map((m) => (
            <li key={m.codeRome}>
              <Link to={`/metiers/${m.codeRome}`}>{m.label}</Link> <span className="muted">({m.codeRome})</span>
            </li>
          ))}
        </ol>
      </section>

      <Credit text={sheet.credit} />
    </>
  );
}

export function JobSheetPage() {
  const { codeRome = '' } = useParams();
  const code = codeRome.toUpperCase();
  const sheet = useQuery({
    queryKey: catalogKeys.jobSheet(code),
    queryFn: () => call(catalogEndpoints.jobSheet, { params: { code } }),
  });
  if (sheet.isPending)
    return (
      <Page title="Fiche métier">
        <Loading />
      </Page>
    );
  if (sheet.isError) {
    return (
      <Page title="Fiche métier introuvable">
        <LoadError error={sheet.error} />
        <p>
          <Link to="/metiers">Rechercher un métier</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={sheet.data.label}>
      <Sheet sheet={sheet.data} />
    </Page>
  );
}
