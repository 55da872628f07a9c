import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { CreateBilanSchema } from '../contracts/schemas.ts';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { FINANCING_LABELS } from '../../financing/contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { Page } from '../../ui/Page.tsx';
import { Form, SelectField, TextField, useSubmit } from '../../ui/Form.tsx';
import { FINANCINGS } from '../../financing/domain/catalog.ts';
import { bilanKeys } from './query-keys.ts';
import { CategorySelect } from '../../bpf/web/category-field.tsx';
import { defaultCategory } from '../../bpf/domain/categories.ts';
import type { Financing } from '../../financing/domain/catalog.ts';

const LABELS: Record<string, string> = {
  'beneficiary.firstName': 'Prénom',
  'beneficiary.lastName': 'Nom',
  'beneficiary.email': 'Adresse e-mail',
  financing: 'Financement',
  plannedHours: 'Heures d’accompagnement prévues',
  beneficiaryCategory: 'Situation de la ou du bénéficiaire',
};

export function NewBilanPage() {
  const [values, setValues] = useState({
    firstName: '',
    lastName: '',
    email: '',
    financing: '',
    plannedHours: '24',
    category: '',
  });
  const navigate = useNavigate();
  const client = useQueryClient();
  const { errors, pending, submit } = useSubmit(
    CreateBilanSchema,
    (data) => call(bilanEndpoints.create, { body: { ...data, plannedHours: values.plannedHours } }),
    (result) => {
      void client.invalidateQueries({ queryKey: bilanKeys.consultantHome });
      // The new bilan's page: its préliminaire starts there.
      navigate(`/consultant/bilans/${result.bilanId}`, {
        state: { created: `${values.firstName} ${values.lastName}` },
      });
    },
  );
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  // The financing pre-fills the category (BPF frame F-1) until it is chosen by hand.
  const [categoryTouched, setCategoryTouched] = useState(false);
  const setFinancing = (financing: string) =>
    setValues((v) => ({
      ...v,
      financing,
      category: categoryTouched || !financing ? v.category : (defaultCategory(financing as Financing) ?? ''),
    }));
  const e = errors?.fields ?? {};
  return (
    <Page
      title="Créer un bilan"
      intro={
        <p>
          Le bilan commence en phase préliminaire. La ou le bénéficiaire reçoit par courriel une invitation pour ouvrir
          son espace personnel.
        </p>
      }
    >
      <Form
        onSubmit={() =>
          void submit({
            beneficiary: { firstName: values.firstName, lastName: values.lastName, email: values.email },
            financing: values.financing,
            plannedHours: values.plannedHours,
            beneficiaryCategory: values.category,
          })
        }
        errors={errors}
        labels={LABELS}
        submitLabel="Créer le bilan et inviter"
        pending={pending}
      >
        <fieldset>
          <legend>Bénéficiaire</legend>
          <TextField
            name="beneficiary.firstName"
            label={LABELS['beneficiary.firstName']!}
            value={values.firstName}
            onChange={set('firstName')}
            error={e['beneficiary.firstName']}
            autoComplete="off"
          />
          <TextField
            name="beneficiary.lastName"
            label={LABELS['beneficiary.lastName']!}
            value={values.lastName}
            onChange={set('lastName')}
            error={e['beneficiary.lastName']}
            autoComplete="off"
          />
          <TextField
            name="beneficiary.email"
            type="email"
            label={LABELS['beneficiary.email']!}
            value={values.email}
            onChange={set('email')}
            error={e['beneficiary.email']}
            autoComplete="off"
            spellCheck={false}
          />
        </fieldset>
        <fieldset>
          <legend>Bilan</legend>
          <SelectField
            name="financing"
            label={LABELS.financing!}
            value={values.financing}
            onChange={setFinancing}
            error={e.financing}
            placeholder="Choisissez un financement"
            options={FINANCINGS.map((f) => ({ value: f, label: FINANCING_LABELS[f] }))}
          />
          <TextField
            name="plannedHours"
            label={LABELS.plannedHours!}
            value={values.plannedHours}
            onChange={set('plannedHours')}
            error={e.plannedHours}
            inputMode="decimal"
            autoComplete="off"
            hint="Temps passé avec la ou le bénéficiaire, hors travail personnel : 24 h au plus (13 h au moins pour le CPF). Par exemple 24 ou 18,5."
          />
          <CategorySelect
            name="beneficiaryCategory"
            value={values.category}
            onChange={(category) => {
              setCategoryTouched(true);
              set('category')(category);
            }}
            error={e.beneficiaryCategory}
          />
        </fieldset>
      </Form>
    </Page>
  );
}
