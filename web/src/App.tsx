import { useQuery } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { api } from './api.ts';
import { Layout } from './components/Layout.tsx';
import { RequireRole } from './components/Guard.tsx';
import { LoadError, Loading } from './components/Feedback.tsx';
import { HOME_BY_ROLE, useSession } from './session.ts';
import { SetupPage } from './routes/setup.tsx';
import { LoginPage } from './routes/login.tsx';
import { ForgotPasswordPage } from './routes/forgot-password.tsx';
import { ResetPasswordPage } from './routes/reset-password.tsx';
import { InvitationPage } from './routes/invitation.tsx';
import { NotFoundPage } from './routes/not-found.tsx';
import { AdminTeamPage } from './routes/admin/team.tsx';
import { AdminInvitationsPage } from './routes/admin/invitations.tsx';
import { AdminOutboxPage } from './routes/admin/outbox.tsx';
import { AdminAuditPage } from './routes/admin/audit.tsx';
import { ConsultantHomePage } from './routes/consultant/home.tsx';
import { NewBilanPage } from './routes/consultant/new-bilan.tsx';
import { BilanPage } from './routes/consultant/bilan/page.tsx';
import { BeneficiaryHomePage } from './routes/beneficiary/home.tsx';
import { SeancePage } from './routes/seances/seance-page.tsx';
import { ConsentPage } from './routes/beneficiary/consent.tsx';
import { BeneficiaryCharterPage } from './routes/beneficiary/charter.tsx';
import { EvaluationPage } from './routes/evaluation.tsx';
import { AdminIndicatorsPage } from './routes/admin/indicators.tsx';
// ROME catalogue (issue 4)
import { CatalogSearchPage } from './routes/catalog/search-page.tsx';
import { JobSheetPage } from './routes/catalog/job-sheet-page.tsx';
// Intake (issue 3)
import { RequireAnyRole } from './components/Guard.tsx';
import { AdminOrganisationPage } from './routes/intake/organisation.tsx';
import { AdminOfferEditPage, AdminOffersPage } from './routes/intake/offers.tsx';
import { PublicOrganisationPageView } from './routes/intake/public-page.tsx';
import { LeadPage, LeadsPage } from './routes/intake/leads.tsx';
// Documents, signatures and financing (decision 015).
import { BeneficiaryDocumentsPage } from './routes/beneficiary/documents.tsx';
import { EmployerSignaturePage } from './routes/signature/employer-signature.tsx';
import { FunderViewPage } from './routes/consultant/funder-view.tsx';
// Questionnaires and instruments.
import { BeneficiaryQuestionnairePage } from './routes/beneficiary/questionnaire.tsx';
import { ConsultantQuestionnairePage } from './routes/consultant/questionnaire.tsx';
import { RespondentPage } from './routes/respondent.tsx';
// Worksheet editor (decision 019).
import { WorksheetLibraryPage } from './routes/consultant/worksheets/library.tsx';
import { WorksheetEditorPage } from './routes/consultant/worksheets/editor.tsx';
import { ModelPreviewPage, WorksheetPreviewPage } from './routes/consultant/worksheets/preview.tsx';

/** "/" sends people where they belong: set-up on an empty installation, their home, or login. */
function Entry() {
  const setup = useQuery({ queryKey: ['setup'], queryFn: () => api.get<{ required: boolean }>('/setup') });
  const session = useSession();
  if (setup.isPending || session.isPending) return <Loading />;
  if (setup.isError) return <LoadError error={setup.error} />;
  if (setup.data.required) return <Navigate to="/installation" replace />;
  if (session.data) return <Navigate to={HOME_BY_ROLE[session.data.role]} replace />;
  return <Navigate to="/connexion" replace />;
}

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Entry />} />
        <Route path="/installation" element={<SetupPage />} />
        <Route path="/connexion" element={<LoginPage />} />
        <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
        <Route path="/reinitialiser-mot-de-passe/:token" element={<ResetPasswordPage />} />
        <Route path="/invitation/:token" element={<InvitationPage />} />
        <Route path="/admin" element={<RequireRole role="admin"><AdminTeamPage /></RequireRole>} />
        <Route path="/admin/invitations" element={<RequireRole role="admin"><AdminInvitationsPage /></RequireRole>} />
        <Route path="/admin/courriels" element={<RequireRole role="admin"><AdminOutboxPage /></RequireRole>} />
        <Route path="/admin/journal" element={<RequireRole role="admin"><AdminAuditPage /></RequireRole>} />
        <Route path="/consultant" element={<RequireRole role="consultant"><ConsultantHomePage /></RequireRole>} />
        <Route path="/consultant/bilans/nouveau" element={<RequireRole role="consultant"><NewBilanPage /></RequireRole>} />
        <Route path="/consultant/bilans/:id" element={<RequireRole role="consultant"><BilanPage /></RequireRole>} />
        <Route path="/consultant/seances/:id" element={<RequireRole role="consultant"><SeancePage /></RequireRole>} />
        <Route path="/mon-bilan" element={<RequireRole role="beneficiary"><BeneficiaryHomePage /></RequireRole>} />
        <Route path="/mon-bilan/consentement" element={<RequireRole role="beneficiary"><ConsentPage /></RequireRole>} />
        <Route path="/mon-bilan/charte" element={<RequireRole role="beneficiary"><BeneficiaryCharterPage /></RequireRole>} />
        <Route path="/mon-bilan/seances/:id" element={<RequireRole role="beneficiary"><SeancePage /></RequireRole>} />
        <Route path="/evaluation/:token" element={<EvaluationPage />} />
        <Route path="/admin/indicateurs" element={<RequireRole role="admin"><AdminIndicatorsPage /></RequireRole>} />
        {/* ROME catalogue (issue 4): open data, readable without an account */}
        <Route path="/metiers" element={<CatalogSearchPage />} />
        <Route path="/metiers/:codeRome" element={<JobSheetPage />} />
        {/* Intake (issue 3) */}
        <Route path="/admin/organisme" element={<RequireRole role="admin"><AdminOrganisationPage /></RequireRole>} />
        <Route path="/admin/offres" element={<RequireRole role="admin"><AdminOffersPage /></RequireRole>} />
        <Route path="/admin/offres/:id" element={<RequireRole role="admin"><AdminOfferEditPage /></RequireRole>} />
        <Route path="/organismes/:slug" element={<PublicOrganisationPageView />} />
        <Route path="/demandes" element={<RequireAnyRole roles={['admin', 'consultant']}><LeadsPage /></RequireAnyRole>} />
        <Route path="/demandes/:id" element={<RequireAnyRole roles={['admin', 'consultant']}><LeadPage /></RequireAnyRole>} />
        {/* Documents, signatures and financing (decision 015). */}
        <Route path="/mon-bilan/documents" element={<RequireRole role="beneficiary"><BeneficiaryDocumentsPage /></RequireRole>} />
        <Route path="/consultant/bilans/:id/suivi-financeur" element={<RequireRole role="consultant"><FunderViewPage /></RequireRole>} />
        <Route path="/signature/:token" element={<EmployerSignaturePage />} />
        {/* Questionnaires and instruments. */}
        <Route path="/mon-bilan/questionnaires/:id" element={<RequireRole role="beneficiary"><BeneficiaryQuestionnairePage /></RequireRole>} />
        <Route path="/consultant/questionnaires/:id" element={<RequireRole role="consultant"><ConsultantQuestionnairePage /></RequireRole>} />
        <Route path="/regard/:token" element={<RespondentPage />} />
        {/* Worksheet editor (decision 019). */}
        <Route path="/consultant/cahiers" element={<RequireRole role="consultant"><WorksheetLibraryPage /></RequireRole>} />
        <Route path="/consultant/cahiers/modeles/:modelId" element={<RequireRole role="consultant"><ModelPreviewPage /></RequireRole>} />
        <Route path="/consultant/cahiers/:id" element={<RequireRole role="consultant"><WorksheetEditorPage /></RequireRole>} />
        <Route path="/consultant/cahiers/:id/apercu" element={<RequireRole role="consultant"><WorksheetPreviewPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
