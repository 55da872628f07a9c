-- Single-use links are read only by their addressee (decision 026).
--
-- A message that carries a personal link (invitation, password reset, the employer's signature
-- link, a 360° respondent's link, an évaluation) names it in link_url. The bodies hold the link
-- only while they are the way to deliver it: once delivered by SMTP, once delivery has failed for
-- good, or once the link has expired, the link is replaced in both bodies and link_url is emptied.
ALTER TABLE outbox_emails
  ADD COLUMN link_url text,
  ADD COLUMN link_expires_at timestamptz,
  ADD COLUMN link_removed_at timestamptz,
  ADD CHECK (link_url IS NULL OR link_removed_at IS NULL),
  ADD CHECK (link_url IS NULL OR link_expires_at IS NOT NULL);
CREATE INDEX outbox_emails_link_expiry ON outbox_emails (link_expires_at) WHERE link_url IS NOT NULL;

-- Messages written before this migration: find the link of each kind that carries one, and the
-- day it stops working (the lifetimes of the time: 7 days, 1 hour, 30, 21 and 60 days).
UPDATE outbox_emails
SET link_url = substring(
      text_body FROM 'https?://[^[:space:]]+/(?:invitation|reinitialiser-mot-de-passe|signature|regard|evaluation)/[A-Za-z0-9_-]+'
    ),
    link_expires_at = created_at + CASE
      WHEN kind LIKE 'invitation%' THEN interval '7 days'
      WHEN kind = 'password_reset' THEN interval '1 hour'
      WHEN kind = 'convention_to_sign' THEN interval '30 days'
      WHEN kind = 'feedback_invitation' THEN interval '21 days'
      ELSE interval '61 days'
    END
WHERE kind LIKE 'invitation%'
   OR kind IN ('password_reset', 'convention_to_sign', 'feedback_invitation', 'evaluation_chaud', 'evaluation_froid');

-- Delivered (or given up) messages keep no link: it is replaced in both bodies.
UPDATE outbox_emails
SET text_body = replace(text_body, link_url, '[lien personnel retiré]'),
    html_body = replace(html_body, link_url, '[lien personnel retiré]'),
    link_url = NULL,
    link_removed_at = now()
WHERE link_url IS NOT NULL AND status IN ('sent', 'failed');

-- Belt and braces: a delivered message whose bodies still show a link path followed by a token
-- (a link the pattern above did not isolate) loses its bodies altogether.
UPDATE outbox_emails
SET text_body = 'Contenu retiré après l’envoi : ce courriel contenait un lien personnel.',
    html_body = '<p>Contenu retiré après l’envoi : ce courriel contenait un lien personnel.</p>',
    link_url = NULL,
    link_removed_at = coalesce(link_removed_at, now())
WHERE status IN ('sent', 'failed')
  AND (text_body ~ '/(invitation|reinitialiser-mot-de-passe|signature|regard|evaluation)/[A-Za-z0-9_-]{20,}'
    OR html_body ~ '/(invitation|reinitialiser-mot-de-passe|signature|regard|evaluation)/[A-Za-z0-9_-]{20,}');

-- The employer's signature link can be replaced by a new one (« Renvoyer »): the old one is revoked.
ALTER TABLE signature_links ADD COLUMN revoked_at timestamptz;
CREATE INDEX signature_links_document ON signature_links (document_id);
