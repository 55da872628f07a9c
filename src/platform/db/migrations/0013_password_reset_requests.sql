-- Password-reset requests waiting for the deferred step (decision 023): asking for a link only
-- records the address, the same way whether or not it has an account, so the answer takes the
-- same time; the step looks the address up, creates the link and queues the e-mail, then deletes
-- the request. No organisation: the address is not looked up when the request is recorded.
CREATE TABLE password_reset_requests (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email         text NOT NULL,
  ip            text,
  user_agent    text,
  requested_at  timestamptz NOT NULL
);
CREATE INDEX password_reset_requests_requested_at ON password_reset_requests (requested_at);
