/**
 * One section of the consultant's draft: its text with autosave (the portfolio's engine: drafts
 * kept in this browser, optimistic revision, the two versions offered on a 409), and the
 * pre-filled passages shown apart with where each comes from, to take into the text or set aside.
 * Nothing proposed reaches the beneficiary: only the text, once published.
 */
import { useEffect, useRef, useState } from 'react';
import { RefreshCw } from 'lucide-react';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import { SaveSectionSchema, type SyntheseDraftSectionView, type SyntheseProposalView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { fieldId } from '../../ui/Form.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { SaveLine, StaleChoice, useItemAutosave } from '../../portfolio/web/autosave.tsx';
import { SYNTHESE_DRAFT_SCOPE, focusLater, sectionAnchor, useSynthese } from './context.ts';
import { pendingProposals } from './view-model.ts';

interface SectionForm {
  text: string;
}

/** The section as the autosave engine knows an item (its key stands for an id). */
interface SavedSection {
  id: string;
  revision: number;
  updatedAt: string;
  text: string;
  updatedBy: { name: string };
}

function toSaved(section: SyntheseDraftSectionView): SavedSection {
  return {
    id: section.key,
    revision: section.revision,
    updatedAt: section.updatedAt ?? new Date().toISOString(),
    text: section.text,
    updatedBy: { name: section.updatedBy?.name ?? 'l’autre personne' },
  };
}

/** The 409's `details.current` is a section view: read only what both shapes share. */
const fromView = (view: { text: string }): SectionForm => ({ text: view.text });

function SectionText({ section, editable }: { section: SyntheseDraftSectionView; editable: boolean }) {
  const { bilanId, editors, replaceSection } = useSynthese();
  const save = useItemAutosave<SectionForm, SavedSection>({
    bilanId,
    kind: 'synthese-section',
    id: section.key,
    serverRevision: section.revision,
    initial: { text: section.text },
    toBody: (form, revision) => ({ revision, text: form.text }),
    schema: SaveSectionSchema,
    save: async (body) => {
      const { section: saved } = await call(syntheseEndpoints.saveSection, {
        params: { id: bilanId, key: section.key },
        body: body as { revision: number; text: string },
      });
      replaceSection(saved);
      return toSaved(saved);
    },
    fromView,
    onSaved: () => undefined,
    enabled: editable,
    draftScope: SYNTHESE_DRAFT_SCOPE,
    staleCode: 'synthese_stale',
  });
  const handle = useRef(save);
  handle.current = save;
  useEffect(() => {
    editors.set(section.key, { flush: () => handle.current.flush(), hasUnsent: () => handle.current.hasUnsent() });
    return () => {
      editors.delete(section.key);
    };
  }, [editors, section.key]);
  const name = `synthese-texte-${section.key}`;
  const error = save.fields['text'];
  return (
    <div className="synthese-text">
      {save.stale ? (
        <StaleChoice
          mine={save.form}
          theirs={fromView(save.stale)}
          by={save.stale.updatedBy.name}
          at={formatDateTime(save.stale.updatedAt)}
          labels={{ text: 'Texte de la partie' }}
          show={(_key, form) => form.text}
          onKeepMine={save.keepMine}
          onTakeTheirs={save.takeTheirs}
        />
      ) : null}
      <div className={`field${error ? ' field-invalid' : ''}`}>
        <label htmlFor={fieldId(name)}>
          Texte de la partie<span className="visually-hidden"> « {section.heading} »</span>
        </label>
        <p className="hint" id={`${fieldId(name)}-aide`}>
          Séparez les paragraphes par une ligne vide. Enregistré automatiquement ; rien n’est montré au ou à la
          bénéficiaire avant la publication d’une version.
        </p>
        {error ? (
          <p className="field-error" id={`${fieldId(name)}-erreur`}>
            <span className="visually-hidden">Erreur : </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={fieldId(name)}
          name={name}
          rows={Math.min(18, Math.max(5, save.form.text.split('\n').length + 2))}
          value={save.form.text}
          readOnly={!editable}
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${fieldId(name)}-aide`, error ? `${fieldId(name)}-erreur` : null]
            .filter(Boolean)
            .join(' ')}
          onChange={(event) => save.update({ text: event.target.value })}
        />
      </div>
      <SaveLine status={save.status} savedAt={save.savedAt} message={save.message} />
    </div>
  );
}

function Proposal({
  proposal,
  heading,
  editable,
  onDecide,
}: {
  proposal: SyntheseProposalView;
  heading: string;
  editable: boolean;
  onDecide: (proposal: SyntheseProposalView, decision: 'accept' | 'reject') => Promise<void>;
}) {
  const [pending, setPending] = useState<'accept' | 'reject' | null>(null);
  const decide = async (decision: 'accept' | 'reject') => {
    setPending(decision);
    try {
      await onDecide(proposal, decision);
    } finally {
      setPending(null);
    }
  };
  return (
    <li className="synthese-proposal" id={`proposition-${proposal.id}`} tabIndex={-1}>
      <p className="synthese-proposal-source">
        <StatusChip tone="info">Proposé</StatusChip> {proposal.source}
      </p>
      <blockquote>
        {proposal.text.split('\n').map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </blockquote>
      {editable ? (
        <div className="button-row">
          <Button
            variant="secondary"
            size="small"
            isPending={pending === 'accept'}
            onPress={() => void decide('accept')}
          >
            Reprendre dans le texte<span className="visually-hidden"> de « {heading} »</span>
          </Button>
          <Button variant="quiet" size="small" isPending={pending === 'reject'} onPress={() => void decide('reject')}>
            Écarter<span className="visually-hidden"> ce passage de « {heading} »</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

export function DraftSection({ section, editable }: { section: SyntheseDraftSectionView; editable: boolean }) {
  const { bilanId, editors, replaceSection } = useSynthese();
  const toast = useToast();
  // A new editor after a passage is taken into the text: it starts from the server's new text.
  const [fresh, setFresh] = useState<{ generation: number; section: SyntheseDraftSectionView } | null>(null);
  const pending = pendingProposals(section);
  const decided = section.proposals.length - pending.length;
  const onDecide = async (proposal: SyntheseProposalView, decision: 'accept' | 'reject') => {
    const editor = editors.get(section.key);
    if (decision === 'accept' && editor?.hasUnsent()) {
      await editor.flush();
      if (editor.hasUnsent()) {
        toast(
          'Le texte de cette partie n’est pas encore enregistré : reprenez le passage une fois enregistré.',
          'warning',
        );
        return;
      }
    }
    try {
      const { section: saved } = await call(syntheseEndpoints.decideProposal, {
        params: { id: bilanId, itemId: proposal.id },
        body: { decision },
      });
      replaceSection(saved);
      if (decision === 'accept') setFresh((f) => ({ generation: (f?.generation ?? 0) + 1, section: saved }));
      toast(
        decision === 'accept'
          ? 'Le passage est repris à la fin du texte : relisez-le et reformulez-le.'
          : 'Le passage est écarté.',
      );
      const next = pendingProposals(saved)[0];
      focusLater(next ? `proposition-${next.id}` : `${sectionAnchor(section.key)}-titre`);
    } catch (error) {
      toast(error instanceof Error ? error.message : 'L’action n’a pas abouti.', 'danger');
    }
  };
  return (
    <section className="synthese-section portfolio-item" aria-labelledby={`${sectionAnchor(section.key)}-titre`}>
      <div className="portfolio-item-head">
        <h3 id={`${sectionAnchor(section.key)}-titre`} tabIndex={-1}>
          {section.heading}
        </h3>
        {section.changedSincePublished ? (
          <StatusChip tone="warning">Modifiée depuis la dernière version</StatusChip>
        ) : null}
      </div>
      <div className="synthese-columns">
        <SectionText key={fresh?.generation ?? 0} section={fresh?.section ?? section} editable={editable} />
        {pending.length > 0 || decided > 0 ? (
          <div className="synthese-proposals">
            <h4>
              Passages proposés d’après le dossier
              <span className="visually-hidden"> pour « {section.heading} »</span>
            </h4>
            {pending.length === 0 ? (
              <p className="muted">Tous les passages proposés ont été repris ou écartés ({decided}).</p>
            ) : (
              <>
                <p className="muted">
                  Invisibles du ou de la bénéficiaire tant que vous ne les avez pas repris et publiés.
                </p>
                <ul className="synthese-proposal-list">
                  {pending.map((p) => (
                    <Proposal
                      key={p.id}
                      proposal={p}
                      heading={section.heading}
                      editable={editable}
                      onDecide={onDecide}
                    />
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** « Actualiser les propositions »: recomputed from the dossier; those already decided stay as they are. */
export function RefreshProposals() {
  const { bilanId, refresh } = useSynthese();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      icon={RefreshCw}
      isPending={pending}
      onPress={async () => {
        setPending(true);
        try {
          await call(syntheseEndpoints.refreshProposals, { params: { id: bilanId } });
          await refresh();
          toast('Les passages proposés sont actualisés d’après le dossier.');
        } catch (error) {
          toast(error instanceof Error ? error.message : 'L’action n’a pas abouti.', 'danger');
        } finally {
          setPending(false);
        }
      }}
    >
      Actualiser les propositions
    </Button>
  );
}
