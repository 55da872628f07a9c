/**
 * Sillage's capabilities, one line each: the HTTP app mounts their routes and pg-boss schedules
 * their jobs in this order (decision 021).
 */
import type { Capability } from '../platform/capability.ts';
import { accounts } from '../accounts/capability.ts';
import { bilans } from '../bilans/capability.ts';
import { seances } from '../seances/capability.ts';
import { after } from '../after/capability.ts';
import { catalog } from '../catalog/capability.ts';
import { organisation } from '../organisation/capability.ts';
import { intake } from '../intake/capability.ts';
import { documents } from '../documents/capability.ts';
import { financing } from '../financing/capability.ts';
import { questionnaires } from '../questionnaires/capability.ts';
import { worksheets } from '../worksheets/capability.ts';
import { feedback } from '../feedback/capability.ts';
import { externalTests } from '../external-tests/capability.ts';
import { portfolio } from '../portfolio/capability.ts';
import { exploration } from '../exploration/capability.ts';
import { actionPlan } from '../action-plan/capability.ts';
import { sharing } from '../sharing/capability.ts';
import { synthese } from '../synthese/capability.ts';
import { dataExport } from '../data-export/capability.ts';
import { email } from '../email/capability.ts';
import { audit } from '../audit/capability.ts';
import { dashboards } from '../dashboards/capability.ts';
import { privacy } from '../privacy/capability.ts';
import { quality } from '../quality/capability.ts';
import { bpf } from '../bpf/capability.ts';
import { lifecycle } from '../lifecycle/capability.ts';

export const CAPABILITIES: readonly Capability[] = [
  accounts,
  bilans,
  seances,
  after,
  catalog,
  organisation,
  intake,
  documents,
  financing,
  questionnaires,
  worksheets,
  feedback,
  externalTests,
  portfolio,
  exploration,
  actionPlan,
  sharing,
  synthese,
  dataExport,
  email,
  audit,
  dashboards,
  privacy,
  quality,
  bpf,
  lifecycle,
];
