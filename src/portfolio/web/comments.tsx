/**
 * Comments (issue 12 § 5): either person of the bilan comments an experience, a competence or the
 * whole portfolio; each comment shows its author and when. The form opens on demand.
 */
import { useState } from 'react';
import { portfolioEndpoints } from '../contracts/endpoints.ts';
import { CommentSchema, type CommentView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { Form, TextArea, useSubmit } from '../../ui/Form.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { useToast } from '../../ui/Toast.tsx';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';
import { focusLater, usePortfolio } from './context.ts';

type Target = CommentView['target'];

const sameTarget = (a: Target, b: Target) =>
  a.type === b.type && (a.type === 'portfolio' || (b.type !== 'portfolio' && a.id === b.id));

function CommentForm({ target, onDone }: { target: Target; onDone: () => void }) {
  const { bilanId, refresh } = usePortfolio();
  const toast = useToast();
  const [body, setBody] = useState('');
  const key = target.type === 'portfolio' ? 'portefeuille' : target.id.slice(0, 8);
  const name = `commentaire-${key}`;
  const { errors, pending, submit } = useSubmit(
    CommentSchema,
    (data) => call(portfolioEndpoints.comment, { params: { id: bilanId }, body: data }),
    () => {
      void refresh().then(() => {
        toast('Votre commentaire est publié.');
        focusLater(`commentaires-${key}`);
      });
      onDone();
    },
  );
  return (
    <Form
      onSubmit={() =>
        void submit({
          experienceId: target.type === 'experience' ? target.id : null,
          competenceId: target.type === 'competence' ? target.id : null,
          body,
        })
      }
      errors={errors ? { ...errors, fields: errors.fields['body'] ? { [name]: errors.fields['body'] } : {} } : null}
      labels={{ [name]: 'Commentaire' }}
      submitLabel="Publier le commentaire"
      pending={pending}
      note="L’autre personne du bilan le lira ; il n’est visible que de vous deux."
    >
      <TextArea
        name={name}
        label="Commentaire"
        value={body}
        error={errors?.fields['body']}
        onChange={setBody}
        rows={3}
      />
    </Form>
  );
}

export function CommentsOn({ target, about }: { target: Target; about: string }) {
  const { portfolio, editable } = usePortfolio();
  const comments = portfolio.comments.filter((c) => sameTarget(c.target, target));
  const key = target.type === 'portfolio' ? 'portefeuille' : target.id.slice(0, 8);
  return (
    <div className="portfolio-comments">
      {comments.length > 0 ? (
        <ul className="plain-list" id={`commentaires-${key}`} tabIndex={-1} aria-label={`Commentaires : ${about}`}>
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <p className="answer-text">{comment.body}</p>
              <p className="portfolio-author">
                {comment.author.name}, le {formatDateTime(comment.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {editable ? (
        <OnDemand
          level={4}
          opener={
            <>
              Commenter<span className="visually-hidden"> « {about} »</span>
            </>
          }
          title={`Commenter « ${about} »`}
        >
          {(close) => <CommentForm target={target} onDone={close} />}
        </OnDemand>
      ) : null}
    </div>
  );
}
