/**
 * The beneficiary's category (BPF frame F-1): the select of the bilan's creation, and the dossier's
 * small form where the consultant (or an admin, from the BPF page) records or changes it.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { SelectField, Form, useSubmit } from '../../ui/Form.tsx';
import { call } from '../../ui/api.ts';
import {
  BENEFICIARY_CATEGORIES,
  CATEGORY_LABELS,
  CATEGORY_LINES,
  type BeneficiaryCategory,
} from '../domain/categories.ts';
import { bpfEndpoints } from '../contracts/endpoints.ts';
import { CategorySchema } from '../contracts/schemas.ts';
import { bpfKeys } from './query-keys.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';

const OPTIONS = BENEFICIARY_CATEGORIES.map((c) => ({ value: c, label: `${CATEGORY_LINES[c]}. ${CATEGORY_LABELS[c]}` }));
const HINT =
  'Pour le bilan pédagogique et financier (cadre F-1) : la situation de la personne au début du bilan. Avec le CPF, une personne salariée relève de « a », une personne en recherche d’emploi de « c ».';

export function CategorySelect({
  name,
  value,
  onChange,
  error,
  label = 'Situation de la ou du bénéficiaire',
}: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  label?: string;
}) {
  return (
    <SelectField
      name={name}
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      hint={HINT}
      placeholder="Choisissez une situation"
      options={OPTIONS}
    />
  );
}

/** The form of one bilan's category; `onSaved` after a change (the BPF page refreshes its figures). */
export function CategoryForm({
  bilanId,
  initial,
  label,
  onSaved,
}: {
  bilanId: string;
  initial: BeneficiaryCategory | null;
  label?: string;
  onSaved: (category: BeneficiaryCategory) => void;
}) {
  const [value, setValue] = useState<string>(initial ?? '');
  const client = useQueryClient();
  const { errors, pending, submit } = useSubmit(
    CategorySchema,
    (data) => call(bpfEndpoints.setCategory, { params: { id: bilanId }, body: data }),
    (result) => {
      void client.invalidateQueries({ queryKey: bpfKeys.all });
      if (result.category) onSaved(result.category);
    },
  );
  // One form per bilan on the BPF page: each field has its own name, its errors follow it.
  const name = `categorie-${bilanId}`;
  const shown = errors
    ? {
        ...errors,
        fields: Object.fromEntries(Object.entries(errors.fields).map(([k, v]) => [k === 'category' ? name : k, v])),
      }
    : null;
  return (
    <Form
      onSubmit={() => void submit({ category: value })}
      errors={shown}
      labels={{ [name]: label ?? 'Situation de la ou du bénéficiaire' }}
      submitLabel="Enregistrer la situation"
      pending={pending}
    >
      <CategorySelect name={name} label={label} value={value} onChange={setValue} error={shown?.fields[name]} />
    </Form>
  );
}

/** In the dossier (financing and documents): the category, pre-filled from the financing. */
export function DossierCategorySection({
  bilanId,
  onChanged,
}: {
  bilanId: string;
  onChanged: (message: string) => void;
}) {
  const data = useQuery({
    queryKey: bpfKeys.category(bilanId),
    queryFn: () => call(bpfEndpoints.category, { params: { id: bilanId } }),
  });
  return (
    <section aria-labelledby="situation-bpf">
      <h2 id="situation-bpf">Situation de la ou du bénéficiaire</h2>
      {data.isPending ? (
        <Loading />
      ) : data.isError ? (
        <LoadError error={data.error} />
      ) : (
        <>
          {data.data.category === null ? (
            <p>
              Pas encore renseignée
              {data.data.suggested ? ` : le financement laisse penser « ${CATEGORY_LABELS[data.data.suggested]} »` : ''}
              .
            </p>
          ) : null}
          <CategoryForm
            key={data.data.category ?? 'none'}
            bilanId={bilanId}
            initial={data.data.category ?? data.data.suggested}
            onSaved={() => onChanged('La situation de la ou du bénéficiaire est enregistrée.')}
          />
        </>
      )}
    </section>
  );
}
