/**
 * Autosave of a questionnaire's answers that never loses a character.
 *
 * Every change is written at once to localStorage (synchronously, so a reload or a closed tab
 * keeps it), then sent to the server after a short pause. Until the server has acknowledged the
 * exact answers that are on screen, the stored copy stays marked "unsent"; on the next load it
 * wins over the server's copy and is sent again. A lost network retries on the browser's
 * `online` event and every few seconds; an expired login keeps the answers here until the person
 * signs in again and comes back.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call } from '../../ui/api.ts';
import { questionnaireEndpoints } from '../contracts/endpoints.ts';
import type { Answers } from './QuestionField.tsx';
import { useDrafts } from '../../ui/drafts.ts';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'session' | 'invalid' | 'refused';

interface Stored {
  version: number;
  answers: Answers;
  unsent: boolean;
}

const DEBOUNCE_MS = 800;
const RETRY_MS = 4000;
const isStored = (value: unknown): value is Stored =>
  typeof value === 'object' && value !== null && typeof (value as Stored).version === 'number';

export function useAutosave(assignmentId: string, version: number, serverAnswers: Answers, enabled: boolean) {
  const drafts = useDrafts('reponses');
  const readStored = useCallback(() => drafts.read(assignmentId, isStored), [drafts, assignmentId]);
  const [answers, setAnswers] = useState<Answers>(() => {
    const stored = readStored();
    return stored && stored.version === version && stored.unsent
      ? { ...serverAnswers, ...stored.answers }
      : serverAnswers;
  });
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const latest = useRef(answers);
  const revision = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef(false);

  const send = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (!enabled) return;
    if (inFlight.current) {
      timer.current = window.setTimeout(() => void send(), DEBOUNCE_MS);
      return;
    }
    const sentRevision = revision.current;
    const payload = latest.current;
    inFlight.current = true;
    setStatus('saving');
    try {
      const saved = await call(questionnaireEndpoints.saveDraft, {
        params: { id: assignmentId },
        body: { version, answers: payload },
      });
      setSavedAt(saved.savedAt);
      setFieldErrors({});
      setMessage(null);
      if (revision.current === sentRevision) {
        // The server has exactly what is on screen: nothing left to keep here.
        drafts.forget(assignmentId);
        setStatus('saved');
      } else {
        setStatus('pending');
        timer.current = window.setTimeout(() => void send(), DEBOUNCE_MS);
      }
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === 'network' || error.status >= 500) {
        setStatus('offline');
        timer.current = window.setTimeout(() => void send(), RETRY_MS);
      } else if (error.status === 401) {
        setStatus('session');
      } else if (error.code === 'validation_failed') {
        setStatus('invalid');
        setFieldErrors(error.fields);
      } else {
        setStatus('refused');
        setMessage(error.message);
      }
    } finally {
      inFlight.current = false;
    }
  }, [assignmentId, version, enabled, drafts]);

  // Unsent answers found at load (after a reload, a lost network or an expired login): send them.
  useEffect(() => {
    const stored = readStored();
    if (enabled && stored && stored.version === version && stored.unsent) {
      setStatus('pending');
      void send();
    }
    const online = () => {
      if (readStored()?.unsent) void send();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      window.clearTimeout(timer.current);
    };
  }, [version, enabled, send, readStored]);

  const setAnswer = useCallback(
    (questionId: string, value: unknown) => {
      const next = { ...latest.current, [questionId]: value };
      latest.current = next;
      revision.current += 1;
      drafts.write(assignmentId, { version, answers: next, unsent: true } satisfies Stored);
      setAnswers(next);
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void send(), DEBOUNCE_MS);
    },
    [assignmentId, version, send, drafts],
  );

  return {
    answers,
    setAnswer,
    status,
    /** When the server last acknowledged the answers (ISO), shown as « Enregistré à 10 h 42 ». */
    savedAt,
    fieldErrors,
    message,
    flush: send,
    current: () => latest.current,
    /** After the final submission: the draft is no longer needed. */
    forget: () => drafts.forget(assignmentId),
  };
}

export const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Modifications en attente d’enregistrement…',
  saving: 'Enregistrement…',
  saved: 'Enregistré',
  offline:
    'Hors connexion : vos réponses sont gardées sur cet appareil et seront enregistrées dès le retour de la connexion.',
  session:
    'Votre session a expiré : vos réponses sont gardées sur cet appareil. Reconnectez-vous, puis revenez sur cette page pour les enregistrer.',
  invalid:
    'Certaines réponses ne peuvent pas être enregistrées telles quelles : voyez les messages sous les questions.',
  refused: '',
};

const clock = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' });

/** A time the French way: « 10 h 42 », « 9 h 05 ». */
export function frenchTime(iso: string): string {
  const parts = clock.formatToParts(new Date(iso));
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '';
  return `${Number(hour)} h ${minute}`;
}

/** What the save line says: « Enregistré à 10 h 42 » once the server has the answers. */
export function saveStatusText(status: SaveStatus, savedAt: string | null, message: string | null): string {
  if (status === 'refused') return message ?? '';
  if (status === 'saved' && savedAt) return `Enregistré à ${frenchTime(savedAt)}`;
  return STATUS_TEXT[status];
}
