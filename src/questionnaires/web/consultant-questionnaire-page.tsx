/**
 * The consultant reads one questionnaire of their beneficiary: the answers (draft or sent), a
 * comment per question, and for an instrument the report with the points for the debrief and
 * the debrief notes the beneficiary will read.
 */
import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { CommentSchema, DebriefSchema, type AssignmentDetail, type Question } from '../contracts/schemas.ts';
import { ASSIGNMENT_STATUS_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { questionnaireEndpoints } from '../contracts/endpoints.ts';
import { questionnaireKeys } from './query-keys.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, TextArea, useSubmit } from '../../ui/Form.tsx';
import { answerText } from './QuestionField.tsx';
import { ReportView } from '../../instruments/web/Report.tsx';

function CommentForm({ detail, q, onDone }: { detail: AssignmentDetail; q: Question; onDone: (m: string) => void }) {
  const [body, setBody] = useState('');
  const name = `commentaire-${q.id}`;
  const { errors, pending, submit } = useSubmit(
    CommentSchema,
    (data) => call(questionnaireEndpoints.comment, { params: { id: detail.id }, body: data }),
    () => {
      setBody('');
      onDone('Votre commentaire est enregistré : la ou le bénéficiaire le lira sous sa réponse.');
    },
  );
  return (
    <details className="comment-form">
      <summary>Commenter cette réponse</summary>
      <Form
        onSubmit={() => void submit({ questionId: q.id, body })}
        errors={
          errors
            ? {
                ...errors,
                fields: Object.fromEntries(Object.entries(errors.fields).map(([k, v]) => [k === 'body' ? name : k, v])),
              }
            : null
        }
        labels={{ [name]: 'Commentaire' }}
        submitLabel="Enregistrer le commentaire"
        pending={pending}
        note={null}
      >
        <TextArea
          name={name}
          label={`Votre commentaire sur « ${q.label.replace(/[\s\u00a0\u202f]*[.?!:]$/u, '')} »`}
          value={body}
          onChange={setBody}
          error={errors?.fields.body}
          rows={3}
        />
      </Form>
    </details>
  );
}

function DebriefForm({ detail, onDone }: { detail: AssignmentDetail; onDone: (m: string) => void }) {
  const [debrief, setDebrief] = useState(detail.debrief ?? '');
  const { errors, pending, submit } = useSubmit(
    DebriefSchema,
    (data) => call(questionnaireEndpoints.debrief, { params: { id: detail.id }, body: data }),
    () => onDone('Vos notes de restitution sont enregistrées : la ou le bénéficiaire les lit avec ses résultats.'),
  );
  return (
    <section aria-labelledby="restitution">
      <h2 id="restitution">Notes de restitution</h2>
      <Form
        onSubmit={() => void submit({ debrief })}
        errors={errors}
        labels={{ debrief: 'Vos notes de restitution' }}
        submitLabel="Enregistrer les notes"
        pending={pending}
        note={null}
      >
        <TextArea
          name="debrief"
          label="Vos notes de restitution"
          hint="Ce que vous avez retenu ensemble lors de la restitution ; la ou le bénéficiaire les lit avec ses résultats."
          value={debrief}
          onChange={setDebrief}
          error={errors?.fields.debrief}
          rows={5}
        />
      </Form>
    </section>
  );
}

export function ConsultantQuestionnairePage() {
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const detail = useQuery({
    queryKey: questionnaireKeys.assignment(id),
    queryFn: () => call(questionnaireEndpoints.show, { params: { id } }),
    retry: false,
  });
  if (detail.isPending)
    return (
      <Page title="Questionnaire">
        <Loading />
      </Page>
    );
  if (detail.isError)
    return (
      <Page title="Questionnaire introuvable">
        <LoadError error={detail.error} />
        <p>
          <Link to="/consultant/bilans">Retour à mes bilans</Link>
        </p>
      </Page>
    );
  const d = detail.data;
  const onDone = (text: string) => {
    setMessage(text);
    void client.invalidateQueries({ queryKey: questionnaireKeys.assignment(id) });
  };
  const answersList = d.definition.sections.map((section) => (
    <section key={section.id} aria-labelledby={`section-${section.id}`}>
      <h3 id={`section-${section.id}`}>{section.title}</h3>
      <dl className="answers">
        {section.questions.map((q) => (
          <div key={q.id}>
            <dt>{q.label}</dt>
            <dd>
              {answerText(q, d.answers[q.id])}
              {d.comments
                .filter((c) => c.questionId === q.id)
                .map((c) => (
                  <p key={c.id} className="comment">
                    <span className="answer-text">{c.body}</span>{' '}
                    <span className="hint">
                      ({c.authorName}, {formatDateTime(c.createdAt)})
                    </span>
                  </p>
                ))}
              {d.kind === 'worksheet' ? <CommentForm detail={d} q={q} onDone={onDone} /> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  ));
  return (
    <Page title={`${d.title} – ${d.beneficiaryFirstName}`}>
      {message ? (
        <div ref={messageRef} tabIndex={-1} className="notice-focus">
          <Notice tone="success">
            <p>{message}</p>
          </Notice>
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>État</dt>
          <dd>
            {ASSIGNMENT_STATUS_LABELS[d.status]}
            {d.status === 'in_progress' ? ` (${d.progressPercent} %)` : ''}
          </dd>
        </div>
        <div>
          <dt>Proposé le</dt>
          <dd>
            {formatDate(d.assignedAt)}
            {d.dueOn ? `, à rendre au plus tard le ${formatDate(d.dueOn)}` : ''}
          </dd>
        </div>
        {d.submittedAt ? (
          <div>
            <dt>Envoyé le</dt>
            <dd>{formatDateTime(d.submittedAt)}</dd>
          </div>
        ) : d.draftSavedAt ? (
          <div>
            <dt>Dernier enregistrement</dt>
            <dd>{formatDateTime(d.draftSavedAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Version du questionnaire</dt>
          <dd>
            {d.title}, version {d.version}
          </dd>
        </div>
      </dl>
      {d.report ? <ReportView report={d.report} debrief={d.debrief} audience="consultant" /> : null}
      {d.report ? <DebriefForm detail={d} onDone={onDone} /> : null}
      {d.kind === 'instrument' && !d.submittedAt ? (
        <p>Les résultats s’afficheront ici quand la ou le bénéficiaire aura envoyé ses réponses.</p>
      ) : null}
      <section aria-labelledby="reponses">
        <h2 id="reponses">Réponses{d.status === 'submitted' ? '' : ' (brouillon en cours)'}</h2>
        {d.kind === 'instrument' ? (
          <details>
            <summary>Voir les réponses question par question</summary>
            {answersList}
          </details>
        ) : (
          answersList
        )}
      </section>
      <p>
        <Link to={`/consultant/bilans/${d.bilanId}`}>Retour au dossier de bilan</Link>
      </p>
    </Page>
  );
}
