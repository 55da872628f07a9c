/**
 * The simple electronic signature of a document, shown beside its preview (decision 037): its
 * SHA-256, the typed name and an explicit consent box. The hash shown is sent back: the server
 * refuses the signature if the document changed since it was displayed.
 */
import { useState } from 'react';
import { z } from 'zod';
import { SignDocumentSchema } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { documentEndpoints } from '../contracts/endpoints.ts';
import { CheckboxField, Form, TextField, useSubmit } from '../../ui/Form.tsx';

const Schema = SignDocumentSchema.omit({ consent: true }).extend({
  consent: z.boolean().refine((v) => v, 'Cochez la case pour signer le document.'),
});

/** The document's fingerprint, kept out of the way: only in a « Détails techniques » disclosure. */
export function DocumentFingerprint({ sha256 }: { sha256: string }) {
  return (
    <details className="muted">
      <summary>Détails techniques</summary>
      <p>
        Empreinte du document : <code className="fingerprint">{sha256}</code>. Elle identifie la version exacte que vous
        signez et figure sur la page de signatures du document signé.
      </p>
    </details>
  );
}

export function SignDocumentForm({
  title,
  sha256,
  target,
  signer,
  onDone,
  consentLabel = 'J’ai lu ce document et je le signe électroniquement.',
}: {
  title: string;
  sha256: string;
  /**
   * A document signed from an account, the convention behind the employer's link, or the
   * convention the employer signs in person on the consultant's screen.
   */
  target: { documentId: string } | { token: string } | { inPersonDocumentId: string };
  signer: string;
  onDone: (message: string) => void;
  consentLabel?: string;
}) {
  const [values, setValues] = useState({ signedName: '', consent: false });
  const { errors, pending, submit } = useSubmit(
    Schema,
    (data) =>
      'token' in target
        ? call(documentEndpoints.signConventionWithLink, {
            params: { token: target.token },
            body: { ...data, consent: true },
          })
        : 'inPersonDocumentId' in target
          ? call(documentEndpoints.signConventionInPerson, {
              params: { id: target.inPersonDocumentId },
              body: { ...data, consent: true },
            })
          : call(documentEndpoints.sign, { params: { id: target.documentId }, body: { ...data, consent: true } }),
    () => onDone(`Le document « ${title} » est signé.`),
  );
  return (
    <Form
      onSubmit={() => void submit({ ...values, sha256 })}
      errors={errors}
      labels={{ signedName: 'Prénom et nom', consent: 'Confirmation' }}
      submitLabel={`Signer : ${title}`}
      pending={pending}
      note={null}
    >
      <DocumentFingerprint sha256={sha256} />
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
        label={consentLabel}
        checked={values.consent}
        onChange={(consent) => setValues((v) => ({ ...v, consent }))}
        error={errors?.fields.consent}
      />
    </Form>
  );
}
