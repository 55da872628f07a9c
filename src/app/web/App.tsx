import { Suspense, lazy, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { api } from '../../ui/api.ts';
import { Layout } from './Layout.tsx';
import { RequireAnyRole, RequireRole } from '../../ui/Guard.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { HOME_BY_ROLE, useSession } from '../../ui/session.ts';
import { SetupPage } from '../../accounts/web/setup-page.tsx';
import { LoginPage } from '../../accounts/web/login-page.tsx';
import { ForgotPasswordPage } from '../../accounts/web/forgot-password-page.tsx';
import { ResetPasswordPage } from '../../accounts/web/reset-password-page.tsx';
import { InvitationPage } from '../../accounts/web/invitation-page.tsx';
import { NotFoundPage } from './not-found.tsx';

/**
 * Pages outside the sign-in path load on first visit, one chunk per page, so that a beneficiary
 * on a slow connection does not download the consultant's editor or the admin screens.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const AdminTeamPage = lazyPage(() => import('../../accounts/web/team-page.tsx'), 'AdminTeamPage');
const AdminInvitationsPage = lazyPage(() => import('../../accounts/web/invitations-page.tsx'), 'AdminInvitationsPage');
const AdminOutboxPage = lazyPage(() => import('../../email/web/outbox-page.tsx'), 'AdminOutboxPage');
const AdminAuditPage = lazyPage(() => import('../../audit/web/audit-page.tsx'), 'AdminAuditPage');
const ConsultantHomePage = lazyPage(() => import('../../bilans/web/consultant-home-page.tsx'), 'ConsultantHomePage');
const NewBilanPage = lazyPage(() => import('../../bilans/web/new-bilan-page.tsx'), 'NewBilanPage');
const BilanPage = lazyPage(() => import('../../bilans/web/bilan-page.tsx'), 'BilanPage');
const BeneficiaryHomePage = lazyPage(() => import('../../bilans/web/beneficiary-home-page.tsx'), 'BeneficiaryHomePage');
const SeancePage = lazyPage(() => import('../../seances/web/seance-page.tsx'), 'SeancePage');
const ConsentPage = lazyPage(() => import('../../bilans/web/consent-page.tsx'), 'ConsentPage');
const BeneficiaryCharterPage = lazyPage(
  () => import('../../bilans/web/beneficiary-charter-page.tsx'),
  'BeneficiaryCharterPage',
);
const EvaluationPage = lazyPage(() => import('../../after/web/evaluation-page.tsx'), 'EvaluationPage');
const AdminIndicatorsPage = lazyPage(() => import('../../after/web/indicators-page.tsx'), 'AdminIndicatorsPage');
const CatalogSearchPage = lazyPage(() => import('../../catalog/web/search-page.tsx'), 'CatalogSearchPage');
const JobSheetPage = lazyPage(() => import('../../catalog/web/job-sheet-page.tsx'), 'JobSheetPage');
const AdminOrganisationPage = lazyPage(
  () => import('../../organisation/web/organisation-page.tsx'),
  'AdminOrganisationPage',
);
const AdminOfferEditPage = lazyPage(() => import('../../organisation/web/offers-page.tsx'), 'AdminOfferEditPage');
const AdminOffersPage = lazyPage(() => import('../../organisation/web/offers-page.tsx'), 'AdminOffersPage');
const PublicOrganisationPageView = lazyPage(
  () => import('../../intake/web/public-page.tsx'),
  'PublicOrganisationPageView',
);
const LeadPage = lazyPage(() => import('../../intake/web/leads-page.tsx'), 'LeadPage');
const LeadsPage = lazyPage(() => import('../../intake/web/leads-page.tsx'), 'LeadsPage');
const BeneficiaryDocumentsPage = lazyPage(
  () => import('../../documents/web/beneficiary-documents-page.tsx'),
  'BeneficiaryDocumentsPage',
);
const EmployerSignaturePage = lazyPage(
  () => import('../../documents/web/employer-signature-page.tsx'),
  'EmployerSignaturePage',
);
const FunderViewPage = lazyPage(() => import('../../documents/web/funder-view-page.tsx'), 'FunderViewPage');
const BeneficiaryQuestionnairePage = lazyPage(
  () => import('../../questionnaires/web/beneficiary-questionnaire-page.tsx'),
  'BeneficiaryQuestionnairePage',
);
const ConsultantQuestionnairePage = lazyPage(
  () => import('../../questionnaires/web/consultant-questionnaire-page.tsx'),
  'ConsultantQuestionnairePage',
);
const RespondentPage = lazyPage(() => import('../../feedback/web/respondent-page.tsx'), 'RespondentPage');
const WorksheetLibraryPage = lazyPage(() => import('../../worksheets/web/library-page.tsx'), 'WorksheetLibraryPage');
const WorksheetEditorPage = lazyPage(() => import('../../worksheets/web/editor-page.tsx'), 'WorksheetEditorPage');
const ModelPreviewPage = lazyPage(() => import('../../worksheets/web/preview-page.tsx'), 'ModelPreviewPage');
const WorksheetPreviewPage = lazyPage(() => import('../../worksheets/web/preview-page.tsx'), 'WorksheetPreviewPage');

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
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Entry />} />
          <Route path="/installation" element={<SetupPage />} />
          <Route path="/connexion" element={<LoginPage />} />
          <Route path="/mot-de-passe-oublie" element={<ForgotPasswordPage />} />
          <Route path="/reinitialiser-mot-de-passe/:token" element={<ResetPasswordPage />} />
          <Route path="/invitation/:token" element={<InvitationPage />} />
          <Route
            path="/admin"
            element={
              <RequireRole role="admin">
                <AdminTeamPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/invitations"
            element={
              <RequireRole role="admin">
                <AdminInvitationsPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/courriels"
            element={
              <RequireRole role="admin">
                <AdminOutboxPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/journal"
            element={
              <RequireRole role="admin">
                <AdminAuditPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant"
            element={
              <RequireRole role="consultant">
                <ConsultantHomePage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/bilans/nouveau"
            element={
              <RequireRole role="consultant">
                <NewBilanPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/bilans/:id"
            element={
              <RequireRole role="consultant">
                <BilanPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/seances/:id"
            element={
              <RequireRole role="consultant">
                <SeancePage />
              </RequireRole>
            }
          />
          <Route
            path="/mon-bilan"
            element={
              <RequireRole role="beneficiary">
                <BeneficiaryHomePage />
              </RequireRole>
            }
          />
          <Route
            path="/mon-bilan/consentement"
            element={
              <RequireRole role="beneficiary">
                <ConsentPage />
              </RequireRole>
            }
          />
          <Route
            path="/mon-bilan/charte"
            element={
              <RequireRole role="beneficiary">
                <BeneficiaryCharterPage />
              </RequireRole>
            }
          />
          <Route
            path="/mon-bilan/seances/:id"
            element={
              <RequireRole role="beneficiary">
                <SeancePage />
              </RequireRole>
            }
          />
          <Route path="/evaluation/:token" element={<EvaluationPage />} />
          <Route
            path="/admin/indicateurs"
            element={
              <RequireRole role="admin">
                <AdminIndicatorsPage />
              </RequireRole>
            }
          />
          {/* ROME catalogue (issue 4): open data, readable without an account */}
          <Route path="/metiers" element={<CatalogSearchPage />} />
          <Route path="/metiers/:codeRome" element={<JobSheetPage />} />
          {/* Intake (issue 3) */}
          <Route
            path="/admin/organisme"
            element={
              <RequireRole role="admin">
                <AdminOrganisationPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/offres"
            element={
              <RequireRole role="admin">
                <AdminOffersPage />
              </RequireRole>
            }
          />
          <Route
            path="/admin/offres/:id"
            element={
              <RequireRole role="admin">
                <AdminOfferEditPage />
              </RequireRole>
            }
          />
          <Route path="/organismes/:slug" element={<PublicOrganisationPageView />} />
          <Route
            path="/demandes"
            element={
              <RequireAnyRole roles={['admin', 'consultant']}>
                <LeadsPage />
              </RequireAnyRole>
            }
          />
          <Route
            path="/demandes/:id"
            element={
              <RequireAnyRole roles={['admin', 'consultant']}>
                <LeadPage />
              </RequireAnyRole>
            }
          />
          {/* Documents, signatures and financing (decision 015). */}
          <Route
            path="/mon-bilan/documents"
            element={
              <RequireRole role="beneficiary">
                <BeneficiaryDocumentsPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/bilans/:id/suivi-financeur"
            element={
              <RequireRole role="consultant">
                <FunderViewPage />
              </RequireRole>
            }
          />
          <Route path="/signature/:token" element={<EmployerSignaturePage />} />
          {/* Questionnaires and instruments. */}
          <Route
            path="/mon-bilan/questionnaires/:id"
            element={
              <RequireRole role="beneficiary">
                <BeneficiaryQuestionnairePage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/questionnaires/:id"
            element={
              <RequireRole role="consultant">
                <ConsultantQuestionnairePage />
              </RequireRole>
            }
          />
          <Route path="/regard/:token" element={<RespondentPage />} />
          {/* Worksheet editor (decision 019). */}
          <Route
            path="/consultant/cahiers"
            element={
              <RequireRole role="consultant">
                <WorksheetLibraryPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/cahiers/modeles/:modelId"
            element={
              <RequireRole role="consultant">
                <ModelPreviewPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/cahiers/:id"
            element={
              <RequireRole role="consultant">
                <WorksheetEditorPage />
              </RequireRole>
            }
          />
          <Route
            path="/consultant/cahiers/:id/apercu"
            element={
              <RequireRole role="consultant">
                <WorksheetPreviewPage />
              </RequireRole>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}
