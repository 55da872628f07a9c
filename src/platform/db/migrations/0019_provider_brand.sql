-- The provider's brand (issue 11, item 5; decision 036): an accent colour and a logo set by the
-- organisation's admin, shown on its public page, in the app's top bar, in its e-mails and on its
-- PDFs; and the payment terms clause printed by the quote and the convention.

ALTER TABLE organisations
  -- '#rrggbb', lower case; its contrast against white is at least 4.5:1 (checked by the use case).
  ADD COLUMN accent_colour text CHECK (accent_colour ~ '^#[0-9a-f]{6}$'),
  -- The payment terms of the quote and the convention; null prints the default clause.
  ADD COLUMN payment_terms text CHECK (length(payment_terms) <= 2000);

-- The logo, one per organisation, kept apart from the profile row so reading the profile never
-- carries its bytes. PNG or JPEG only (judged by their bytes), at most 300 kB.
CREATE TABLE organisation_logos (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
  bytes bytea NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 307200),
  -- Hex SHA-256 of the bytes: the version in the logo's address, so caches keep it until it changes.
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  width integer NOT NULL CHECK (width BETWEEN 1 AND 4000),
  height integer NOT NULL CHECK (height BETWEEN 1 AND 4000),
  updated_at timestamptz NOT NULL
);

-- A session carries its organisation's logo address: a new or removed logo drops the cached
-- sessions of that organisation in every process, as a change of the organisation's row does.
CREATE FUNCTION notify_organisation_logo_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sillage_sessions', 'org:' || COALESCE(NEW.organisation_id, OLD.organisation_id)::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER organisation_logos_notify AFTER INSERT OR UPDATE OR DELETE ON organisation_logos
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_logo_change();
