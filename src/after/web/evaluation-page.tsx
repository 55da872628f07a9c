/**
 * The évaluation à chaud or à froid, answered through the e-mailed link without signing in.
 * Scale and single-choice questions are radio groups (fieldset + legend); free texts are
 * optional. The questionnaire comes from the server (questionnaire engine definition).
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { z } from 'zod';
import { call } from '../../ui/api.ts';
import { afterEndpoints } from '../contracts/endpoints.ts';
import { afterKeys } from './query-keys.ts';
import { formatDate } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, TextArea, fieldId, useSubmit } from '../../ui/Form.tsx';

type Answers = Record<string, string | number>;

function RadioGroup({
  name,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string | number; label: string }[];
  value: string | number | undefined;
  onChange: (v: string | number) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className={error ? 'field-invalid' : undefined}
      aria-describedby={error ? `${fieldId(name)}-erreur` : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p className="field-error" id={`${fieldId(name)}-erreur`}>
          <span className="visually-hidden">Erreur : </span>
          {error}
        </p>
      ) : null}
      {options.map((o, index) => {
        const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
        return (
          <div className="field-checkbox" key={String(o.value)}>
            <input type="radio" id={id} name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
            <label htmlFor={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function EvaluationPage() {
  const { token = '' } = useParams();
  const form = useQuery({
    queryKey: afterKeys.evaluation(token),
    queryFn: () => call(afterEndpoints.evaluationForm, { params: { token } }),
    retry: false,
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [sent, setSent] = useState(false);
  const { errors, pending, submit } = useSubmit(
    z.object({ answers: z.record(z.string(), z.unknown()) }),
    (data) => call(afterEndpoints.answerEvaluation, { params: { token }, body: data }),
    () => setSent(true),
  );

  if (form.isPending)
    return (
      <Page title="Votre avis sur votre bilan">
        <Loading />
      </Page>
    );
  if (form.isError)
    return (
      <Page title="Questionnaire indisponible">
        <LoadError error={form.error} />
      </Page>
    );
  if (sent) {
    return (
      <Page title="Merci pour votre avis">
        <Notice tone="success">
          <p>Vos réponses sont enregistrées. Elles nous aident à améliorer nos accompagnements.</p>
        </Notice>
      </Page>
    );
  }
  const definition = form.data.questionnaire;
  const labels: Record<string, string> = {};
  for (const section of definition.sections)
    for (const q of section.questions) labels[q.id] = q.label.replace(/[\s\u00a0\u202f]*[.?!]$/u, '');
  const set = (id: string) => (value: string | number) => setAnswers((a) => ({ ...a, [id]: value }));
  const payload = () =>
    Object.fromEntries(Object.entries(answers).filter(([, v]) => !(typeof v === 'string' && v.trim() === '')));
  return (
    <Page
      title={definition.title}
      intro={
        <p>
          Bonjour {form.data.firstName}. {definition.intro} Questionnaire de {form.data.organisationName}, à remplir au
          plus tard le {formatDate(form.data.expiresOn)}.
        </p>
      }
    >
      <Form
        onSubmit={() => void submit({ answers: payload() })}
        errors={errors}
        labels={labels}
        submitLabel="Envoyer mes réponses"
        pending={pending}
        note="Les questions sont obligatoires, sauf les commentaires."
      >
        {definition.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{section.title}</h2>
            {section.questions.map((q) => {
              if (q.type === 'scale') {
                return (
                  <RadioGroup
                    key={q.id}
                    name={q.id}
                    legend={q.label}
                    value={answers[q.id]}
                    onChange={set(q.id)}
                    error={errors?.fields[q.id]}
                    options={q.anchors.map((a) => ({ value: a.value, label: a.label }))}
                  />
                );
              }
              if (q.type === 'single_choice') {
                return (
                  <RadioGroup
                    key={q.id}
                    name={q.id}
                    legend={q.label}
                    value={answers[q.id]}
                    onChange={set(q.id)}
                    error={errors?.fields[q.id]}
                    options={q.options}
                  />
                );
              }
              if (q.type === 'long_text') {
                return (
                  <TextArea
                    key={q.id}
                    name={q.id}
                    label={q.label}
                    optional={!q.required}
                    value={String(answers[q.id] ?? '')}
                    onChange={set(q.id)}
                    error={errors?.fields[q.id]}
                  />
                );
              }
              return null;
            })}
          </section>
        ))}
      </Form>
    </Page>
  );
}
