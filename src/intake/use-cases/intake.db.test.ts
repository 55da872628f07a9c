import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createOrganisation, type TestOrganisation, ORGANISATION_PROFILE } from '../../../tests/support/factories.ts';
import { ContactRequestSchema, type ContactRequestInput } from '../contracts/schemas.ts';
import { OfferSchema, OrganisationProfileSchema } from '../../organisation/contracts/schemas.ts';
import { updateOrganisationProfile } from '../../organisation/use-cases/update-organisation-profile.ts';
import { createOffer } from '../../organisation/use-cases/create-offer.ts';
import { getPublicPage } from './get-public-page.ts';
import { submitContactRequest } from './submit-contact-request.ts';
import { getLead } from './get-lead.ts';
import { listLeads } from './list-leads.ts';
import { assignLead } from './assign-lead.ts';
import { changeLeadStatus } from './change-lead-status.ts';
import { planLeadInterview } from './plan-lead-interview.ts';
import { recordLeadInterview } from './record-lead-interview.ts';
import { convertLead } from './convert-lead.ts';
import { getFinancing } from '../../financing/use-cases/get-financing.ts';
import { saveFinancing } from '../../financing/use-cases/save-financing.ts';
import { generateDocument } from '../../documents/use-cases/generate-document.ts';
import { getDocumentPdf } from '../../documents/use-cases/get-document-pdf.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../../../tests/support/pdf-text.ts';

let deps: TestDeps;
let org: TestOrganisation;
let slug: string;

const PROFILE = ORGANISATION_PROFILE;

const CONTACT: ContactRequestInput = {
  firstName: 'Bruno',
  lastName: 'Lefèvre',
  email: 'Bruno.Lefevre@exemple.fr',
  phone: '06 12 34 56 78',
  message: 'Je souhaite faire le point sur ma carrière après quinze ans dans la logistique.',
  preferredModality: 'mixed',
  declaredSource: 'search_engine',
  consent: true,
  referrer: 'https://www.exemple-moteur.fr/recherche?q=bilan',
  utm: { source: 'newsletter', campaign: 'automne' },
};

const origin = (ip = `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) => ({
  ip,
  userAgent: 'vitest',
});

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  slug = `cap-avenir-${org.id.slice(0, 8)}`;
  await updateOrganisationProfile(deps, org.admin.actor, OrganisationProfileSchema.parse({ ...PROFILE, slug }));
});

async function newLead(ip?: string): Promise<string> {
  const ids = async () =>
    (await deps.db.selectFrom('leads').select('id').where('organisation_id', '=', org.id).execute()).map((r) => r.id);
  const before = new Set(await ids());
  await submitContactRequest(deps, origin(ip), slug, ContactRequestSchema.parse(CONTACT));
  const created = (await ids()).filter((id) => !before.has(id));
  expect(created).toHaveLength(1);
  return created[0]!;
}

describe('the public page', () => {
  it('shows the public page with active offers only, and hides it when switched off', async () => {
    const input = OfferSchema.parse({
      title: 'Bilan à distance',
      accompanimentHours: '20',
      personalWorkHours: '6',
      modality: 'remote',
      price: '1 490,50',
      accessDelay: '10 jours',
    });
    await createOffer(deps, org.admin.actor, input);
    await createOffer(deps, org.admin.actor, { ...input, title: 'Ancienne offre', active: false });
    const page = await getPublicPage(deps, slug);
    expect(page).toMatchObject({
      name: 'Cap Avenir Conseil',
      ndaNumber: '84691234569',
      qualiopi: { valid: true },
      accessibility: { name: 'Inès Moreau' },
    });
    expect(page.offers.map((o) => o.title)).toEqual(['Bilan à distance']);
    await updateOrganisationProfile(
      deps,
      org.admin.actor,
      OrganisationProfileSchema.parse({ ...PROFILE, slug, publicPageEnabled: false }),
    );
    await expect(getPublicPage(deps, slug)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('contact form', () => {
  it('records the lead with its origin, acknowledges it and notifies the admins', async () => {
    const id = await newLead();
    const lead = await deps.db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(lead).toMatchObject({
      email: 'bruno.lefevre@exemple.fr',
      status: 'new',
      declared_source: 'search_engine',
      referrer: CONTACT.referrer,
      utm: { source: 'newsletter', campaign: 'automne' },
    });
    const mails = await deps.db
      .selectFrom('outbox_emails')
      .select(['kind', 'to_address', 'text_body'])
      .where('organisation_id', '=', org.id)
      .where('kind', 'like', 'lead_%')
      .orderBy('kind')
      .execute();
    expect(mails.map((m) => [m.kind, m.to_address])).toEqual([
      ['lead_acknowledgement', 'bruno.lefevre@exemple.fr'],
      ['lead_received', org.admin.email],
    ]);
    expect(mails[0]?.text_body).toContain('vous répondre dans un délai de 2 jours');
    expect(mails[1]?.text_body).toContain(`/demandes/${id}`);
    // The person's message is not copied into e-mails.
    for (const mail of mails) expect(mail.text_body).not.toContain('logistique');
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id'])
      .where('subject_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'lead.received', actor_user_id: null }]);
  });

  it('ignores a filled honeypot without saving anything', async () => {
    await submitContactRequest(
      deps,
      origin(),
      slug,
      ContactRequestSchema.parse({ ...CONTACT, website: 'http://spam.example' }),
    );
    expect(await deps.db.selectFrom('leads').select('id').where('organisation_id', '=', org.id).execute()).toEqual([]);
    expect(
      await deps.db
        .selectFrom('outbox_emails')
        .select('id')
        .where('organisation_id', '=', org.id)
        .where('kind', 'like', 'lead_%')
        .execute(),
    ).toEqual([]);
  });

  it('accepts five requests an hour from one address, refuses the sixth, and accepts again an hour later', async () => {
    for (let i = 0; i < 5; i++) await newLead('203.0.113.99');
    await expect(newLead('203.0.113.99')).rejects.toMatchObject({ code: 'contact_throttled', status: 429 });
    expect(await deps.db.selectFrom('leads').select('id').where('organisation_id', '=', org.id).execute()).toHaveLength(
      5,
    );
    await newLead('203.0.113.100');
    deps.clock.advance(60 * 60_000);
    await expect(newLead('203.0.113.99')).resolves.toBeDefined();
  });

  it('refuses an offer of another organisation, and an unpublished page', async () => {
    const other = await createOrganisation(deps);
    const offer = await createOffer(
      deps,
      other.admin.actor,
      OfferSchema.parse({
        title: 'Autre',
        accompanimentHours: '20',
        personalWorkHours: '0',
        modality: 'remote',
        price: '1000',
        accessDelay: '10 jours',
      }),
    );
    await expect(
      submitContactRequest(deps, origin(), slug, ContactRequestSchema.parse({ ...CONTACT, offerId: offer.id })),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      submitContactRequest(
        deps,
        origin(),
        other.name.toLowerCase().replace(/ /g, '-'),
        ContactRequestSchema.parse(CONTACT),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(
      await deps.db.selectFrom('leads').select('id').where('organisation_id', 'in', [org.id, other.id]).execute(),
    ).toEqual([]);
  });
});

describe('leads', () => {
  it('walks a lead from the form to a bilan, with history and audit', async () => {
    const id = await newLead();
    expect((await listLeads(deps, org.consultant.actor)).map((l) => [l.id, l.unopened])).toEqual([[id, true]]);
    // Published commitment: a first answer within 2 days.
    expect((await listLeads(deps, org.admin.actor))[0]?.answerDue).toEqual({
      at: '2026-11-25T09:00:00.000Z',
      overdue: false,
    });
    deps.clock.set('2026-11-25T09:00:01Z');
    expect((await getLead(deps, org.admin.actor, id)).answerDue?.overdue).toBe(true);
    // Opened once: no longer marked as unread.
    expect((await listLeads(deps, org.consultant.actor))[0]?.unopened).toBe(false);
    deps.clock.set('2026-11-23T09:00:00Z');
    await changeLeadStatus(deps, org.admin.actor, id, { action: 'mark_contacted' });
    expect((await listLeads(deps, org.admin.actor))[0]?.answerDue).toBeNull();
    await assignLead(deps, org.admin.actor, id, org.consultant.id);
    await planLeadInterview(deps, org.admin.actor, id, {
      date: '2026-11-25',
      start: '10:00',
      end: '11:00',
      mode: 'phone',
    });
    let lead = await getLead(deps, org.consultant.actor, id);
    expect(lead).toMatchObject({
      status: 'interview_planned',
      assignedConsultantId: org.consultant.id,
      canRecordInterview: true,
      canConvert: false,
    });
    await expect(
      recordLeadInterview(deps, org.consultant.actor, id, { situation: 'S', expectations: 'E', outcome: 'bilan' }),
    ).rejects.toMatchObject({ code: 'lead_refused', message: expect.stringContaining('pas encore eu lieu') });
    deps.clock.set('2026-11-25T11:00:00Z');
    await recordLeadInterview(deps, org.consultant.actor, id, {
      situation: 'Logisticien depuis quinze ans.',
      expectations: 'Changer de métier.',
      outcome: 'bilan',
    });
    lead = await getLead(deps, org.consultant.actor, id);
    expect(lead).toMatchObject({
      status: 'interview_done',
      canConvert: true,
      interview: { outcome: 'bilan', situation: 'Logisticien depuis quinze ans.' },
    });
    expect((await getLead(deps, org.admin.actor, id)).canConvert).toBe(false);
    const { bilanId } = await convertLead(deps, org.consultant.actor, id, { financing: 'cpf', plannedHours: 20 * 60 });
    lead = await getLead(deps, org.admin.actor, id);
    expect(lead).toMatchObject({ status: 'converted', bilanId, actions: [] });
    expect(lead.history.map((h) => [h.event, h.event === 'status' ? h.to : h.detail])).toEqual([
      ['status', 'new'],
      ['status', 'contacted'],
      ['assigned', expect.stringMatching(/^Claire consultant-/)],
      ['status', 'interview_planned'],
      ['status', 'interview_done'],
      ['status', 'converted'],
    ]);
    const bilan = await deps.db
      .selectFrom('bilans as b')
      .innerJoin('users as u', 'u.id', 'b.beneficiary_id')
      .select(['b.consultant_id', 'b.financing', 'u.email', 'u.status'])
      .where('b.id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(bilan).toEqual({
      consultant_id: org.consultant.id,
      financing: 'cpf',
      email: 'bruno.lefevre@exemple.fr',
      status: 'invited',
    });
    const invitation = await deps.db
      .selectFrom('outbox_emails')
      .select('id')
      .where('kind', '=', 'invitation_beneficiary')
      .where('to_address', '=', 'bruno.lefevre@exemple.fr')
      .execute();
    expect(invitation).toHaveLength(1);
    const actions = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('subject_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'lead.received',
      'lead.status_changed',
      'lead.assigned',
      'lead.interview_planned',
      'lead.interview_recorded',
      'lead.converted',
    ]);
    await expect(
      convertLead(deps, org.consultant.actor, id, { financing: 'cpf', plannedHours: 1200 }),
    ).rejects.toMatchObject({ code: 'lead_refused' });
  });

  it('records a redirection with its reason and refuses to convert it', async () => {
    const id = await newLead();
    await planLeadInterview(deps, org.consultant.actor, id, {
      date: '2026-11-24',
      start: '09:00',
      end: '09:30',
      mode: 'remote',
      link: 'https://visio.exemple.fr/a',
    });
    deps.clock.set('2026-11-24T10:00:00Z');
    await recordLeadInterview(deps, org.consultant.actor, id, {
      situation: 'Souhaite valider un diplôme.',
      expectations: 'Obtenir un titre.',
      outcome: 'redirect',
      redirection: 'vae',
      reason: 'Projet déjà clair : une VAE convient mieux.',
    });
    const lead = await getLead(deps, org.admin.actor, id);
    expect(lead).toMatchObject({
      status: 'redirected',
      statusReason: 'Projet déjà clair : une VAE convient mieux.',
      interview: { redirection: 'vae' },
      actions: ['reopen'],
    });
    await expect(
      convertLead(deps, org.consultant.actor, id, { financing: 'cpf', plannedHours: 1200 }),
    ).rejects.toMatchObject({ code: 'lead_refused' });
    expect(await deps.db.selectFrom('bilans').select('id').where('organisation_id', '=', org.id).execute()).toEqual([]);
  });

  it('sends the person the invitation to the entretien préalable with its calendar file, updated when it moves', async () => {
    const id = await newLead();
    await planLeadInterview(deps, org.consultant.actor, id, {
      date: '2026-11-26',
      start: '14:00',
      end: '14:45',
      mode: 'phone',
    });
    deps.clock.advance(60_000); // the two e-mails are ordered by their time of writing
    await planLeadInterview(deps, org.consultant.actor, id, {
      date: '2026-11-27',
      start: '09:00',
      end: '09:45',
      mode: 'in_person',
      place: '12 rue de la République, Lyon',
    });
    const mails = await deps.db
      .selectFrom('outbox_emails')
      .select(['subject', 'text_body', 'attachments', 'to_address'])
      .where('kind', '=', 'lead_interview_planned')
      .where('organisation_id', '=', org.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(mails).toHaveLength(2);
    expect(mails[0]).toMatchObject({
      to_address: 'bruno.lefevre@exemple.fr',
      subject: 'Votre entretien préalable le jeudi 26 novembre 2026 de 14\u00A0h à 14\u00A0h\u00A045',
    });
    expect(mails[0]?.text_body).toContain('vous appellera au 06 12 34 56 78');
    expect(mails[0]?.text_body).toContain('gratuit et sans engagement');
    expect(mails[1]?.subject).toBe(
      'Votre entretien préalable est déplacé au vendredi 27 novembre 2026 de 9\u00A0h à 9\u00A0h\u00A045',
    );
    const ics = (i: number) => Buffer.from(mails[i]?.attachments[0]?.contentBase64 ?? '', 'base64').toString('utf8');
    expect(ics(0)).toContain(`UID:entretien-prealable-${id}@sillage`);
    expect(ics(0)).toContain('SEQUENCE:0');
    expect(ics(1)).toContain('SEQUENCE:1');
    expect(ics(1)).toContain('DTSTART:20261127T080000Z');
    // The lead's history keeps the assignment that planning made and the move.
    const history = (await getLead(deps, org.admin.actor, id)).history;
    expect(history.map((h) => [h.event, h.event === 'status' ? h.to : h.detail, h.by])).toEqual([
      ['status', 'new', null],
      ['assigned', expect.stringMatching(/^Claire consultant-/), expect.any(String)],
      ['status', 'interview_planned', expect.any(String)],
      ['interview_moved', '2026-11-27T08:00:00.000Z', expect.any(String)],
    ]);
    expect(deps.queued).toBeGreaterThan(0);
  });

  it('enters an entretien held on the spot, without an invitation, and records its report at once', async () => {
    const id = await newLead();
    await changeLeadStatus(deps, org.consultant.actor, id, { action: 'mark_contacted' });
    // 10:00 in Paris: the call-back began at 09:40 and became the entretien préalable.
    await planLeadInterview(deps, org.consultant.actor, id, {
      date: '2026-11-23',
      start: '09:40',
      end: '10:10',
      mode: 'phone',
    });
    await recordLeadInterview(deps, org.consultant.actor, id, {
      situation: 'Rappelée ce matin ; logisticienne depuis dix ans.',
      expectations: 'Changer de métier.',
      outcome: 'bilan',
    });
    expect(await getLead(deps, org.consultant.actor, id)).toMatchObject({
      status: 'interview_done',
      interview: { outcome: 'bilan', startsAt: '2026-11-23T08:40:00.000Z' },
    });
    // Held yesterday, entered today: accepted too; no invitation is sent for a past entretien.
    const other = await newLead('198.51.100.78');
    await planLeadInterview(deps, org.consultant.actor, other, {
      date: '2026-11-22',
      start: '15:00',
      end: '15:45',
      mode: 'in_person',
      place: 'Agence de Lyon',
    });
    expect((await getLead(deps, org.consultant.actor, other)).canRecordInterview).toBe(true);
    const invitations = await deps.db
      .selectFrom('outbox_emails')
      .select('id')
      .where('kind', '=', 'lead_interview_planned')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(invitations).toEqual([]);
  });

  it('refuses bad interview plans with the field named, and saves nothing', async () => {
    const id = await newLead();
    const plan = { date: '2026-11-25', start: '10:00', end: '11:00', mode: 'phone' as const };
    await expect(planLeadInterview(deps, org.admin.actor, id, plan)).rejects.toMatchObject({
      fields: { consultantId: expect.stringContaining('Attribuez d’abord') },
    });
    await expect(
      planLeadInterview(deps, org.consultant.actor, id, { ...plan, date: '2026-11-15' }),
    ).rejects.toMatchObject({ fields: { date: expect.stringContaining('trop ancienne') } });
    await expect(
      planLeadInterview(deps, org.consultant.actor, id, { ...plan, date: '2027-11-24' }),
    ).rejects.toMatchObject({ fields: { date: expect.stringContaining('plus de 1 an à l’avance') } });
    await expect(planLeadInterview(deps, org.consultant.actor, id, { ...plan, end: '09:00' })).rejects.toMatchObject({
      fields: { end: expect.stringContaining('après') },
    });
    await expect(
      planLeadInterview(deps, org.consultant.actor, id, { ...plan, date: '2026-02-30' }),
    ).rejects.toMatchObject({ fields: { date: expect.any(String) } });
    const other = await newLead('198.51.100.77');
    await planLeadInterview(deps, org.consultant.actor, other, plan);
    await expect(
      planLeadInterview(deps, org.consultant.actor, id, { ...plan, start: '10:30', end: '11:30' }),
    ).rejects.toMatchObject({ fields: { start: expect.stringContaining('déjà un rendez-vous') } });
    expect((await getLead(deps, org.admin.actor, id)).status).toBe('new');
    expect(await deps.db.selectFrom('lead_interviews').select('lead_id').where('lead_id', '=', id).execute()).toEqual(
      [],
    );
  });

  it('closes with a reason, reopens, and keeps leads inside the organisation', async () => {
    const id = await newLead();
    await changeLeadStatus(deps, org.consultant.actor, id, { action: 'close', reason: 'Ne répond plus' });
    await expect(
      changeLeadStatus(deps, org.consultant.actor, id, { action: 'close', reason: 'Encore' }),
    ).rejects.toMatchObject({ code: 'lead_refused' });
    await changeLeadStatus(deps, org.consultant.actor, id, { action: 'reopen' });
    expect((await getLead(deps, org.admin.actor, id)).status).toBe('contacted');
    const other = await createOrganisation(deps);
    await expect(getLead(deps, other.admin.actor, id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(assignLead(deps, org.admin.actor, id, other.consultant.id)).rejects.toMatchObject({
      code: 'validation_failed',
    });
    expect(await listLeads(deps, other.consultant.actor)).toEqual([]);
  });
});

describe('the offer chosen at intake', () => {
  const offer = (title: string, price: string, modality: 'in_person' | 'remote' | 'mixed') =>
    createOffer(
      deps,
      org.admin.actor,
      OfferSchema.parse({
        title,
        accompanimentHours: '18',
        personalWorkHours: '6',
        modality,
        places: modality === 'remote' ? '' : '12 rue de la République, 69002 Lyon',
        price,
        accessDelay: '15 jours après l’entretien préalable',
      }),
    );

  /** A lead from the public form with this offer, whose entretien préalable concluded to a bilan. */
  let interviews = 0;
  async function leadReadyToConvert(offerId: string): Promise<string> {
    deps.clock.set('2026-11-23T09:00:00Z');
    const day = `2026-11-${String(25 + interviews++).padStart(2, '0')}`;
    const before = new Set(
      (await deps.db.selectFrom('leads').select('id').where('organisation_id', '=', org.id).execute()).map((r) => r.id),
    );
    const email = `bruno.${Math.random().toString(36).slice(2, 10)}@exemple.fr`;
    await submitContactRequest(deps, origin(), slug, ContactRequestSchema.parse({ ...CONTACT, email, offerId }));
    const id = (await deps.db.selectFrom('leads').select('id').where('organisation_id', '=', org.id).execute())
      .map((r) => r.id)
      .find((leadId) => !before.has(leadId))!;
    await planLeadInterview(deps, org.consultant.actor, id, { date: day, start: '10:00', end: '11:00', mode: 'phone' });
    deps.clock.set(`${day}T11:00:00Z`);
    await recordLeadInterview(deps, org.consultant.actor, id, { situation: 'S', expectations: 'E', outcome: 'bilan' });
    return id;
  }

  it.skipIf(Boolean(PDFTOTEXT_MISSING))(
    'carries its price, modality, places and personal work over to the bilan’s financing and its quote',
    async () => {
      const chosen = await offer('Bilan mixte', '1 750', 'mixed');
      const id = await leadReadyToConvert(chosen.id);
      expect((await getLead(deps, org.consultant.actor, id)).offers.map((o) => [o.title, o.priceCents])).toEqual([
        ['Bilan mixte', 175_000],
      ]);
      const { bilanId } = await convertLead(deps, org.consultant.actor, id, {
        financing: 'cpf',
        plannedHours: 18 * 60,
      });
      expect(await getFinancing(deps, org.consultant.actor, bilanId)).toMatchObject({
        priceCents: 175_000,
        prestation: {
          offer: { id: chosen.id, title: 'Bilan mixte' },
          modality: 'mixed',
          places: '12 rue de la République, 69002 Lyon',
          personalWorkMinutes: 360,
        },
      });
      // The quote prints the carried-over price once the bilan's own facts are known.
      await updateOrganisationProfile(
        deps,
        org.admin.actor,
        OrganisationProfileSchema.parse({
          ...PROFILE,
          slug,
          vatRegime: 'exempt',
          signatoryName: 'Marie Durand',
          signatoryRole: 'gérante',
        }),
      );
      await saveFinancing(deps, org.consultant.actor, bilanId, {
        plannedStartOn: '2026-12-14',
        plannedEndOn: '2027-02-26',
        workingTime: 'outside',
      });
      const quote = await generateDocument(deps, org.consultant.actor, bilanId, 'devis');
      const text = pdfText((await getDocumentPdf(deps, org.consultant.actor, quote.documentId, false)).pdf).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain('Prix 1 750,00 € net de taxe');
      expect(text).toContain('Mixte : en présentiel et à distance');
      expect(text).toContain('Travail personnel 6 h entre les séances');
    },
  );

  it('takes the offer the consultant picks instead, or none, and refuses an offer of another organisation', async () => {
    const first = await offer('Bilan en présentiel', '1 900', 'in_person');
    const second = await offer('Bilan à distance', '1 500', 'remote');
    const picked = await convertLead(deps, org.consultant.actor, await leadReadyToConvert(first.id), {
      financing: 'self_funded',
      plannedHours: 1200,
      offerId: second.id,
    });
    expect(await getFinancing(deps, org.consultant.actor, picked.bilanId)).toMatchObject({
      priceCents: 150_000,
      prestation: { offer: { title: 'Bilan à distance' }, modality: 'remote', places: null },
    });
    const other = await createOrganisation(deps);
    const foreign = await createOffer(
      deps,
      other.admin.actor,
      OfferSchema.parse({
        title: 'Autre',
        accompanimentHours: '20',
        personalWorkHours: '0',
        modality: 'remote',
        price: '1000',
        accessDelay: '10 jours',
      }),
    );
    const lead = await leadReadyToConvert(first.id);
    await expect(
      convertLead(deps, org.consultant.actor, lead, { financing: 'cpf', plannedHours: 1200, offerId: foreign.id }),
    ).rejects.toMatchObject({ code: 'validation_failed', fields: { offerId: 'Choisissez une offre de la liste.' } });
    const none = await convertLead(deps, org.consultant.actor, lead, {
      financing: 'cpf',
      plannedHours: 1200,
      offerId: '',
    });
    expect(await getFinancing(deps, org.consultant.actor, none.bilanId)).toMatchObject({
      priceCents: null,
      prestation: { offer: null, modality: null },
    });
  });
});
