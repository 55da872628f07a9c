/**
 * The enquêtes métier of a piste: interviews, immersions and sources, each with what was learnt,
 * the notes taken per question and the debrief held with the consultant (what it confirmed, what
 * it contradicted, its effect on the feasibility). Only the consultant debriefs; both read it.
 */
import { useState } from 'react';
import { Plus } from 'lucide-react';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import { DEBRIEF_EFFECT_LABELS, ENQUETE_KIND_LABELS, type EnqueteView, type PisteView } from '../contracts/schemas.ts';
import { DEBRIEF_EFFECTS, type DebriefEffect } from '../domain/model.ts';
import { ApiError, call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { longFrenchDate } from '../../ui/DateField.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { TextArea } from '../../ui/Form.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { formatDate } from '../../ui/format.ts';
import { EXPLORATION_AUTOSAVE, focusLater, useExploration } from './context.ts';
import { usePortfolioDrafts } from '../../portfolio/web/autosave.tsx';
import { EnqueteEditor, enqueteTitle } from './enquete-form.tsx';
import { RadioGroup } from './radio-group.tsx';

function DebriefForm({ enquete, onDone }: { enquete: EnqueteView; onDone: (saved: boolean) => void }) {
  const { bilanId, refresh } = useExploration();
  const toast = useToast();
  const [confirmed, setConfirmed] = useState(enquete.debrief?.confirmed ?? '');
  const [contradicted, setContradicted] = useState(enquete.debrief?.contradicted ?? '');
  const [effect, setEffect] = useState<DebriefEffect | ''>(enquete.debrief?.effect ?? '');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const n = (field: string) => `debrief-${enquete.id.slice(0, 8)}-${field}`;
  const title = enqueteTitle(enquete);
  return (
    <form
      className="pistes-debrief"
      aria-label={`Débriefing : ${title}`}
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const problems: Record<string, string> = {};
        if (!confirmed.trim() && !contradicted.trim())
          problems['confirmed'] = 'Notez ce que l’enquête a confirmé ou ce qu’elle a contredit.';
        if (!effect)
          problems['effect'] = 'Dites si l’enquête renforce, ne change pas ou affaiblit la faisabilité de la piste.';
        setFields(problems);
        if (Object.keys(problems).length > 0) return;
        setBusy(true);
        try {
          await call(explorationEndpoints.debrief, {
            params: { id: bilanId, itemId: enquete.id },
            body: { revision: enquete.revision, confirmed, contradicted, effect: effect as DebriefEffect },
          });
          await refresh();
          toast('Le débriefing est enregistré ; la faisabilité de la piste en tient compte.');
          onDone(true);
        } catch (error) {
          if (error instanceof ApiError) {
            setFields(error.fields);
            setMessage(
              error.code === 'exploration_stale'
                ? 'L’enquête vient d’être modifiée : relisez-la, votre débriefing est toujours à l’écran.'
                : error.message,
            );
            if (error.code === 'exploration_stale') void refresh();
          } else setMessage('Le débriefing n’a pas pu être enregistré : réessayez.');
        } finally {
          setBusy(false);
        }
      }}
    >
      <h5>Débriefing avec la ou le bénéficiaire</h5>
      {message ? (
        <p className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      <TextArea
        name={n('confirmed')}
        label="Ce que l’enquête a confirmé"
        optional
        rows={3}
        value={confirmed}
        error={fields['confirmed']}
        onChange={setConfirmed}
      />
      <TextArea
        name={n('contradicted')}
        label="Ce que l’enquête a contredit"
        optional
        rows={3}
        value={contradicted}
        error={fields['contradicted']}
        onChange={setContradicted}
      />
      <RadioGroup
        name={n('effect')}
        legend="Effet sur la faisabilité"
        error={fields['effect']}
        options={DEBRIEF_EFFECTS.map((e) => ({ value: e, label: DEBRIEF_EFFECT_LABELS[e] }))}
        value={effect}
        onChange={setEffect}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={busy}>
          Enregistrer le débriefing
        </button>
        <Button variant="quiet" onPress={() => onDone(false)}>
          Annuler
        </Button>
      </div>
    </form>
  );
}

function EnqueteItem({ piste, enquete, onEdit }: { piste: PisteView; enquete: EnqueteView; onEdit: () => void }) {
  const { bilanId, editable, viewer, refresh } = useExploration();
  const toast = useToast();
  const [debriefing, setDebriefing] = useState(false);
  const title = enqueteTitle(enquete);
  const noted = enquete.questions.filter((q) => q.notes);
  const details = [
    enquete.contactRole,
    enquete.contactOrganisation,
    enquete.plannedOn ? `le ${longFrenchDate(enquete.plannedOn)}` : null,
    enquete.startedOn ? `du ${longFrenchDate(enquete.startedOn)}` : null,
    enquete.endedOn ? `au ${longFrenchDate(enquete.endedOn)}` : null,
  ].filter(Boolean);
  return (
    <li className="pistes-enquete">
      <div className="portfolio-item-head">
        <h5 id={`enquete-${enquete.id}`} tabIndex={-1}>
          {title}
        </h5>
        <StatusChip tone="info">{ENQUETE_KIND_LABELS[enquete.kind]}</StatusChip>
        <StatusChip tone={enquete.debrief ? 'success' : 'neutral'}>
          {enquete.debrief ? 'Débriefée' : 'À débriefer'}
        </StatusChip>
      </div>
      {details.length > 0 ? <p className="muted">{details.join(' · ')}</p> : null}
      {enquete.sourceUrl ? (
        <p>
          <a href={enquete.sourceUrl} rel="noreferrer noopener" target="_blank">
            {enquete.sourceUrl}
          </a>
        </p>
      ) : null}
      {enquete.kind === 'interview' ? (
        <details>
          <summary>
            Guide d’entretien : {enquete.questions.length} question{enquete.questions.length > 1 ? 's' : ''},{' '}
            {noted.length} avec des notes<span className="visually-hidden"> ({title})</span>
          </summary>
          <ol className="pistes-guide-read">
            {enquete.questions.map((q) => (
              <li key={q.id}>
                <p>{q.text}</p>
                {q.notes ? <p className="answer-text pistes-notes">{q.notes}</p> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {enquete.learnt ? (
        <p>
          <span className="muted">Ce que j’ai appris : </span>
          <span className="answer-text">{enquete.learnt}</span>
        </p>
      ) : null}
      {enquete.debrief ? (
        <dl className="portfolio-texts pistes-debrief-read">
          {enquete.debrief.confirmed ? (
            <div>
              <dt>Ce que l’enquête a confirmé</dt>
              <dd className="answer-text">{enquete.debrief.confirmed}</dd>
            </div>
          ) : null}
          {enquete.debrief.contradicted ? (
            <div>
              <dt>Ce qu’elle a contredit</dt>
              <dd className="answer-text">{enquete.debrief.contradicted}</dd>
            </div>
          ) : null}
          <div>
            <dt>Effet</dt>
            <dd>
              {DEBRIEF_EFFECT_LABELS[enquete.debrief.effect]} (débriefing avec {enquete.debrief.by.name} le{' '}
              {formatDate(enquete.debrief.at)})
            </dd>
          </div>
        </dl>
      ) : null}
      {debriefing ? (
        <DebriefForm
          enquete={enquete}
          onDone={() => {
            setDebriefing(false);
            focusLater(`enquete-${enquete.id}`);
          }}
        />
      ) : editable ? (
        <div className="button-row">
          <Button size="small" onPress={onEdit}>
            {enquete.kind === 'interview' ? 'Préparer ou noter' : 'Modifier'}
            <span className="visually-hidden"> « {title} »</span>
          </Button>
          {viewer === 'consultant' ? (
            <Button size="small" variant="primary" onPress={() => setDebriefing(true)}>
              {enquete.debrief ? 'Revoir le débriefing' : 'Débriefer'}
              <span className="visually-hidden"> « {title} »</span>
            </Button>
          ) : null}
          <ConfirmDialog
            triggerLabel="Supprimer"
            triggerVariant="quiet"
            title={`Supprimer « ${title} » ?`}
            irreversible="L’enquête, ses notes, son débriefing et les coordonnées du contact seront effacés définitivement."
            confirmLabel="Supprimer l’enquête"
            onConfirm={async () => {
              await call(explorationEndpoints.deleteEnquete, { params: { id: bilanId, itemId: enquete.id } });
              await refresh();
              toast(`L’enquête « ${title} » est supprimée.`);
              focusLater(`ajouter-enquete-${piste.id}`);
            }}
          />
        </div>
      ) : null}
    </li>
  );
}

export function Enquetes({ piste }: { piste: PisteView }) {
  const { bilanId, editable, viewer } = useExploration();
  const drafts = usePortfolioDrafts(bilanId, EXPLORATION_AUTOSAVE.draftScope);
  // A draft left in this browser (a reload, a lost network, an expired session) reopens its form.
  const [editing, setEditing] = useState<string | null>(() =>
    editable ? (drafts.ids('enquete').find((id) => piste.enquetes.some((item) => item.id === id)) ?? null) : null,
  );
  // A new one whose draft never reached the server reopens under its piste.
  const [added, setAdded] = useState<string | null>(() =>
    editable
      ? (drafts.ids('enquete', piste.id).find((id) => !piste.enquetes.some((item) => item.id === id)) ?? null)
      : null,
  );
  const addId = `ajouter-enquete-${piste.id}`;
  const close = (savedId: string | null) => {
    setEditing(null);
    setAdded(null);
    focusLater(savedId ? `enquete-${savedId}` : addId);
  };
  return (
    <div className="pistes-block">
      <h4>Enquêtes métier</h4>
      <p className="muted">
        {viewer === 'beneficiary'
          ? 'Rencontrer des professionnel·les, faire une immersion, consulter des sources : pour confronter la piste à la réalité du métier. Vous en parlerez ensuite avec votre consultant·e.'
          : 'Entretiens, immersions et sources ; le débriefing en séance met à jour la faisabilité.'}
      </p>
      {piste.enquetes.length > 0 || added ? (
        <ul className="pistes-sublist">
          {piste.enquetes
            .filter((enquete) => enquete.id !== added)
            .map((enquete) =>
              editing === enquete.id ? (
                <li key={enquete.id}>
                  <EnqueteEditor piste={piste} id={enquete.id} view={enquete} onClose={(s) => close(s ?? enquete.id)} />
                </li>
              ) : (
                <EnqueteItem key={enquete.id} piste={piste} enquete={enquete} onEdit={() => setEditing(enquete.id)} />
              ),
            )}
          {added ? (
            <li>
              <EnqueteEditor piste={piste} id={added} view={null} onClose={close} />
            </li>
          ) : null}
        </ul>
      ) : (
        <p className="muted">Aucune enquête pour cette piste.</p>
      )}
      {editable && !added ? (
        <p>
          <Button id={addId} size="small" icon={Plus} onPress={() => setAdded(crypto.randomUUID())}>
            Préparer une enquête<span className="visually-hidden"> pour « {piste.title} »</span>
          </Button>
        </p>
      ) : null}
    </div>
  );
}
