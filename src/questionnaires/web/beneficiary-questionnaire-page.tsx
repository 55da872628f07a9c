/**
 * The beneficiary answers an assigned worksheet or instrument: every question type, autosave with
 * a visible « Enregistré » status (announced politely), nothing lost on reload, lost network or
 * expired login (see questionnaire/autosave.ts), pause and resume, then submit. Once submitted:
 * the answers, the consultant's comments and, for an instrument, the report.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { visibleQuestionIds, computeProgress, type AssignmentDetail } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { questionnaireEndpoints } from '../contracts/endpoints.ts';
import { questionnaireKeys } from './query-keys.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Confirm, LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { Form, useSubmit } from '../../ui/Form.tsx';
import { QuestionField, answerText } from './QuestionField.tsx';
import { STATUS_TEXT, useAutosave } from './autosave.ts';
import { ReportView } from '../../instruments/web/Report.tsx';
import { FeedbackSection } from '../../feedback/web/beneficiary-feedback.tsx';

const SOFT_SKILLS_ID = 'savoir-etre';

function Comments({ detail, questionId }: { detail: AssignmentDetail; questionId: string }) {
  const comments = detail.comments.filter((c) => c.questionId === questionId);
  if (comments.length === 0) return null;
  return (
    <div className="comments">
      <p className="comments-title">Commentaire de votre consultant·e :</p>
      <ul>
        {comments.map((c) => (
          <li key={c.id}>
            <span className="answer-text">{c.body}</span>{' '}
            <span className="hint">
              ({c.authorName}, {formatDateTime(c.createdAt)})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Answering({ detail }: { detail: AssignmentDetail }) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { answers, setAnswer, status, fieldErrors, message, flush, current, forget } = useAutosave(
    detail.id,
    detail.version,
    detail.answers,
    true,
  );
  const definition = detail.definition;
  const visible = visibleQuestionIds(definition, answers);
  const progress = computeProgress(definition, answers);
  const labels: Record<string, string> = {};
  for (const section of definition.sections)
    for (const q of section.questions) labels[q.id] = q.label.replace(/[\s\u00a0\u202f]*[.?!:]$/u, '');
  const { errors, pending, submit } = useSubmit(
    z.object({ answers: z.record(z.string(), z.unknown()) }),
    (data) =>
      call(questionnaireEndpoints.submit, {
        params: { id: detail.id },
        body: { version: detail.version, answers: data.answers },
      }),
    () => {
      forget();
      void client.invalidateQueries({ queryKey: questionnaireKeys.assignment(detail.id) });
      void client.invalidateQueries({ queryKey: questionnaireKeys.ofBilan(detail.bilanId) });
    },
  );
  // Sending is final: it is confirmed first (the confirmation takes focus).
  const [confirming, setConfirming] = useState(false);
  const pause = async () => {
    await flush();
    void navigate('/mon-bilan', { state: { paused: detail.title } });
  };
  const statusText = status === 'refused' ? (message ?? '') : STATUS_TEXT[status];
  return (
    <Page
      title={definition.title}
      intro={
        <>
          <p>{definition.intro}</p>
          <p>
            {definition.estimatedMinutes ? `Environ ${definition.estimatedMinutes} minutes. ` : null}
            {detail.dueOn ? `À rendre au plus tard le ${formatDate(detail.dueOn)}. ` : null}
            Vos réponses sont enregistrées au fur et à mesure : vous pouvez vous arrêter et reprendre plus tard.
          </p>
        </>
      }
    >
      <div className="save-bar">
        <p role="status" aria-live="polite" className={`save-status save-${status}`}>
          {statusText}
        </p>
        <p className="hint">
          Progression : {progress.answered} question{progress.answered > 1 ? 's' : ''} sur {progress.total} (
          {progress.percent} %)
        </p>
      </div>
      <Form
        onSubmit={() => setConfirming(true)}
        errors={errors}
        labels={labels}
        submitLabel="Envoyer mes réponses"
        pending={pending}
        note="Les questions sont obligatoires, sauf mention contraire. Une fois envoyées, vos réponses ne peuvent plus être modifiées."
      >
        {definition.sections.map((section) => {
          const questions = section.questions.filter((q) => visible.has(q.id));
          if (questions.length === 0) return null;
          return (
            <section key={section.id} aria-labelledby={`section-${section.id}`}>
              <h2 id={`section-${section.id}`}>{section.title}</h2>
              {section.intro ? <p>{section.intro}</p> : null}
              {questions.map((q) => (
                <div key={q.id}>
                  <QuestionField
                    q={q}
                    value={answers[q.id]}
                    onChange={(v) => setAnswer(q.id, v)}
                    error={errors?.fields[q.id] ?? fieldErrors[q.id]}
                  />
                  <Comments detail={detail} questionId={q.id} />
                </div>
              ))}
            </section>
          );
        })}
      </Form>
      {confirming ? (
        <Confirm
          id="confirmer-envoi"
          pending={pending}
          question="Envoyer vos réponses à votre consultant·e ?"
          detail="Une fois envoyées, vos réponses ne pourront plus être modifiées."
          confirmLabel="Confirmer l’envoi"
          onConfirm={() => {
            setConfirming(false);
            void submit({ answers: current() });
          }}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
      <p>
        <button type="button" className="button secondary" onClick={() => void pause()}>
          Enregistrer et reprendre plus tard
        </button>
      </p>
    </Page>
  );
}

function Submitted({ detail }: { detail: AssignmentDetail }) {
  const definition = detail.definition;
  return (
    <Page title={detail.report ? detail.report.title : definition.title}>
      <Notice tone="success">
        <p>
          Vous avez envoyé ce questionnaire le {formatDateTime(detail.submittedAt ?? detail.assignedAt)}. Seuls vous et
          votre consultant·e pouvez lire vos réponses et vos résultats.
        </p>
      </Notice>
      {detail.report ? <ReportView report={detail.report} debrief={detail.debrief} audience="beneficiary" /> : null}
      {detail.questionnaireId === SOFT_SKILLS_ID ? <FeedbackSection assignmentId={detail.id} /> : null}
      {detail.kind === 'worksheet' ? (
        <section aria-labelledby="mes-reponses">
          <h2 id="mes-reponses">Mes réponses</h2>
          {definition.sections.map((section) => (
            <section key={section.id} aria-labelledby={`section-${section.id}`}>
              <h3 id={`section-${section.id}`}>{section.title}</h3>
              <dl className="answers">
                {section.questions
                  .filter((q) => detail.answers[q.id] !== undefined)
                  .map((q) => (
                    <div key={q.id}>
                      <dt>{q.label}</dt>
                      <dd>
                        {answerText(q, detail.answers[q.id])}
                        <Comments detail={detail} questionId={q.id} />
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </section>
      ) : null}
      <p>
        <Link to="/mon-bilan">Retour à mon bilan</Link>
      </p>
    </Page>
  );
}

export function BeneficiaryQuestionnairePage() {
  const { id = '' } = useParams();
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
      <Page title="Questionnaire indisponible">
        <LoadError error={detail.error} />
        <p>
          <Link to="/mon-bilan">Retour à mon bilan</Link>
        </p>
      </Page>
    );
  if (detail.data.status === 'submitted') return <Submitted detail={detail.data} />;
  if (detail.data.status === 'withdrawn') {
    return (
      <Page title={detail.data.title}>
        <Notice tone="warning">
          <p>Votre consultant·e a retiré ce questionnaire : il n’attend plus de réponse.</p>
        </Notice>
        <p>
          <Link to="/mon-bilan">Retour à mon bilan</Link>
        </p>
      </Page>
    );
  }
  return <Answering key={detail.data.id} detail={detail.data} />;
}
