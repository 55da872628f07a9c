-- The consultant's « Aujourd'hui » is kept in the read cache (decision 034, decision 008): the
-- tables it reads beyond those of migration 0003 notify their organisation too, so that a lead
-- opened or assigned, an EDOF declaration made or a follow-up interview answered shows at once.

CREATE TRIGGER leads_notify AFTER INSERT OR UPDATE OR DELETE ON leads
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER edof_declarations_notify AFTER INSERT OR UPDATE OR DELETE ON edof_declarations
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
CREATE TRIGGER follow_ups_notify AFTER INSERT OR UPDATE OR DELETE ON follow_ups
  FOR EACH ROW EXECUTE FUNCTION notify_organisation_change();
