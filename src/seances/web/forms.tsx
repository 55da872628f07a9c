/** The forms of the séance page: record the outcome, move, cancel, and sign the attendance. */
import { useState } from 'react';
import { z } from 'zod';
import {
  CancelSeanceSchema,
  MarkHeldSchema,
  NoShowSchema,
  RescheduleSeanceSchema,
  SignAttendanceSchema,
  type SeanceView,
} from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { seanceEndpoints } from '../contracts/endpoints.ts';
import { CheckboxField, Form, TextArea, TextField, useSubmit } from '../../ui/Form.tsx';
import { DateField, TimeField } from '../../ui/DateField.tsx';
import { dayOf, slot, timeOf } from './seance-format.ts';
import { draftWarnings } from '../domain/plan.ts';
import { SeanceWarnings } from './seance-warnings.tsx';

type Done = (message: string, warnings?: string[]) => void;

export function HeldForm({ seance, onDone }: { seance: SeanceView; onDone: Done }) {
  const [values, setValues] = useState({ actualStart: timeOf(seance.startsAt), actualEnd: timeOf(seance.endsAt) });
  const { errors, pending, submit } = useSubmit(
    MarkHeldSchema,
    (data) => call(seanceEndpoints.markHeld, { params: { id: seance.id }, body: data }),
    () => onDone('La séance est marquée comme réalisée. Elle peut maintenant être émargée.'),
  );
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={{ actualStart: 'Heure réelle de début', actualEnd: 'Heure réelle de fin' }}
      submitLabel="Enregistrer la séance comme réalisée"
      pending={pending}
      note="Indiquez les horaires réels : ce sont eux que les deux personnes attestent en émargeant."
    >
      <div className="inline-fields">
        <TimeField
          name="actualStart"
          label="Heure réelle de début"
          value={values.actualStart}
          onChange={(actualStart) => setValues((v) => ({ ...v, actualStart }))}
          error={errors?.fields.actualStart}
        />
        <TimeField
          name="actualEnd"
          label="Heure réelle de fin"
          value={values.actualEnd}
          onChange={(actualEnd) => setValues((v) => ({ ...v, actualEnd }))}
          error={errors?.fields.actualEnd}
        />
      </div>
    </Form>
  );
}

export function NoShowForm({ seance, onDone }: { seance: SeanceView; onDone: Done }) {
  const [reason, setReason] = useState('');
  const { errors, pending, submit } = useSubmit(
    NoShowSchema,
    (data) => call(seanceEndpoints.markNoShow, { params: { id: seance.id }, body: data }),
    () => onDone('L’absence est enregistrée.'),
  );
  return (
    <Form
      onSubmit={() => void submit(reason ? { reason } : {})}
      errors={errors}
      labels={{ reason: 'Précision' }}
      submitLabel="Enregistrer l’absence"
      pending={pending}
      note={null}
    >
      <TextArea
        name="reason"
        label="Précision"
        value={reason}
        onChange={setReason}
        error={errors?.fields.reason}
        optional
        hint="Par exemple : a prévenu le matin même. Pas d’informations de santé ici."
        rows={2}
      />
    </Form>
  );
}

export function RescheduleForm({ seance, onDone }: { seance: SeanceView; onDone: Done }) {
  const [values, setValues] = useState({
    date: dayOf(seance.startsAt),
    start: timeOf(seance.startsAt),
    end: timeOf(seance.endsAt),
    reason: '',
  });
  const { errors, pending, submit } = useSubmit(
    RescheduleSeanceSchema,
    (data) => call(seanceEndpoints.reschedule, { params: { id: seance.id }, body: data }),
    (result) =>
      onDone(
        'La séance est déplacée ; la ou le bénéficiaire reçoit la mise à jour par courriel.',
        result.warnings.map((w) => w.message),
      ),
  );
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  // The slot's warnings while typing; the bilan's hours are checked by the server on saving.
  const warnings = draftWarnings({ ...values, mode: seance.mode }, 0, undefined);
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={errors}
      labels={{ date: 'Nouvelle date', start: 'Heure de début', end: 'Heure de fin', reason: 'Raison du déplacement' }}
      submitLabel="Déplacer la séance"
      pending={pending}
    >
      <div className="inline-fields">
        <DateField
          name="date"
          label="Nouvelle date"
          value={values.date}
          onChange={set('date')}
          error={errors?.fields.date}
        />
        <TimeField
          name="start"
          label="Heure de début"
          value={values.start}
          onChange={set('start')}
          error={errors?.fields.start}
        />
        <TimeField
          name="end"
          label="Heure de fin"
          value={values.end}
          onChange={set('end')}
          error={errors?.fields.end}
        />
      </div>
      <SeanceWarnings title="À vérifier avant de déplacer la séance :" messages={warnings} />
      <TextArea
        name="reason"
        label="Raison du déplacement"
        value={values.reason}
        onChange={set('reason')}
        error={errors?.fields.reason}
        rows={2}
      />
    </Form>
  );
}

export function CancelForm({ seance, onDone }: { seance: SeanceView; onDone: Done }) {
  const [reason, setReason] = useState('');
  const { errors, pending, submit } = useSubmit(
    CancelSeanceSchema,
    (data) => call(seanceEndpoints.cancel, { params: { id: seance.id }, body: data }),
    () => onDone('La séance est annulée ; la ou le bénéficiaire en est informé·e par courriel.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ reason })}
      errors={errors}
      labels={{ reason: 'Raison de l’annulation' }}
      submitLabel="Annuler la séance"
      pending={pending}
      note={null}
    >
      <TextArea
        name="reason"
        label="Raison de l’annulation"
        value={reason}
        onChange={setReason}
        error={errors?.fields.reason}
        rows={2}
      />
    </Form>
  );
}

const SignForm = SignAttendanceSchema.omit({ consent: true }).extend({
  signedName: SignAttendanceSchema.shape.signedName.unwrap(),
  consent: z.boolean().refine((v) => v, 'Cochez la case pour confirmer votre présence.'),
});

/**
 * The attendance signature with a typed name and an explicit confirmation of the times shown: for
 * the beneficiary on the consultant's device (people signing for themselves use one tap).
 */
export function SignAttendanceForm({
  seance,
  signer,
  forBeneficiary,
  onDone,
}: {
  seance: SeanceView;
  signer: string;
  forBeneficiary?: boolean;
  onDone: Done;
}) {
  const [values, setValues] = useState({ signedName: '', consent: false });
  const { errors, pending, submit } = useSubmit(
    SignForm,
    (data) => call(seanceEndpoints.signAttendance, { params: { id: seance.id }, body: { ...data, consent: true } }),
    () => onDone(`L’émargement de ${signer} est enregistré.`),
  );
  const start = seance.actualStartAt ?? seance.startsAt;
  const end = seance.actualEndAt ?? seance.endsAt;
  return (
    <Form
      onSubmit={() =>
        void submit({
          ...values,
          shownStart: start,
          shownEnd: end,
          ...(forBeneficiary ? { forBeneficiary: true } : {}),
        })
      }
      errors={errors}
      labels={{ signedName: 'Prénom et nom', consent: 'Confirmation' }}
      submitLabel="Signer l’émargement"
      pending={pending}
      note={null}
    >
      <p>
        Séance du {slot(start, end)}. En signant, {signer} atteste sa présence sur ces horaires.
      </p>
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
        label={`J’atteste avoir participé à cette séance, ${slot(start, end)}.`}
        checked={values.consent}
        onChange={(consent) => setValues((v) => ({ ...v, consent }))}
        error={errors?.fields.consent}
      />
    </Form>
  );
}
