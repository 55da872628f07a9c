/**
 * « Copier et adapter » a built-in model: asks the copy's title (the model's, to change at will),
 * creates the copy through the API and opens it in the editor.
 */
import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { CopyModelSchema } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { worksheetEndpoints } from '../contracts/endpoints.ts';
import { worksheetKeys } from './query-keys.ts';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';

export function CopyModel({ modelId, modelTitle }: { modelId: string; modelTitle: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(modelTitle);
  const client = useQueryClient();
  const navigate = useNavigate();
  const openRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const name = `titre-copie-${modelId}`;
  const { errors, pending, submit } = useSubmit(
    CopyModelSchema,
    (data) => call(worksheetEndpoints.copyModel, { body: data }),
    ({ id }) => {
      void client.invalidateQueries({ queryKey: worksheetKeys.library });
      void navigate(`/consultant/cahiers/${id}`, { state: { created: true } });
    },
  );
  useEffect(() => {
    if (open) document.getElementById(`champ-${name}`)?.focus();
    else if (wasOpen.current) openRef.current?.focus();
    wasOpen.current = open;
  }, [open, name]);
  if (!open) {
    return (
      <button
        type="button"
        ref={openRef}
        className="button primary"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        Copier et adapter<span className="visually-hidden"> « {modelTitle} »</span>
      </button>
    );
  }
  const fields = errors
    ? {
        ...errors,
        fields: Object.fromEntries(Object.entries(errors.fields).map(([k, v]) => [k === 'title' ? name : k, v])),
      }
    : null;
  return (
    <div className="disclosure-panel">
      <Form
        onSubmit={() => void submit({ modelId, title })}
        errors={fields}
        labels={{ [name]: 'Titre de votre copie' }}
        submitLabel="Créer ma copie"
        pending={pending}
        note={null}
      >
        <TextField
          name={name}
          label={`Titre de votre copie de « ${modelTitle} »`}
          hint="Le titre que verra la ou le bénéficiaire ; vous pourrez le modifier ensuite."
          value={title}
          onChange={setTitle}
          error={fields?.fields[name]}
        />
      </Form>
      <button type="button" className="button link-like" onClick={() => setOpen(false)}>
        Annuler la copie
      </button>
    </div>
  );
}
