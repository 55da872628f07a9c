/** The charter's text and the signature form (typed name, explicit confirmation). */
import { useState } from 'react';
import { z } from 'zod';
import { SignCharterSchema, type CharterView } from '../contracts/checklists.ts';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { call } from '../../ui/api.ts';
import { CheckboxField, Form, TextField, useSubmit } from '../../ui/Form.tsx';

const Schema = SignCharterSchema.omit({ consent: true }).extend({
  consent: z.boolean().refine((v) => v, 'Cochez la case pour signer la charte.'),
});

export function CharterText({ charter, level = 2 }: { charter: CharterView; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="charter">
      <Heading>L’organisme et votre consultant·e s’engagent à</Heading>
      <ul>
        {charter.provider.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Heading>Vous vous engagez à</Heading>
      <ul>
        {charter.beneficiary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

export function CharterSignature({
  bilanId,
  charter,
  signer,
  onDone,
}: {
  bilanId: string;
  charter: CharterView;
  signer: string;
  onDone: (message: string) => void;
}) {
  const [values, setValues] = useState({ signedName: '', consent: false });
  const { errors, pending, submit } = useSubmit(
    Schema,
    (data) => call(bilanEndpoints.signCharter, { params: { id: bilanId }, body: { ...data, consent: true } }),
    () => onDone('La charte des engagements réciproques est signée.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ ...values, charterVersion: charter.version, textSha256: charter.textSha256 })}
      errors={errors}
      labels={{ signedName: 'Prénom et nom', consent: 'Confirmation' }}
      submitLabel="Signer la charte"
      pending={pending}
      note={null}
    >
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
        label="J’ai lu la charte des engagements réciproques et je m’engage à la respecter."
        checked={values.consent}
        onChange={(consent) => setValues((v) => ({ ...v, consent }))}
        error={errors?.fields.consent}
      />
    </Form>
  );
}
