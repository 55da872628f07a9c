/**
 * The respondent's page of « le regard des autres », opened from the e-mailed link without an
 * account: only the beneficiary's first name, the behaviours to rate, two optional comments.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { z } from 'zod';
import { visibleQuestionIds } from '../../questionnaires/contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { feedbackEndpoints } from '../contracts/endpoints.ts';
import { feedbackKeys } from './query-keys.ts';
import { RESPONDENT_DATA_NOTICE } from '../domain/notice.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, useSubmit } from '../../ui/Form.tsx';
import { QuestionField, type Answers } from '../../questionnaires/web/QuestionField.tsx';

export function RespondentPage() {
  const { token = '' } = useParams();
  const form = useQuery({
    queryKey: feedbackKeys.respondentForm(token),
    queryFn: () => call(feedbackEndpoints.respondentForm, { params: { token } }),
    retry: false,
  });
  const [answers, setAnswers] = useState<Answers>({});
  const [sent, setSent] = useState(false);
  const { errors, pending, submit } = useSubmit(
    z.object({ answers: z.record(z.string(), z.unknown()) }),
    (data) => call(feedbackEndpoints.answer, { params: { token }, body: data }),
    () => setSent(true),
  );
  if (form.isPending)
    return (
      <Page title="Votre regard">
        <Loading />
      </Page>
    );
  if (form.isError)
    return (
      <Page title="Lien indisponible">
        <LoadError error={form.error} />
      </Page>
    );
  if (sent)
    return (
      <Page title="Merci pour votre regard">
        <Notice tone="success">
          <p>Vos réponses sont enregistrées, de façon anonyme. Vous pouvez fermer cette page.</p>
        </Notice>
      </Page>
    );
  const definition = form.data.definition;
  const visible = visibleQuestionIds(definition, answers);
  const labels: Record<string, string> = {};
  for (const section of definition.sections)
    for (const q of section.questions) labels[q.id] = q.label.replace(/[\s\u00a0\u202f]*[.?!:]$/u, '');
  return (
    <Page
      title={form.data.title}
      intro={
        <>
          <p>{form.data.text}</p>
          <p>{definition.intro}</p>
          <p>{RESPONDENT_DATA_NOTICE}</p>
        </>
      }
    >
      <Form
        onSubmit={() => void submit({ answers })}
        errors={errors}
        labels={labels}
        submitLabel="Envoyer mon regard"
        pending={pending}
        note="Seule la relation est obligatoire : laissez sans réponse ce que vous n’avez pas pu observer."
      >
        {definition.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`}>
            <h2 id={`section-${section.id}`}>{section.title}</h2>
            {section.intro ? <p>{section.intro}</p> : null}
            {section.questions
              .filter((q) => visible.has(q.id))
              .map((q) => (
                <QuestionField
                  key={q.id}
                  q={q}
                  value={answers[q.id]}
                  onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}
                  error={errors?.fields[q.id]}
                />
              ))}
          </section>
        ))}
      </Form>
    </Page>
  );
}
