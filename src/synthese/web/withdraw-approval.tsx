/**
 * The beneficiary withdraws their approval before the synthesis is delivered (decision 052): a
 * confirmation that says what follows (the consultant·e corrects, a new version to approve) with
 * an optional message to the consultant·e. Shown only while the server allows it.
 */
import { useState } from 'react';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import { SYNTHESE_LIMITS, WithdrawApprovalSchema, type SyntheseApprovalView } from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { TextArea } from '../../ui/Form.tsx';
import { focusLater } from '../../ui/Page.tsx';
import { frenchCount } from '../../portfolio/domain/portfolio.ts';

/** Where focus goes once the approval is withdrawn (the button is gone): the version to read again. */
export const AFTER_WITHDRAWAL_ANCHOR = 'version-a-lire';

export function WithdrawApproval({
  bilanId,
  approval,
  onDone,
}: {
  bilanId: string;
  approval: SyntheseApprovalView;
  onDone: (message: string) => Promise<unknown>;
}) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <ConfirmDialog
      triggerLabel="Retirer mon approbation"
      triggerVariant="secondary"
      title="Retirer votre approbation ?"
      irreversible={`Votre approbation de la version ${approval.versionNumber} ne vaudra plus : votre synthèse ne pourra pas vous être remise tant que vous n’aurez pas approuvé une nouvelle version.`}
      confirmLabel="Retirer mon approbation"
      onOpenChange={(open) => {
        if (!open) setError(undefined);
      }}
      onConfirm={async () => {
        setError(undefined);
        const parsed = WithdrawApprovalSchema.safeParse({ message });
        if (!parsed.success) {
          const text = parsed.error.issues[0]!.message;
          setError(text);
          throw new ApiError(422, 'validation_failed', 'Certaines informations sont à corriger.', { message: text });
        }
        try {
          await call(syntheseEndpoints.withdrawApproval, { params: { id: bilanId }, body: { message } });
        } catch (cause) {
          if (cause instanceof ApiError && cause.fields.message) setError(cause.fields.message);
          throw cause;
        }
        setMessage('');
        await onDone(
          'Vous avez retiré votre approbation. Votre consultant·e peut corriger la synthèse ; vous approuverez la nouvelle version.',
        );
        focusLater(AFTER_WITHDRAWAL_ANCHOR);
      }}
    >
      <p>
        Votre consultant·e pourra alors corriger le document de synthèse et publier une nouvelle version. Vous la
        relirez, puis vous l’approuverez à nouveau.
      </p>
      <TextArea
        name="withdrawalMessage"
        label="Message à votre consultant·e"
        optional
        value={message}
        onChange={setMessage}
        error={error}
        hint={`Dites ce qui est à corriger (${frenchCount(SYNTHESE_LIMITS.withdrawalMessage)} caractères au plus).`}
      />
    </ConfirmDialog>
  );
}
