/**
 * Attendance signed in one tap from one's own account (decision 035): a large button that says
 * what it attests (the séance and its times), signs at once, and confirms where the person is
 * looking. The server keeps its rules (séance held, not signed twice, times unchanged) and answers
 * in French when it refuses.
 */
import { useEffect, useRef, useState } from 'react';
import { CircleCheck } from 'lucide-react';
import { ApiError, call } from '../../ui/api.ts';
import { seanceEndpoints } from '../contracts/endpoints.ts';
import type { AttendanceView, SeanceView } from '../contracts/schemas.ts';
import { momentFr, slotFr } from './agenda-format.ts';
import './agenda.css';

export function OneTapAttendance({
  seance,
  who,
  signature,
  onSigned,
}: {
  seance: SeanceView;
  /** Whose signature: the beneficiary's words are personal, the consultant's are an action. */
  who: 'beneficiary' | 'consultant';
  signature: AttendanceView | null;
  onSigned: () => void;
}) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [justSigned, setJustSigned] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const start = seance.actualStartAt ?? seance.startsAt;
  const end = seance.actualEndAt ?? seance.endsAt;
  const slot = slotFr(start, end);
  const signedAt = signature?.signedAt ?? justSigned;

  useEffect(() => {
    if (justSigned) doneRef.current?.focus();
  }, [justSigned]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (signedAt) {
    return (
      <div
        ref={doneRef}
        tabIndex={-1}
        role="status"
        className="notice notice-success one-tap one-tap-done notice-focus"
      >
        <CircleCheck aria-hidden="true" size={22} />
        <p>
          {who === 'beneficiary'
            ? `C’est fait : votre présence à la séance du ${slot} est enregistrée (${momentFr(signedAt)}). Merci !`
            : `Votre signature de l’émargement de la séance du ${slot} est enregistrée (${momentFr(signedAt)}).`}
        </p>
      </div>
    );
  }

  const sign = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await call(seanceEndpoints.signAttendance, {
        params: { id: seance.id },
        body: { consent: true, shownStart: start, shownEnd: end },
      });
      setJustSigned(new Date().toISOString());
      onSigned();
    } catch (e) {
      setError(
        e instanceof ApiError
          ? e.message
          : 'La signature n’a pas pu être enregistrée. Vérifiez votre connexion et réessayez.',
      );
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="one-tap">
      <p>
        {who === 'beneficiary'
          ? 'Un seul appui suffit : votre présence est enregistrée à votre nom, avec la date et l’heure. Elle ne pourra pas être retirée.'
          : 'Un seul appui suffit : votre signature est enregistrée à votre nom, avec la date et l’heure. Elle ne pourra pas être retirée.'}
      </p>
      {error ? (
        <div ref={errorRef} tabIndex={-1} role="alert" className="notice notice-error notice-focus">
          <p>{error}</p>
        </div>
      ) : null}
      <button
        type="button"
        className="button primary one-tap-button"
        aria-disabled={pending || undefined}
        onClick={() => void sign()}
      >
        {pending
          ? 'Enregistrement…'
          : who === 'beneficiary'
            ? `Je confirme ma présence à la séance du ${slot}`
            : `Je signe l’émargement de la séance du ${slot}`}
      </button>
    </div>
  );
}
