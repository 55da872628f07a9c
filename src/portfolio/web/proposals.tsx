/**
 * Proposals, never imposed (issue 12 § 3): the competences of an experience's job in the ROME,
 * grouped by macro-compétence, core ones first; and the savoir-être that the questionnaire and the
 * regard des autres bring out. Each is kept or set aside with a radio pair (arrows switch, Tab
 * goes to the next), then one « Enregistrer mes choix » decides them together. Nothing enters
 * the portfolio without that choice; what is set aside is not proposed again.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type RefObject } from 'react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import type { ExperienceView } from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { usePortfolio } from './context.ts';
import { portfolioKeys } from './query-keys.ts';
import { RomeCredit } from './rome-fields.tsx';

type Choice = 'keep' | 'reject';

interface Item {
  key: string;
  label: string;
  detail?: string | undefined;
}

/** One item: « Garder » or « Écarter », or nothing yet. */
function KeepOrReject({
  name,
  item,
  choice,
  onChoose,
}: {
  name: string;
  item: Item;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}) {
  return (
    <fieldset className="portfolio-proposal">
      <legend>
        {item.label}
        {item.detail ? <span className="portfolio-proposal-detail"> {item.detail}</span> : null}
      </legend>
      <div className="portfolio-keep">
        <label className={`portfolio-toggle${choice === 'keep' ? ' chosen-keep' : ''}`}>
          <input type="radio" name={name} checked={choice === 'keep'} onChange={() => onChoose('keep')} />
          Garder
        </label>
        <label className={`portfolio-toggle${choice === 'reject' ? ' chosen-reject' : ''}`}>
          <input type="radio" name={name} checked={choice === 'reject'} onChange={() => onChoose('reject')} />
          Écarter
        </label>
      </div>
    </fieldset>
  );
}

/** The outcome of a decision, in words. */
function outcome(created: number, linked: number, rejected: number): string {
  const parts = [
    created > 0
      ? `${created} compétence${created > 1 ? 's' : ''} ajoutée${created > 1 ? 's' : ''} au portefeuille`
      : null,
    linked > 0
      ? `${linked} déjà présente${linked > 1 ? 's' : ''}, reliée${linked > 1 ? 's' : ''} à cette expérience`
      : null,
    rejected > 0 ? `${rejected} écartée${rejected > 1 ? 's' : ''}` : null,
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : 'Aucun choix à enregistrer.';
}

function useDecisions() {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState(false);
  const status = useRef<HTMLDivElement>(null);
  const decide = async (send: (keep: string[], reject: string[]) => Promise<string>) => {
    const keep = Object.keys(choices).filter((k) => choices[k] === 'keep');
    const reject = Object.keys(choices).filter((k) => choices[k] === 'reject');
    if (keep.length + reject.length === 0) {
      setMessage({ text: 'Choisissez « Garder » ou « Écarter » pour au moins une proposition.', error: true });
    } else {
      setPending(true);
      try {
        setMessage({ text: await send(keep, reject), error: false });
        setChoices({});
      } catch (error) {
        setMessage({
          text: error instanceof ApiError ? error.message : 'Vos choix n’ont pas pu être enregistrés. Réessayez.',
          error: true,
        });
      } finally {
        setPending(false);
      }
    }
    window.setTimeout(() => status.current?.focus(), 50);
  };
  const setAll = (keys: string[], choice: Choice) =>
    setChoices((current) => ({ ...current, ...Object.fromEntries(keys.map((k) => [k, choice])) }));
  return { choices, setChoices, message, pending, status, decide, setAll };
}

function DecisionStatus({
  message,
  refEl,
}: {
  message: { text: string; error: boolean } | null;
  refEl: RefObject<HTMLDivElement | null>;
}) {
  return (
    <div
      ref={refEl}
      tabIndex={-1}
      role="status"
      className={message ? `notice notice-${message.error ? 'warning' : 'success'}` : undefined}
    >
      {message ? <p>{message.text}</p> : null}
    </div>
  );
}

export function RomeProposals({ experience, onDone }: { experience: ExperienceView; onDone: () => void }) {
  const { bilanId, refresh } = usePortfolio();
  const client = useQueryClient();
  const headingId = useId();
  const query = useQuery({
    queryKey: portfolioKeys.proposals(bilanId, experience.id),
    queryFn: () => call(portfolioEndpoints.proposals, { params: { id: bilanId, itemId: experience.id } }),
  });
  const d = useDecisions();
  const groups = query.data?.groups ?? [];
  return (
    <div className="portfolio-panel" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>Compétences du métier « {experience.appellation?.label ?? experience.title} »</h4>
      <p>
        Gardez ce qui correspond à ce que vous avez vraiment fait ; écartez le reste, il ne sera plus proposé. Rien
        n’entre dans le portefeuille sans ce choix.
      </p>
      <DecisionStatus message={d.message} refEl={d.status} />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {query.data && groups.length === 0 ? (
        <p>Toutes les compétences de ce métier sont déjà dans le portefeuille ou ont été écartées.</p>
      ) : null}
      {groups.length > 0 ? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void d.decide(async (keep, reject) => {
              const result = await call(portfolioEndpoints.decideProposals, {
                params: { id: bilanId, itemId: experience.id },
                body: { keep, reject },
              });
              await Promise.all([
                refresh(),
                client.invalidateQueries({ queryKey: portfolioKeys.proposals(bilanId, experience.id) }),
              ]);
              return outcome(result.created.length, result.linked.length, result.rejected.length);
            });
          }}
        >
          {groups.map((group, index) => (
            // The groups core to the job (and the first) open; the others one click away.
            <details key={group.key} className="portfolio-proposal-details" open={group.core || index === 0}>
              <summary>
                {group.label} ({group.items.length}){group.core ? ' — cœur du métier' : ''}
              </summary>
              {group.items.length > 1 ? (
                <div className="button-row">
                  <Button
                    size="small"
                    variant="quiet"
                    onPress={() =>
                      d.setAll(
                        group.items.map((i) => i.codeOgr),
                        'keep',
                      )
                    }
                  >
                    Tout garder<span className="visually-hidden"> : {group.label}</span>
                  </Button>
                  <Button
                    size="small"
                    variant="quiet"
                    onPress={() =>
                      d.setAll(
                        group.items.map((i) => i.codeOgr),
                        'reject',
                      )
                    }
                  >
                    Tout écarter<span className="visually-hidden"> : {group.label}</span>
                  </Button>
                </div>
              ) : null}
              {group.items.map((item) => (
                <KeepOrReject
                  key={item.codeOgr}
                  name={`proposition-${experience.id.slice(0, 8)}-${item.codeOgr}`}
                  item={{
                    key: item.codeOgr,
                    label: item.label,
                    detail:
                      item.core === 'principale'
                        ? '(essentielle au métier)'
                        : item.core === 'emergente'
                          ? '(de plus en plus demandée)'
                          : undefined,
                  }}
                  choice={d.choices[item.codeOgr]}
                  onChoose={(choice) => d.setChoices((current) => ({ ...current, [item.codeOgr]: choice }))}
                />
              ))}
            </details>
          ))}
          <div className="form-actions">
            <Button type="submit" variant="primary" isPending={d.pending}>
              Enregistrer mes choix
            </Button>
            <Button variant="quiet" onPress={onDone}>
              Fermer les propositions
            </Button>
          </div>
        </form>
      ) : (
        <p>
          <Button variant="quiet" onPress={onDone}>
            Fermer les propositions
          </Button>
        </p>
      )}
      <RomeCredit />
    </div>
  );
}

const rating = (value: number | null) =>
  value === null ? null : `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(value)} sur 4`;

/** The savoir-être brought out by the questionnaire and the 360°, to keep or set aside. */
export function SavoirEtreProposals({ onDone }: { onDone: () => void }) {
  const { bilanId, refresh, viewer } = usePortfolio();
  const client = useQueryClient();
  const headingId = useId();
  const query = useQuery({
    queryKey: portfolioKeys.savoirEtre(bilanId),
    queryFn: () => call(portfolioEndpoints.savoirEtreProposals, { params: { id: bilanId } }),
  });
  const d = useDecisions();
  const data = query.data;
  const own = viewer === 'beneficiary' ? 'Votre réponse' : 'Sa réponse';
  return (
    <div className="portfolio-panel" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>Savoir-être issus du questionnaire et du regard des autres</h3>
      <DecisionStatus message={d.message} refEl={d.status} />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {data ? (
        <>
          {data.questionnaire === 'not_assigned' ? (
            <p>
              Le questionnaire des savoir-être n’a pas été proposé dans ce bilan : il n’y a donc rien à proposer d’après
              lui pour l’instant.
            </p>
          ) : data.questionnaire === 'not_submitted' ? (
            <p>
              Le questionnaire des savoir-être n’a pas encore été envoyé : ses propositions apparaîtront ici une fois
              les réponses envoyées.
            </p>
          ) : null}
          {data.feedback === 'insufficient' ? (
            <p>Le regard des autres n’a pas encore assez de réponses pour être pris en compte.</p>
          ) : null}
          {data.proposals.length === 0 && data.questionnaire === 'submitted' ? (
            <p>Aucun nouveau savoir-être à proposer : ils sont déjà dans le portefeuille ou ont été écartés.</p>
          ) : null}
          {data.proposals.length > 0 ? (
            <form
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void d.decide(async (keep, reject) => {
                  const result = await call(portfolioEndpoints.decideSavoirEtre, {
                    params: { id: bilanId },
                    body: { keep, reject },
                  });
                  await Promise.all([
                    refresh(),
                    client.invalidateQueries({ queryKey: portfolioKeys.savoirEtre(bilanId) }),
                  ]);
                  return outcome(result.created.length, result.linked.length, result.rejected.length);
                });
              }}
            >
              {data.proposals.map((p) => (
                <KeepOrReject
                  key={p.skillId}
                  name={`savoir-etre-${p.skillId}`}
                  item={{
                    key: p.skillId,
                    label: p.label,
                    detail: `(${[
                      p.selfRating !== null ? `${own} : ${rating(p.selfRating)}` : null,
                      p.othersMean !== null ? `les autres : ${rating(p.othersMean)} en moyenne` : null,
                    ]
                      .filter(Boolean)
                      .join(' ; ')})`,
                  }}
                  choice={d.choices[p.skillId]}
                  onChoose={(choice) => d.setChoices((current) => ({ ...current, [p.skillId]: choice }))}
                />
              ))}
              <div className="form-actions">
                <Button type="submit" variant="primary" isPending={d.pending}>
                  Enregistrer mes choix
                </Button>
              </div>
            </form>
          ) : null}
        </>
      ) : null}
      <p>
        <Button variant="quiet" onPress={onDone}>
          Fermer les propositions de savoir-être
        </Button>
      </p>
    </div>
  );
}
