/**
 * The beneficiary's comments on a section of a published version and the consultant's answers:
 * each shows who wrote it and when; the answer form (consultant) and the comment form
 * (beneficiary) open on demand.
 */
import { useState, type ReactNode } from 'react';
import { syntheseEndpoints } from '../contracts/endpoints.ts';
import {
  AnswerCommentSchema,
  CommentSectionSchema,
  type SyntheseCommentView,
  type SyntheseSectionKey,
} from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { CheckboxField, Form, TextArea, useSubmit } from '../../ui/Form.tsx';
import { StatusChip } from '../../ui/StatusChip.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';

export function CommentItem({
  comment,
  viewer,
  answerForm,
}: {
  comment: SyntheseCommentView;
  viewer: 'consultant' | 'beneficiary';
  answerForm?: ReactNode;
}) {
  return (
    <li className="synthese-comment">
      <p className="muted">
        {viewer === 'beneficiary' ? 'Votre commentaire' : `Commentaire de ${comment.author.name}`} sur la version{' '}
        {comment.versionNumber}, le {formatDateTime(comment.createdAt)}{' '}
        {comment.answer === null ? (
          <StatusChip tone="warning">Sans réponse</StatusChip>
        ) : comment.resolved ? (
          <StatusChip tone="success">Traité</StatusChip>
        ) : (
          <StatusChip tone="info">Répondu</StatusChip>
        )}
      </p>
      <p className="synthese-prose">{comment.text}</p>
      {comment.answer !== null ? (
        <div className="synthese-answer">
          <p className="muted">
            Réponse de {comment.answeredBy?.name ?? 'votre consultant·e'}
            {comment.answeredAt ? `, le ${formatDateTime(comment.answeredAt)}` : ''}
          </p>
          <p className="synthese-prose">{comment.answer}</p>
        </div>
      ) : (
        answerForm
      )}
    </li>
  );
}

/** « Répondre » to a comment (consultant), marked as dealt with by default. */
export function AnswerForm({
  bilanId,
  comment,
  heading,
  onDone,
}: {
  bilanId: string;
  comment: SyntheseCommentView;
  heading: string;
  onDone: (message: string) => Promise<unknown>;
}) {
  const key = comment.id.slice(0, 8);
  const answerName = `reponse-${key}`;
  const resolvedName = `traite-${key}`;
  return (
    <OnDemand
      level={4}
      opener={
        <>
          Répondre<span className="visually-hidden"> au commentaire sur « {heading} »</span>
        </>
      }
      title={`Répondre au commentaire sur « ${heading} »`}
    >
      {(close) => <AnswerFields {...{ bilanId, comment, answerName, resolvedName, onDone, close }} />}
    </OnDemand>
  );
}

function AnswerFields({
  bilanId,
  comment,
  answerName,
  resolvedName,
  onDone,
  close,
}: {
  bilanId: string;
  comment: SyntheseCommentView;
  answerName: string;
  resolvedName: string;
  onDone: (message: string) => Promise<unknown>;
  close: () => void;
}) {
  const [values, setValues] = useState({ answer: '', resolved: true });
  const { errors, pending, submit } = useSubmit(
    AnswerCommentSchema,
    (data) => call(syntheseEndpoints.answerComment, { params: { id: bilanId, itemId: comment.id }, body: data }),
    () => {
      close();
      void onDone('Votre réponse est envoyée : la ou le bénéficiaire la lira avec la synthèse.');
    },
  );
  const fields = errors
    ? {
        ...errors,
        fields: Object.fromEntries(
          Object.entries(errors.fields).map(([k, m]) => [
            k === 'answer' ? answerName : k === 'resolved' ? resolvedName : k,
            m,
          ]),
        ),
      }
    : null;
  return (
    <Form
      onSubmit={() => void submit(values)}
      errors={fields}
      labels={{ [answerName]: 'Votre réponse', [resolvedName]: 'Commentaire traité' }}
      submitLabel="Envoyer la réponse"
      pending={pending}
      note="La ou le bénéficiaire lira votre réponse sous son commentaire."
    >
      <TextArea
        name={answerName}
        label="Votre réponse"
        value={values.answer}
        error={errors?.fields['answer']}
        onChange={(answer) => setValues((v) => ({ ...v, answer }))}
        rows={3}
      />
      <CheckboxField
        name={resolvedName}
        label="Le commentaire est traité (pris en compte dans la prochaine version ou sans suite)"
        checked={values.resolved}
        onChange={(resolved) => setValues((v) => ({ ...v, resolved }))}
        error={errors?.fields['resolved']}
      />
    </Form>
  );
}

/** « Commenter cette partie » (beneficiary). */
export function CommentForm({
  bilanId,
  versionId,
  sectionKey,
  heading,
  onDone,
}: {
  bilanId: string;
  versionId: string;
  sectionKey: SyntheseSectionKey;
  heading: string;
  onDone: (message: string) => Promise<unknown>;
}) {
  return (
    <OnDemand
      level={4}
      opener={
        <>
          Commenter cette partie<span className="visually-hidden"> « {heading} »</span>
        </>
      }
      title={`Votre commentaire sur « ${heading} »`}
    >
      {(close) => <CommentFields {...{ bilanId, versionId, sectionKey, onDone, close }} />}
    </OnDemand>
  );
}

function CommentFields({
  bilanId,
  versionId,
  sectionKey,
  onDone,
  close,
}: {
  bilanId: string;
  versionId: string;
  sectionKey: SyntheseSectionKey;
  onDone: (message: string) => Promise<unknown>;
  close: () => void;
}) {
  const [text, setText] = useState('');
  const name = `commentaire-${sectionKey}`;
  const { errors, pending, submit } = useSubmit(
    CommentSectionSchema,
    (data) => call(syntheseEndpoints.comment, { params: { id: bilanId, itemId: versionId }, body: data }),
    () => {
      close();
      void onDone('Votre commentaire est envoyé à votre consultant·e.');
    },
  );
  return (
    <Form
      onSubmit={() => void submit({ sectionKey, text })}
      errors={errors ? { ...errors, fields: errors.fields['text'] ? { [name]: errors.fields['text'] } : {} } : null}
      labels={{ [name]: 'Votre commentaire' }}
      submitLabel="Envoyer le commentaire"
      pending={pending}
      note="Votre consultant·e le lira et vous répondra ; seuls vous deux y avez accès."
    >
      <TextArea
        name={name}
        label="Votre commentaire"
        value={text}
        error={errors?.fields['text']}
        onChange={setText}
        rows={4}
      />
    </Form>
  );
}
