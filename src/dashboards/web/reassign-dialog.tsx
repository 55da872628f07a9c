/**
 * Confirms handing a bilan to another consultant (decision 034) in a native modal dialog: the
 * choice of an active consultant, what follows from it, then « Confier le bilan » or « Annuler ».
 * Focus goes to the choice when it opens and back to the button that opened it when it closes.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { UserRoundCog } from 'lucide-react';
import { ApiError, call } from '../../ui/api.ts';
import { bilanEndpoints } from '../../bilans/contracts/endpoints.ts';
import type { AdminBilanRow, AdminConsultant } from '../contracts/schemas.ts';
import { dashboardKeys } from './query-keys.ts';

export function ReassignButton({
  bilan,
  consultants,
  onDone,
}: {
  bilan: AdminBilanRow;
  consultants: AdminConsultant[];
  onDone: (message: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const id = useId();
  const client = useQueryClient();
  const choices = consultants.filter((c) => c.active && c.id !== bilan.consultant.id);
  const name = `${bilan.beneficiary.firstName} ${bilan.beneficiary.lastName}`;
  const reassign = useMutation({
    mutationFn: (consultantId: string) =>
      call(bilanEndpoints.reassign, { params: { id: bilan.id }, body: { consultantId } }),
    onSuccess: async () => {
      const to = choices.find((c) => c.id === choice)?.name ?? '';
      dialog.current?.close();
      await client.invalidateQueries({ queryKey: dashboardKeys.all });
      onDone(`Le bilan de ${name} est désormais suivi par ${to}.`);
    },
  });

  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [open]);

  if (choices.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="button secondary small dash-action"
        onClick={() => {
          setChoice('');
          reassign.reset();
          setOpen(true);
        }}
      >
        <UserRoundCog aria-hidden="true" size={16} />
        <span>
          Confier<span className="visually-hidden"> le bilan de {name}</span> à…
        </span>
      </button>
      {open ? (
        <dialog ref={dialog} className="dash-dialog" aria-labelledby={`${id}-title`} onClose={() => setOpen(false)}>
          <form
            method="dialog"
            onSubmit={(event) => {
              event.preventDefault();
              if (choice) reassign.mutate(choice);
            }}
          >
            <h2 id={`${id}-title`}>Confier le bilan de {name}</h2>
            <p>
              Actuellement suivi par <strong>{bilan.consultant.name}</strong>. La personne choisie accède au dossier et
              tient les séances déjà planifiées ; {bilan.consultant.name} n’y a plus accès. Le changement est inscrit au
              journal d’audit.
            </p>
            {reassign.isError ? (
              <div role="alert" className="notice notice-error">
                <p>
                  {reassign.error instanceof ApiError
                    ? reassign.error.message
                    : 'Le bilan n’a pas pu être confié. Réessayez dans un instant.'}
                </p>
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-choice`}>Nouveau ou nouvelle consultant·e</label>
              <select
                id={`${id}-choice`}
                value={choice}
                required
                autoFocus
                onChange={(event) => setChoice(event.target.value)}
              >
                <option value="">Choisissez…</option>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="button-row">
              <button
                type="submit"
                className="button primary"
                aria-disabled={reassign.isPending || !choice || undefined}
              >
                Confier le bilan
              </button>
              <button type="button" className="button secondary" onClick={() => dialog.current?.close()}>
                Annuler
              </button>
            </div>
          </form>
        </dialog>
      ) : null}
    </>
  );
}
