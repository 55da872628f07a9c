/**
 * The explained job suggestions of the dossier (issue 13 § 1): drawn from the portfolio's
 * competences, the RIASEC result and the jobs held, in groups, each with its reasons in French
 * (never a bare score), the competences shared with the job and the core ones missing. « Ajouter
 * à mes pistes » makes it a piste with its reasons, « Voir la piste » once it is one; the
 * consultant sets a suggestion aside with a reason, and brings it back from the list below.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import type { PisteSuggestion as Suggestion } from '../contracts/schemas.ts';
import { LIMITS } from '../domain/model.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { TextArea } from '../../ui/Form.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDate } from '../../ui/format.ts';
import { RomeCredit } from '../../portfolio/web/rome-fields.tsx';
import { focusLater, pisteAnchor, useExploration } from './context.ts';
import { explorationKeys } from './query-keys.ts';
import { basisText, groupSuggestions } from './suggestion-text.ts';

/** Adds a ROME fiche to the pistes (a suggestion's reasons kept); answers the piste's id. */
export async function addFicheToPistes(
  bilanId: string,
  codeRome: string,
  origin: 'suggestion' | 'job_sheet',
  reasons: readonly string[] = [],
): Promise<{ pisteId: string; existed: boolean }> {
  try {
    const { piste } = await call(explorationEndpoints.savePiste, {
      params: { id: bilanId },
      body: {
        id: crypto.randomUUID(),
        revision: 0,
        kind: 'rome_fiche',
        codeRome,
        origin,
        originReasons: reasons
          .slice(0, LIMITS.originReasons)
          .map((r) => r.replace(/\s+/g, ' ').trim().slice(0, LIMITS.originReason))
          .filter(Boolean),
      },
    });
    return { pisteId: piste.id, existed: false };
  } catch (error) {
    const existing =
      error instanceof ApiError ? (error.details as { existingId?: string } | undefined)?.existingId : undefined;
    if (error instanceof ApiError && error.code === 'exploration_duplicate_piste' && existing)
      return { pisteId: existing, existed: true };
    throw error;
  }
}

function SetAsideForm({ suggestion, onDone }: { suggestion: Suggestion; onDone: () => void }) {
  const { bilanId, refresh } = useExploration();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const name = `ecarter-${suggestion.codeRome}`;
  return (
    <form
      className="pistes-inline-form"
      noValidate
      aria-label={`Écarter « ${suggestion.label} »`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (!reason.trim()) {
          setError('Indiquez pourquoi cette suggestion est écartée.');
          return;
        }
        try {
          await call(explorationEndpoints.setAside, {
            params: { id: bilanId },
            body: { codeRome: suggestion.codeRome, reason },
          });
          await refresh();
          toast(`La suggestion « ${suggestion.label} » est écartée.`);
          focusLater('suggestions-titre');
        } catch (e) {
          setError(
            e instanceof ApiError ? (e.fields['reason'] ?? e.message) : 'L’enregistrement a échoué : réessayez.',
          );
        }
      }}
    >
      <TextArea
        name={name}
        label="Pourquoi écarter cette suggestion"
        rows={2}
        hint="La ou le bénéficiaire lira cette raison."
        value={reason}
        error={error}
        onChange={setReason}
      />
      <div className="button-row">
        <button type="submit" className="button primary">
          Écarter la suggestion
        </button>
        <Button variant="quiet" onPress={onDone}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

function SuggestionItem({ suggestion }: { suggestion: Suggestion }) {
  const { bilanId, editable, viewer, refresh } = useExploration();
  const toast = useToast();
  const [settingAside, setSettingAside] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <li className="portfolio-item pistes-suggestion">
      <h4 id={`suggestion-${suggestion.codeRome}`} tabIndex={-1}>
        <Link to={`/metiers/${suggestion.codeRome}${viewer === 'consultant' ? `?bilan=${bilanId}` : ''}`}>
          {suggestion.label}
        </Link>
      </h4>
      <p className="muted">Pourquoi ce métier :</p>
      <ul className="pistes-reasons-list">
        {suggestion.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {suggestion.sharedSkills.length > 0 || suggestion.missingCoreSkills.length > 0 ? (
        <details>
          <summary>
            Compétences en commun ({suggestion.sharedSkills.length}) et compétences clés manquantes (
            {suggestion.missingCoreSkills.length})<span className="visually-hidden"> : {suggestion.label}</span>
          </summary>
          <div className="pistes-gap">
            <div>
              <h5>En commun</h5>
              {suggestion.sharedSkills.length === 0 ? (
                <p className="muted">Aucune.</p>
              ) : (
                <ul>
                  {suggestion.sharedSkills.map((s) => (
                    <li key={s.codeOgr}>{s.label}</li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h5>Compétences clés manquantes</h5>
              {suggestion.missingCoreSkills.length === 0 ? (
                <p className="muted">Aucune.</p>
              ) : (
                <ul>
                  {suggestion.missingCoreSkills.map((s) => (
                    <li key={s.codeOgr}>{s.label}</li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </details>
      ) : null}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {settingAside ? (
        <SetAsideForm suggestion={suggestion} onDone={() => setSettingAside(false)} />
      ) : (
        <div className="button-row">
          {suggestion.pisteId ? (
            <a
              className="button secondary small"
              href={`#${pisteAnchor(suggestion.pisteId)}`}
              onClick={(event) => {
                event.preventDefault();
                focusLater(pisteAnchor(suggestion.pisteId ?? ''));
              }}
            >
              Voir la piste<span className="visually-hidden"> « {suggestion.label} »</span>
            </a>
          ) : editable ? (
            <Button
              size="small"
              variant="primary"
              isDisabled={busy}
              onPress={async () => {
                setBusy(true);
                setProblem(null);
                try {
                  const { pisteId, existed } = await addFicheToPistes(
                    bilanId,
                    suggestion.codeRome,
                    'suggestion',
                    suggestion.reasons,
                  );
                  await refresh();
                  toast(
                    existed
                      ? `« ${suggestion.label} » figurait déjà parmi les pistes.`
                      : `La piste « ${suggestion.label} » est ajoutée, avec les raisons de la suggestion.`,
                  );
                  focusLater(pisteAnchor(pisteId));
                } catch (error) {
                  setProblem(error instanceof ApiError ? error.message : 'L’ajout a échoué : réessayez.');
                } finally {
                  setBusy(false);
                }
              }}
            >
              {viewer === 'beneficiary' ? 'Ajouter à mes pistes' : 'Ajouter aux pistes'}
              <span className="visually-hidden"> : {suggestion.label}</span>
            </Button>
          ) : null}
          {editable && viewer === 'consultant' ? (
            <Button size="small" variant="quiet" onPress={() => setSettingAside(true)}>
              Écarter<span className="visually-hidden"> « {suggestion.label} »</span>
            </Button>
          ) : null}
        </div>
      )}
    </li>
  );
}

function SetAsideList() {
  const { bilanId, editable, viewer, exploration, refresh } = useExploration();
  const toast = useToast();
  if (exploration.setAside.length === 0) return null;
  return (
    <details className="pistes-block">
      <summary>Suggestions écartées ({exploration.setAside.length})</summary>
      <ul className="pistes-sublist">
        {exploration.setAside.map((s) => (
          <li key={s.codeRome}>
            <p>
              <strong>{s.label ?? `Métier ${s.codeRome}`}</strong>
            </p>
            <p>
              <span className="muted">Raison : </span>
              {s.reason}
            </p>
            <p className="muted">
              Écartée par {s.setBy.name} le {formatDate(s.setAt)}
            </p>
            {editable && viewer === 'consultant' ? (
              <Button
                size="small"
                onPress={async () => {
                  await call(explorationEndpoints.setAside, {
                    params: { id: bilanId },
                    body: { codeRome: s.codeRome, reason: null },
                  });
                  await refresh();
                  toast(`« ${s.label ?? s.codeRome} » revient parmi les suggestions.`);
                  focusLater('suggestions-titre');
                }}
              >
                Rétablir<span className="visually-hidden"> « {s.label ?? s.codeRome} »</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function SuggestionsSection() {
  const { bilanId, viewer, exploration } = useExploration();
  // Open while there is no piste yet; folded afterwards, one click away (a long list on a phone).
  const [openAtFirst] = useState(exploration.pistes.length === 0);
  const query = useQuery({
    queryKey: explorationKeys.suggestions(bilanId),
    queryFn: () => call(explorationEndpoints.suggestions, { params: { id: bilanId } }),
    retry: false,
  });
  return (
    <section aria-labelledby="suggestions-titre" className="portfolio-part">
      <h2 id="suggestions-titre" tabIndex={-1}>
        Suggestions de métiers
      </h2>
      <p className="muted">
        {viewer === 'beneficiary'
          ? 'Des métiers proches de vos compétences, de vos centres d’intérêt et des emplois que vous avez occupés, chacun avec ce qui le rapproche de vous. Ce sont des pistes à explorer, pas des conseils.'
          : 'Calculées à partir du portefeuille de compétences, du résultat RIASEC et des emplois occupés, chacune avec ses raisons.'}
      </p>
      {query.isPending ? <Loading label="Recherche de métiers proches…" /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {query.data ? (
        <>
          {query.data.results.length === 0 ? (
            query.data.notice ? (
              <Notice>
                <p>{query.data.notice}</p>
              </Notice>
            ) : (
              <EmptyState title="Aucune suggestion pour l’instant" headingLevel={3}>
                {viewer === 'beneficiary'
                  ? 'Les suggestions s’appuient sur votre parcours et vos compétences : complétez-les dans « Mon parcours », elles apparaîtront ici.'
                  : 'Les suggestions apparaîtront quand le portefeuille comptera des compétences.'}
              </EmptyState>
            )
          ) : (
            <>
              {query.data.notice ? (
                <Notice>
                  <p>{query.data.notice}</p>
                </Notice>
              ) : null}
              <p className="muted">D’après {basisText(query.data.basis)}.</p>
              {query.data.basis.riasecNote ? <p className="muted">{query.data.basis.riasecNote}</p> : null}
              <details className="pistes-suggestions-toggle" open={openAtFirst}>
                <summary>
                  {query.data.results.length > 1
                    ? `Les ${query.data.results.length} métiers suggérés`
                    : 'Le métier suggéré'}
                </summary>
                {groupSuggestions(query.data.results).map((group) => (
                  <div key={group.label} className="pistes-group">
                    <h3>{group.label}</h3>
                    <ul className="pistes-cards">
                      {group.items.map((s) => (
                        <SuggestionItem key={s.codeRome} suggestion={s} />
                      ))}
                    </ul>
                  </div>
                ))}
              </details>
              <RomeCredit />
            </>
          )}
        </>
      ) : null}
      <SetAsideList />
    </section>
  );
}
