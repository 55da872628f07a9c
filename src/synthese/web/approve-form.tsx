/**
 * The beneficiary's approval of a version: a simple electronic signature, as for the bilan's
 * documents (documents/web/sign-document.tsx): the typed name, an explicit consent box, and the
 * fingerprint of the version read sent back, so that a version changed or replaced since it was
 * read is refused (409, shown in French) rather than approved unseen.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import { ApproveVersionSchema, type SyntheseVersionView } from '../contracts/schemas.ts';
import { ApiError, call } from '../../ui/api.ts';
import { CheckboxField, Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { DocumentFingerprint } from '../../documents/web/sign-document.tsx';

const Schema = ApproveVersionSchema.omit({ consent: true }).extend({
  consent: z.boolean().refine((v) => v, 'Cochez la case pour approuver la synthèse.'),
});

export function ApproveForm({
  bilanId,
  version,
  signer,
  onDone,
  onStale,
}: {
  bilanId: string;
  version: SyntheseVersionView;
  signer: string;
  onDone: (message: string) => Promise<unknown>;
  /** A newer version or a changed text: read the synthesis again (the message stays shown). */
  onStale: () => Promise<unknown>;
}) {
  const [values, setValues] = useState({ signedName: '', consent: false });
  // A new version to read: the consent given to the previous one does not carry over.
  useEffect(() => setValues((v) => ({ ...v, consent: false })), [version.id]);
  const { errors, pending, submit } = useSubmit(
    Schema,
    async (data) => {
      try {
        return await call(syntheseEndpoints.approve, {
          params: { id: bilanId, itemId: version.id },
          body: { ...data, consent: true },
        });
      } catch (error) {
        if (error instanceof ApiError && error.code === 'synthese_version_changed') void onStale();
        throw error;
      }
    },
    () => void onDone(`Vous avez approuvé la version ${version.number} de votre synthèse.`),
  );
  return (
    <Form
      onSubmit={() => void submit({ ...values, sha256: version.sha256 })}
      errors={errors}
      labels={{ signedName: 'Prénom et nom', consent: 'Confirmation' }}
      submitLabel={`Approuver cette version (version ${version.number})`}
      pending={pending}
      note={null}
    >
      <p>
        Approuver, c’est signer électroniquement la version {version.number} telle que vous l’avez lue ci-dessus. Elle
        ne pourra plus être modifiée ensuite, sauf si vous retirez votre approbation avant sa remise ; votre
        consultant·e vous la remettra.
      </p>
      <DocumentFingerprint sha256={version.sha256} />
      <TextField
        name="signedName"
        label="Prénom et nom"
        value={values.signedName}
        onChange={(signedName) => setValues((v) => ({ ...v, signedName }))}
        error={errors?.fields.signedName}
        autoComplete="name"
        hint={`Tapez le nom de ${signer}.`}
      />
      <CheckboxField
        name="consent"
        label={`J’ai lu la version ${version.number} de ma synthèse et je l’approuve : je la signe électroniquement.`}
        checked={values.consent}
        onChange={(consent) => setValues((v) => ({ ...v, consent }))}
        error={errors?.fields.consent}
      />
    </Form>
  );
}
