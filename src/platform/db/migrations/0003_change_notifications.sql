-- Change notifications for the in-process read caches (docs/decisions/008-read-cache.md).
-- Every committed change to data shown on homes notifies 'sillage_changes' with the organisation
-- id; session ends and account changes notify 'sillage_sessions'. PostgreSQL delivers them at
-- commit, once per distinct payload per transaction, to every listening process.

CREATE FUNCTION notify_organisation_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('sillage_changes', OLD.organisation_id::text);
  ELSE
    PERFORM pg_notify('sillage_changes', NEW.organisation_id::text);
    IF TG_OP = 'UPDATE' AND OLD.organisation_id IS DISTINCT FROM NEW.organisation_id THEN
      PERFORM pg_notify('sillage_changes', OLD.organisation_id::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER bilans_notify AFTER INSERT OR UPDATE OR DELETE ON bilans
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER seances_notify AFTER INSERT OR UPDATE OR DELETE ON seances
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER invitations_notify AFTER INSERT OR UPDATE OR DELETE ON invitations
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER users_notify AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();

CREATE FUNCTION notify_session_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'auth_sessions' THEN
    PERFORM pg_notify('sillage_sessions', 'session:' || encode(OLD.id_hash, 'hex'));
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('sillage_sessions', 'user:' || OLD.id::text);
  ELSIF TG_TABLE_NAME = 'organisations' THEN
    PERFORM pg_notify('sillage_sessions', 'org:' || OLD.id::text);
    PERFORM pg_notify('sillage_changes', OLD.id::text);
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER auth_sessions_notify AFTER DELETE ON auth_sessions
  FOR EACH ROW EXECUTE FUNCTION notify_session_change();
CREATE TRIGGER users_sessions_notify AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION notify_session_change();
CREATE TRIGGER organisations_notify AFTER UPDATE OR DELETE ON organisations
  FOR EACH ROW EXECUTE FUNCTION notify_session_change();
