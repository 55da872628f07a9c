/**
 * The confirmation before the beneficiary sends their answers: a modal native <dialog> (the rest of
 * the page is inert while it is open, Échap cancels), saying that sending cannot be undone. The
 * focus starts on « Annuler » (the safe choice) and goes back to the button that opened it.
 */
import { useEffect, useRef } from 'react';

export function SendDialog({
  open,
  pending,
  onConfirm,
  onCancel,
  returnFocus,
}: {
  open: boolean;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the focus goes once the dialog closes. */
  returnFocus: () => HTMLElement | null;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocus()?.focus();
    }
  }, [open, returnFocus]);
  return (
    <dialog
      ref={ref}
      className="send-dialog"
      aria-labelledby="envoi-titre"
      aria-describedby="envoi-detail"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id="envoi-titre">Envoyer vos réponses ?</h2>
      <div id="envoi-detail">
        <p>Votre consultant·e pourra les lire et en parler avec vous lors d’une prochaine séance.</p>
        <p>
          <strong>L’envoi est définitif :</strong> une fois envoyées, vos réponses ne pourront plus être modifiées.
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button primary" onClick={onConfirm} aria-disabled={pending || undefined}>
          Confirmer l’envoi
        </button>
        <button ref={cancelRef} type="button" className="button secondary" onClick={() => !pending && onCancel()}>
          Annuler, je relis encore
        </button>
      </div>
      {pending ? (
        <p role="status" className="pending">
          Envoi en cours…
        </p>
      ) : null}
    </dialog>
  );
}
