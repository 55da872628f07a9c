/**
 * Autosave of an experience or a competence that never loses a character (issue 12 § 5), on the
 * engine of the questionnaires (questionnaires/web/autosave.ts): every change is written at once
 * to this browser's drafts (ui/drafts.ts, per person), then sent after a short pause when the item
 * is complete enough to be saved. Until the server has acknowledged exactly what is on screen the
 * draft stays; on the next load it reopens its form and is sent again. A lost network retries on
 * the browser's `online` event and every few seconds; an expired session keeps the draft until the
 * person signs in again. When the other person saved the item in between (409 `portfolio_stale`),
 * both versions are shown and the person keeps theirs or takes the other: nothing is lost.
 */
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { ApiError } from '../../ui/api.ts';
import { useDrafts } from '../../ui/drafts.ts';
import { Button } from '../../ui/Button.tsx';
import { ErrorSummary } from '../../ui/Form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { changedFields, sameForm } from './item-forms.ts';

/** The kinds of item edited with this autosave (the exploration's, the plan's and the synthesis's screens use it too). */
export type ItemKind =
  'experience' | 'competence' | 'piste' | 'training-need' | 'enquete' | 'action-step' | 'synthese-section';

export type ItemStatus =
  'idle' | 'pending' | 'incomplete' | 'saving' | 'saved' | 'offline' | 'session' | 'invalid' | 'stale' | 'refused';

interface ItemDraft {
  form: unknown;
  /** The revision the draft was typed on. */
  revision: number;
  /** The item it belongs to (a training need's or an enquête's piste), so a new one reopens there. */
  parentId?: string;
}
type DraftMap = Record<string, ItemDraft>;

const isDraftMap = (value: unknown): value is DraftMap => typeof value === 'object' && value !== null;
const draftKey = (kind: ItemKind, id: string) => `${kind}:${id}`;

/** The unsent drafts of a bilan's portfolio kept in this browser, by item. */
export function usePortfolioDrafts(bilanId: string, scope = 'portefeuille') {
  const drafts = useDrafts(scope);
  return {
    all: (): DraftMap => drafts.read(bilanId, isDraftMap) ?? {},
    get(kind: ItemKind, id: string): ItemDraft | null {
      return this.all()[draftKey(kind, id)] ?? null;
    },
    put(kind: ItemKind, id: string, draft: ItemDraft): boolean {
      return drafts.write(bilanId, { ...this.all(), [draftKey(kind, id)]: draft });
    },
    drop(kind: ItemKind, id: string): void {
      const { [draftKey(kind, id)]: _gone, ...rest } = this.all();
      if (Object.keys(rest).length === 0) drafts.forget(bilanId);
      else drafts.write(bilanId, rest);
    },
    /** The ids of the items of a kind that have a draft waiting (only those of `parentId` when given). */
    ids(kind: ItemKind, parentId?: string): string[] {
      return Object.entries(this.all())
        .filter(([key, draft]) => key.startsWith(`${kind}:`) && (parentId === undefined || draft.parentId === parentId))
        .map(([key]) => key.slice(kind.length + 1));
    },
  };
}

/** The problems of a body, by field, from the shared schema (null when it can be sent). */
export function schemaProblems(schema: z.ZodType, body: unknown): Record<string, string> | null {
  const parsed = schema.safeParse(body);
  if (parsed.success) return null;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? '_')] ??= issue.message;
  return fields;
}

const DEBOUNCE_MS = 1000;
const RETRY_MS = 4000;

export interface Saved {
  id: string;
  revision: number;
  updatedAt: string;
}

export function useItemAutosave<F extends object, V extends Saved>(options: {
  bilanId: string;
  kind: ItemKind;
  id: string;
  /** The revision on the server; 0 for a new item. */
  serverRevision: number;
  initial: F;
  toBody: (form: F, revision: number) => unknown;
  schema: z.ZodType;
  save: (body: unknown) => Promise<V>;
  fromView: (view: V) => F;
  onSaved: (view: V) => void;
  enabled: boolean;
  /** Where the drafts are kept in this browser (the portfolio's by default). */
  draftScope?: string;
  /** The code of the 409 that carries the other person's version. */
  staleCode?: string;
  /** The item this one belongs to, kept with its draft (see `ids`). */
  parentId?: string;
}) {
  const { bilanId, kind, id, enabled } = options;
  const currentDrafts = usePortfolioDrafts(bilanId, options.draftScope);
  // The callbacks read the latest (the person may become known after the first render).
  const draftsRef = useRef(currentDrafts);
  draftsRef.current = currentDrafts;
  const drafts = {
    get: (k: ItemKind, i: string) => draftsRef.current.get(k, i),
    put: (k: ItemKind, i: string, d: ItemDraft) => draftsRef.current.put(k, i, d),
    drop: (k: ItemKind, i: string) => draftsRef.current.drop(k, i),
  };
  const restored = useRef(currentDrafts.get(kind, id));
  const [form, setForm] = useState<F>(() => (restored.current ? (restored.current.form as F) : options.initial));
  const [status, setStatus] = useState<ItemStatus>(restored.current ? 'pending' : 'idle');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [stale, setStale] = useState<V | null>(null);
  const latest = useRef(form);
  const revision = useRef(restored.current?.revision ?? options.serverRevision);
  const changes = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef(false);
  const opts = useRef(options);
  opts.current = options;

  const send = useCallback(
    async (explicit = false): Promise<V | null> => {
      window.clearTimeout(timer.current);
      if (!opts.current.enabled) return null;
      if (inFlight.current) {
        timer.current = window.setTimeout(() => void send(explicit), DEBOUNCE_MS);
        return null;
      }
      const body = opts.current.toBody(latest.current, revision.current);
      const problems = schemaProblems(opts.current.schema, body);
      if (problems) {
        setStatus('incomplete');
        setFields((shown) => (explicit || Object.keys(shown).length > 0 ? problems : shown));
        return null;
      }
      const sent = changes.current;
      inFlight.current = true;
      setStatus('saving');
      try {
        const view = await opts.current.save(body);
        revision.current = view.revision;
        setSavedAt(view.updatedAt);
        setFields({});
        setMessage(null);
        opts.current.onSaved(view);
        if (changes.current === sent) {
          drafts.drop(kind, id);
          setStatus('saved');
        } else {
          drafts.put(kind, id, { form: latest.current, revision: revision.current, parentId: opts.current.parentId });
          setStatus('pending');
          timer.current = window.setTimeout(() => void send(), DEBOUNCE_MS);
        }
        return view;
      } catch (error) {
        if (!(error instanceof ApiError) || error.code === 'network' || error.status >= 500) {
          setStatus('offline');
          timer.current = window.setTimeout(() => void send(), RETRY_MS);
        } else if (error.status === 401) {
          setStatus('session');
        } else if (error.code === (opts.current.staleCode ?? 'portfolio_stale')) {
          const current = (error.details as { current?: V } | undefined)?.current;
          if (current && sameForm(opts.current.fromView(current), latest.current)) {
            // A creation or save retried after a lost answer: the server already has it.
            revision.current = current.revision;
            drafts.drop(kind, id);
            setSavedAt(current.updatedAt);
            opts.current.onSaved(current);
            setStatus('saved');
            return current;
          }
          setStale(current ?? null);
          setStatus('stale');
        } else if (error.code === 'validation_failed') {
          setFields(error.fields);
          setStatus('invalid');
        } else {
          setFields(error.fields);
          setMessage(error.message);
          setStatus('refused');
        }
        return null;
      } finally {
        inFlight.current = false;
      }
    },
    [bilanId, kind, id],
  );

  // A draft found at load (after a reload, a lost network or an expired session): send it.
  useEffect(() => {
    if (restored.current && enabled) void send();
    const online = () => {
      if (drafts.get(kind, id)) void send();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      window.clearTimeout(timer.current);
    };
  }, [send, enabled]);

  const update = useCallback(
    (patch: Partial<F>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      changes.current += 1;
      drafts.put(kind, id, { form: next, revision: revision.current, parentId: opts.current.parentId });
      setForm(next);
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), DEBOUNCE_MS);
    },
    [send, kind, id],
  );

  return {
    form,
    update,
    status,
    savedAt,
    fields,
    message,
    /** The version the other person saved meanwhile, while the person has not chosen. */
    stale,
    /** Sends now (the « Enregistrer » button): shows every problem of the form. */
    flush: () => send(true),
    /** Keeps what is on screen: saved over the other version. */
    keepMine: () => {
      if (!stale) return;
      revision.current = stale.revision;
      drafts.put(kind, id, { form: latest.current, revision: revision.current, parentId: opts.current.parentId });
      setStale(null);
      void send(true);
    },
    /** Takes the other person's version: the draft is dropped. */
    takeTheirs: () => {
      if (!stale) return;
      const theirs = opts.current.fromView(stale);
      latest.current = theirs;
      revision.current = stale.revision;
      drafts.drop(kind, id);
      setForm(theirs);
      setStale(null);
      setSavedAt(stale.updatedAt);
      setStatus('saved');
      opts.current.onSaved(stale);
    },
    /** Forgets what was typed (abandoning a new item, or going back to the saved version). */
    discard: () => {
      window.clearTimeout(timer.current);
      drafts.drop(kind, id);
    },
    hasUnsent: () => drafts.get(kind, id) !== null,
    /** The form opened with a draft kept in this browser (not by the person just now). */
    restored: restored.current !== null,
  };
}

const clock = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' });

/** « 10 h 42 ». */
export function frenchClock(iso: string): string {
  const parts = clock.formatToParts(new Date(iso));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${Number(hour)} h ${minute}`;
}

/** What the save line says. */
export function itemStatusText(status: ItemStatus, savedAt: string | null, message: string | null): string {
  switch (status) {
    case 'idle':
      return '';
    case 'pending':
      return 'Modifications en attente d’enregistrement…';
    case 'incomplete':
      return 'Brouillon gardé sur cet appareil : il sera enregistré dès que les informations obligatoires seront remplies.';
    case 'saving':
      return 'Enregistrement…';
    case 'saved':
      return savedAt ? `Enregistré à ${frenchClock(savedAt)}` : 'Enregistré';
    case 'offline':
      return 'Hors connexion : votre saisie est gardée sur cet appareil et sera enregistrée dès le retour de la connexion.';
    case 'session':
      return 'Votre session a expiré : votre saisie est gardée sur cet appareil. Reconnectez-vous, puis revenez sur cette page pour l’enregistrer.';
    case 'invalid':
      return 'Certaines informations ne peuvent pas être enregistrées telles quelles : voyez les messages sous les champs.';
    case 'stale':
      return 'Cet élément a été modifié entre-temps par l’autre personne du bilan ou sur un autre appareil : choisissez la version à garder.';
    case 'refused':
      return message ?? '';
  }
}

/** The save line of a form, announced politely. */
export function SaveLine({
  status,
  savedAt,
  message,
}: {
  status: ItemStatus;
  savedAt: string | null;
  message: string | null;
}) {
  return (
    <p role="status" aria-live="polite" className={`save-status save-${status} portfolio-save`}>
      {itemStatusText(status, savedAt, message)}
    </p>
  );
}

/**
 * The other person's version beside the one on screen, field by field where they differ, and the
 * choice: keep mine (saved over theirs) or take theirs (mine is dropped).
 */
export function StaleChoice<F extends object>({
  mine,
  theirs,
  by,
  at,
  labels,
  show,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: F;
  theirs: F;
  by: string;
  at: string;
  labels: Partial<Record<keyof F, string>>;
  show: (key: keyof F, form: F) => string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const keys = changedFields(mine, theirs).filter((key) => labels[key]);
  const id = useId();
  const block = useRef<HTMLDivElement>(null);
  // Brought into view (not focused: the person may be typing) when the other version arrives.
  useEffect(() => {
    block.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <div className="portfolio-stale" role="group" aria-labelledby={id} ref={block}>
      <h4 id={id}>
        {by} a enregistré une autre version le {at}
      </h4>
      <p>Comparez, puis choisissez : rien n’est perdu tant que vous n’avez pas choisi.</p>
      <dl className="portfolio-compare">
        {keys.map((key) => (
          <div key={String(key)}>
            <dt>{labels[key]}</dt>
            <dd>
              <span className="portfolio-compare-side">Votre version : </span>
              {show(key, mine) || '(vide)'}
            </dd>
            <dd>
              <span className="portfolio-compare-side">Version de {by} : </span>
              {show(key, theirs) || '(vide)'}
            </dd>
          </div>
        ))}
      </dl>
      <div className="button-row">
        <Button variant="primary" onPress={onKeepMine}>
          Garder ma version
        </Button>
        <Button variant="secondary" onPress={onTakeTheirs}>
          Prendre la version de {by}
        </Button>
      </div>
    </div>
  );
}

/** The name of a field of an item's form, unique on the page (several editors may be open). */
export const itemFieldName = (kind: ItemKind, id: string) => (field: string) => `${kind}-${id.slice(0, 8)}-${field}`;

/**
 * The frame of an experience's or a competence's editor: its heading (focused when the person
 * opens it, not when a draft reopens it at load), the summary of what is to correct on « Enregistrer
 * et fermer », the autosave note and line, the other person's version when it differs, and the way
 * out (save and close; for a new item, abandon it). The fields are the caller's `children`.
 */
export function ItemEditor<F extends object, V extends Saved & { updatedBy: { name: string } }>({
  kind,
  id,
  title,
  headingLevel,
  save,
  isNew,
  onClose,
  labels,
  note,
  discardLabel,
  toForm,
  show,
  children,
}: {
  kind: ItemKind;
  id: string;
  title: string;
  headingLevel: 3 | 4;
  save: ReturnType<typeof useItemAutosave<F, V>>;
  isNew: boolean;
  /** Closed: saved (the item's id) or abandoned (null). */
  onClose: (savedId: string | null) => void;
  labels: Partial<Record<keyof F, string>>;
  note: string;
  discardLabel: string;
  toForm: (view: V) => F;
  show: (key: keyof F, form: F) => string;
  children: ReactNode;
}) {
  const [summary, setSummary] = useState(false);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const restored = save.restored;
  useEffect(() => {
    if (!restored) heading.current?.focus();
  }, [restored]);
  const n = itemFieldName(kind, id);
  const errorFields = Object.fromEntries(Object.entries(save.fields).map(([key, message]) => [n(key), message]));
  const errorLabels = Object.fromEntries(
    Object.entries(labels as Record<string, string>).map(([key, label]) => [n(key), label]),
  );
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="portfolio-editor" role="group" aria-labelledby={headingId}>
      <Heading id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!isNew && !save.hasUnsent() && save.status !== 'stale') {
            onClose(id);
            return;
          }
          const saved = await save.flush();
          if (saved || (!save.hasUnsent() && save.status === 'saved')) onClose(saved?.id ?? id);
          else setSummary(true);
        }}
      >
        {summary && Object.keys(save.fields).length > 0 ? (
          <ErrorSummary
            errors={{ message: 'Certaines informations sont à corriger.', fields: errorFields }}
            labels={errorLabels}
          />
        ) : null}
        <p className="form-note">{note}</p>
        {save.stale ? (
          <StaleChoice
            mine={save.form}
            theirs={toForm(save.stale)}
            by={save.stale.updatedBy.name}
            at={formatDateTime(save.stale.updatedAt)}
            labels={labels}
            show={show}
            onKeepMine={save.keepMine}
            onTakeTheirs={save.takeTheirs}
          />
        ) : null}
        {children}
        <SaveLine status={save.status} savedAt={save.savedAt} message={save.message} />
        <div className="form-actions">
          <button type="submit" className="button primary">
            Enregistrer et fermer
          </button>
          {isNew ? (
            <Button
              variant="quiet"
              onPress={() => {
                save.discard();
                onClose(null);
              }}
            >
              {discardLabel}
            </Button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
