import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import { Candidate, CandidateConsent, CandidateSkill } from '@jobbro/candidates';
import { Company } from '@jobbro/companies';
import { Intake, IntakesService } from '@jobbro/duty-desk';
import { NotificationOutbox, notifyWithin } from '@jobbro/notifications';
import {
  invalidField,
  isStaffRole,
  JOBBRO_RUNTIME,
  pageOf,
  TenantData,
  type JobbroRuntime,
  type Page,
  type PageQueryDto,
  type TenantContext,
  type TenantScope,
} from '@jobbro/platform';
import { Posting } from '@jobbro/postings';
import { AuditLogService } from '@jobbro/privacy';
import { distanceKm, PostcodesService, TaxonomyService } from '@jobbro/taxonomy';
import { anonymisedEntry } from './anonymiser';
import type {
  CreateShortlistDto,
  FindShortlistsQuery,
  ShortlistAnswerDto,
  ShortlistEntryDto,
} from './dto/shortlist.dto';
import { MAX_ENTRIES } from './dto/shortlist.dto';
import { pseudonymFor, pseudonymKey, REFERENCE_PATTERN } from './pseudonym';
import { ShortlistEntry } from './shortlist-entry.entity';
import { shortlistSentNotifications } from './shortlist-notifications';
import { Shortlist } from './shortlist.entity';
import type {
  EmployerShortlistEntryResponse,
  EmployerShortlistResponse,
  EmployerShortlistSummaryResponse,
  ShortlistResponse,
  ShortlistSummaryResponse,
} from './shortlist.response';

const CANDIDATE_RECORD_TYPE = 'candidate';

interface Counts {
  entryCount: number;
  answeredCount: number;
  interestedCount: number;
}

/**
 * Shortlists: a consultant proposes candidates to a company for an intake or a posting, sends the list, and the
 * company answers per candidate. Staff see names (an audited read); the company sees each candidate anonymised under
 * its own pseudonymous reference, named only while the candidate's consent to that company stands (also audited).
 * Nothing is sent by itself: only the explicit send makes a list visible to the company.
 */
@Injectable()
export class ShortlistsService {
  private key: Buffer | null = null;

  constructor(
    private readonly data: TenantData,
    private readonly intakes: IntakesService,
    private readonly postcodes: PostcodesService,
    private readonly taxonomy: TaxonomyService,
    private readonly audit: AuditLogService,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
    private readonly outbox: NotificationOutbox,
  ) {}

  async create(tenant: TenantContext, input: CreateShortlistDto, endpoint: string): Promise<ShortlistResponse> {
    const id = await this.data.for(tenant).transaction(async (scope) => {
      const origin = input.intakeId
        ? await this.intakeOrigin(scope, input.intakeId)
        : await this.postingOrigin(scope, input.postingId!);
      const actor = tenant.actor!;
      const shortlist = await scope.save(
        Shortlist,
        scope.create(Shortlist, {
          companyId: origin.companyId,
          intakeId: input.intakeId ?? null,
          postingId: input.postingId ?? null,
          status: 'draft',
          createdById: isStaffRole(actor.role) ? actor.id : null,
          createdByName: actor.name,
          sentAt: null,
          sentByName: null,
          closedAt: null,
        }),
      );
      await this.addTo(scope, shortlist, input.entries);
      return shortlist.id;
    });
    return this.get(tenant, id, endpoint);
  }

  async addEntries(
    tenant: TenantContext,
    id: string,
    entries: ShortlistEntryDto[],
    endpoint: string,
  ): Promise<ShortlistResponse> {
    await this.data.for(tenant).transaction(async (scope) => {
      const shortlist = await lockShortlist(scope, id);
      assertDraft(shortlist, 'get candidates added');
      await this.addTo(scope, shortlist, entries);
    });
    return this.get(tenant, id, endpoint);
  }

  async removeEntry(tenant: TenantContext, id: string, candidateId: string): Promise<void> {
    await this.data.for(tenant).transaction(async (scope) => {
      const shortlist = await lockShortlist(scope, id);
      const entry = await scope.findOne(ShortlistEntry, { where: { shortlistId: id, candidateId } });
      if (!entry) throw new NotFoundException(`The candidate ${candidateId} is not on the shortlist`);
      assertDraft(shortlist, 'have candidates removed');
      await scope.delete(ShortlistEntry, { id: entry.id });
      await scope.query(
        `UPDATE shortlist_entries SET position = position - 1
          WHERE jobcentre_id = $1 AND shortlist_id = $2 AND position > $3`,
        [id, entry.position],
      );
    });
  }

  /** Sends a draft to its company; for an intake, records it in the intake's history and closes a contacted one. */
  async send(tenant: TenantContext, id: string, endpoint: string): Promise<ShortlistResponse> {
    const closedIntake = await this.data.for(tenant).transaction(async (scope) => {
      const shortlist = await lockShortlist(scope, id);
      assertDraft(shortlist, 'be sent again');
      const count = await scope.select(ShortlistEntry, 'entry').andWhere('entry.shortlistId = :id', { id }).getCount();
      if (count === 0) throw new ConflictException('The shortlist has no candidates; add one before sending it');
      const intakeId = await this.historyIntakeOf(scope, shortlist);
      const closed = intakeId
        ? await this.intakes.recordShortlistSent(tenant, scope, intakeId, { shortlistId: id, candidates: count })
        : false;
      await scope.update(Shortlist, { id }, { status: 'sent', sentAt: new Date(), sentByName: tenant.actor!.name });
      await this.notifySent(scope, shortlist, count, tenant.actor!.name);
      return closed ? intakeId : null;
    });
    if (closedIntake) await this.intakes.afterClosed(closedIntake);
    return this.get(tenant, id, endpoint);
  }

  /** Tells the company's employer users that the list was sent, in the sending transaction. */
  private async notifySent(scope: TenantScope, shortlist: Shortlist, candidates: number, sentByName: string) {
    const [facts] = await scope.query<{ company_name: string; jobcentre_name: string; posting_title: string | null }>(
      `SELECT c.name AS company_name, j.name AS jobcentre_name, p.title AS posting_title
         FROM companies c JOIN jobcentres j ON j.id = c.jobcentre_id
         LEFT JOIN postings p ON p.id = $3 AND p.jobcentre_id = $1
        WHERE c.jobcentre_id = $1 AND c.id = $2`,
      [shortlist.companyId, shortlist.postingId],
    );
    const users = await scope.query<{ id: string }>(
      `SELECT u.id FROM user_accounts u JOIN companies c ON c.id = $2 AND c.jobcentre_id = $1
        WHERE u.jobcentre_id = $1 AND u.active AND u.staff_member_id IS NULL
          AND c.cvr_number = ANY(u.company_cvr_numbers)`,
      [shortlist.companyId],
    );
    await notifyWithin(
      this.outbox,
      scope,
      shortlistSentNotifications(
        {
          shortlistId: shortlist.id,
          jobcentreId: scope.jobcentreId,
          jobcentreName: facts?.jobcentre_name ?? '',
          companyName: facts?.company_name ?? '',
          postingTitle: facts?.posting_title ?? null,
          candidates,
          sentByName,
        },
        users.map((user) => user.id),
      ),
    );
  }

  /** Ends a sent list: the company sees it still, but its answers are final. */
  async close(tenant: TenantContext, id: string, endpoint: string): Promise<ShortlistResponse> {
    await this.data.for(tenant).transaction(async (scope) => {
      const shortlist = await lockShortlist(scope, id);
      if (shortlist.status !== 'sent')
        throw new ConflictException(`The shortlist is ${shortlist.status}; only a sent shortlist can be closed`);
      await scope.update(Shortlist, { id }, { status: 'closed', closedAt: new Date() });
    });
    return this.get(tenant, id, endpoint);
  }

  async find(tenant: TenantContext, query: FindShortlistsQuery): Promise<Page<ShortlistSummaryResponse>> {
    const scope = this.data.for(tenant);
    const builder = scope
      .select(Shortlist, 'shortlist')
      .leftJoinAndSelect('shortlist.company', 'company', 'company.jobcentre_id = shortlist.jobcentre_id');
    if (query.intakeId) builder.andWhere('shortlist.intake_id = :intakeId', { intakeId: query.intakeId });
    if (query.postingId) builder.andWhere('shortlist.posting_id = :postingId', { postingId: query.postingId });
    if (query.companyId) builder.andWhere('shortlist.company_id = :companyId', { companyId: query.companyId });
    if (query.status) builder.andWhere('shortlist.status = :status', { status: query.status });
    const [items, total] = await builder
      .orderBy('shortlist.created_at', 'DESC')
      .addOrderBy('shortlist.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const [counts, titles] = await Promise.all([countsOf(scope, items), titlesOf(scope, items)]);
    return pageOf(
      items.map((shortlist) => summaryOf(shortlist, counts, titles)),
      total,
      query,
    );
  }

  /** One shortlist with its candidates' names and the company's answers: a read of personal data, audited. */
  async get(tenant: TenantContext, id: string, endpoint: string): Promise<ShortlistResponse> {
    const scope = this.data.for(tenant);
    const shortlist = await scope.getOne(
      Shortlist,
      { where: { id }, relations: { company: true } },
      `No shortlist with id ${id}`,
    );
    const entries = await scope.find(ShortlistEntry, {
      where: { shortlistId: id },
      relations: { candidate: true },
      order: { position: 'ASC' },
    });
    const candidateIds = entries.map((entry) => entry.candidateId);
    const [counts, titles, consented] = await Promise.all([
      countsOf(scope, [shortlist]),
      titlesOf(scope, [shortlist]),
      consentedOf(scope, shortlist.companyId, candidateIds),
    ]);
    if (candidateIds.length > 0)
      await this.audit.record(
        tenant,
        { action: 'read', recordType: CANDIDATE_RECORD_TYPE, recordIds: candidateIds, endpoint },
        scope,
      );
    return {
      ...summaryOf(shortlist, counts, titles),
      sentBy: shortlist.sentByName,
      entries: entries.map((entry) => ({
        candidate: { id: entry.candidateId, name: entry.candidate?.name ?? '' },
        position: entry.position,
        matchRunId: entry.matchRunId,
        includedAnyway: entry.includedAnyway,
        note: entry.note,
        reference: entry.reference,
        identifiedToCompany: consented.has(entry.candidateId),
        answer: answerOf(entry),
      })),
    };
  }

  /** The sent (and closed) shortlists of the companies an employer user acts for, newest first. */
  async listForEmployer(tenant: TenantContext, query: PageQueryDto): Promise<Page<EmployerShortlistSummaryResponse>> {
    const scope = this.data.for(tenant);
    const [items, total] = await this.employersShortlists(scope, tenant)
      .orderBy('shortlist.sent_at', 'DESC')
      .addOrderBy('shortlist.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const [counts, titles] = await Promise.all([countsOf(scope, items), titlesOf(scope, items)]);
    return pageOf(
      items.map((shortlist) => employerSummaryOf(shortlist, counts, titles)),
      total,
      query,
    );
  }

  /**
   * One of the employer's sent shortlists, each candidate anonymised; a candidate whose consent to the company
   * stands is named, and that identity read is audited. A draft, or another company's list, is not found.
   */
  async getForEmployer(tenant: TenantContext, id: string, endpoint: string): Promise<EmployerShortlistResponse> {
    const scope = this.data.for(tenant);
    const shortlist = await this.employersShortlist(scope, tenant, id);
    const entries = await scope.find(ShortlistEntry, {
      where: { shortlistId: id },
      relations: { candidate: true },
      order: { position: 'ASC' },
    });
    const [counts, titles] = await Promise.all([countsOf(scope, [shortlist]), titlesOf(scope, [shortlist])]);
    const views = await this.employerViews(tenant, scope, shortlist, entries, endpoint);
    return { ...employerSummaryOf(shortlist, counts, titles), entries: views };
  }

  /** The company's answer about one candidate, by its reference; it may change until the list is closed. */
  async answer(
    tenant: TenantContext,
    id: string,
    reference: string,
    input: ShortlistAnswerDto,
    endpoint: string,
  ): Promise<EmployerShortlistEntryResponse> {
    const scope = this.data.for(tenant);
    return scope.transaction(async (tx) => {
      const shortlist = await this.employersShortlist(tx, tenant, id, true);
      const entry = REFERENCE_PATTERN.test(reference)
        ? await tx.findOne(ShortlistEntry, { where: { shortlistId: id, reference }, relations: { candidate: true } })
        : null;
      if (!entry) throw new NotFoundException(`No candidate ${reference} on the shortlist`);
      if (shortlist.status === 'closed')
        throw new ConflictException('The jobcentre has closed the shortlist; answers can no longer be changed');
      const answer = {
        answer: input.answer,
        answerComment: input.comment ?? null,
        answeredAt: new Date(),
        answeredByName: tenant.actor!.name,
      };
      await tx.update(ShortlistEntry, { id: entry.id }, answer);
      const intakeId = await this.historyIntakeOf(tx, shortlist);
      if (intakeId)
        await this.intakes.recordShortlistAnswer(tenant, tx, intakeId, {
          shortlistId: id,
          reference,
          answer: input.answer,
        });
      const [view] = await this.employerViews(tenant, tx, shortlist, [Object.assign(entry, answer)], endpoint);
      return view;
    });
  }

  private async employerViews(
    tenant: TenantContext,
    scope: TenantScope,
    shortlist: Shortlist,
    entries: ShortlistEntry[],
    endpoint: string,
  ): Promise<EmployerShortlistEntryResponse[]> {
    const candidateIds = entries.map((entry) => entry.candidateId);
    // One after another: the scope may be a transaction's, which runs one statement at a time.
    const consented = await consentedOf(scope, shortlist.companyId, candidateIds);
    const skills = candidateIds.length
      ? await scope.find(CandidateSkill, { where: { candidateId: In(candidateIds) } })
      : [];
    const workplace = await this.workplacePostcodeOf(scope, shortlist);
    const catalogue = await this.taxonomy.catalogue();
    const labels = {
      skill: (uri: string) => catalogue.skillLabel(uri),
      occupation: (code: string) => catalogue.occupationLabel(code),
    };
    const views = await Promise.all(
      entries.map(async (entry) =>
        anonymisedEntry(
          entry,
          entry.candidate!,
          skills
            .filter((skill) => skill.candidateId === entry.candidateId)
            .sort((x, y) => y.level - x.level || x.skillUri.localeCompare(y.skillUri)),
          labels,
          await this.distanceBetween(entry.candidate!.postcode, workplace),
          consented.has(entry.candidateId),
        ),
      ),
    );
    const identified = entries.filter((entry) => consented.has(entry.candidateId)).map((entry) => entry.candidateId);
    if (identified.length > 0)
      await this.audit.record(
        tenant,
        {
          action: 'read',
          recordType: CANDIDATE_RECORD_TYPE,
          recordIds: identified,
          endpoint,
          detail: `identity shown to ${shortlist.company?.name ?? 'the company'} (consent)`,
        },
        scope,
      );
    return views;
  }

  private employersShortlists(scope: TenantScope, tenant: TenantContext) {
    return scope
      .select(Shortlist, 'shortlist')
      .innerJoinAndSelect('shortlist.company', 'company', 'company.jobcentre_id = shortlist.jobcentre_id')
      .andWhere(`shortlist.status <> 'draft'`)
      .andWhere('company.cvr_number IN (:...cvrNumbers)', {
        cvrNumbers: tenant.companyCvrNumbers.length ? [...tenant.companyCvrNumbers] : [''],
      });
  }

  private async employersShortlist(
    scope: TenantScope,
    tenant: TenantContext,
    id: string,
    lock = false,
  ): Promise<Shortlist> {
    const builder = this.employersShortlists(scope, tenant).andWhere('shortlist.id = :id', { id });
    const shortlist = await builder.getOne();
    if (!shortlist) throw new NotFoundException(`No shortlist with id ${id}`);
    if (lock) await scope.findOne(Shortlist, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return shortlist;
  }

  /** The intake whose history records the list: its own, or the one its posting was created from. */
  private async historyIntakeOf(scope: TenantScope, shortlist: Shortlist): Promise<string | null> {
    if (shortlist.intakeId) return shortlist.intakeId;
    const posting = await scope.findOne(Posting, { where: { id: shortlist.postingId! }, select: { intakeId: true } });
    return posting?.intakeId ?? null;
  }

  private async workplacePostcodeOf(scope: TenantScope, shortlist: Shortlist): Promise<string | null> {
    if (shortlist.postingId) {
      const posting = await scope.findOne(Posting, {
        where: { id: shortlist.postingId },
        select: { workplacePostcode: true },
      });
      if (posting?.workplacePostcode) return posting.workplacePostcode;
    }
    return shortlist.company?.postcode ?? null;
  }

  private async distanceBetween(from: string | null, to: string | null): Promise<number | null> {
    if (!from || !to) return null;
    const [a, b] = await Promise.all([this.postcodes.find(from), this.postcodes.find(to)]);
    if (a?.latitude == null || a.longitude == null || b?.latitude == null || b.longitude == null) return null;
    return distanceKm(
      { latitude: a.latitude, longitude: a.longitude },
      { latitude: b.latitude, longitude: b.longitude },
    );
  }

  private async intakeOrigin(scope: TenantScope, intakeId: string): Promise<{ companyId: string }> {
    const intake = await scope.findOne(Intake, { where: { id: intakeId }, select: { id: true, companyId: true } });
    if (!intake) throw invalidField('intakeId', 'intakeId must be the id of an intake of your jobcentre');
    return intake;
  }

  private async postingOrigin(scope: TenantScope, postingId: string): Promise<{ companyId: string }> {
    const posting = await scope.findOne(Posting, {
      where: { id: postingId },
      select: { id: true, companyId: true, status: true },
    });
    if (!posting) throw invalidField('postingId', 'postingId must be the id of a posting of your jobcentre');
    if (posting.status === 'closed') throw new ConflictException('The posting is closed; it takes no shortlist');
    return posting;
  }

  private async addTo(scope: TenantScope, shortlist: Shortlist, entries: ShortlistEntryDto[]): Promise<void> {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.candidateId))
        throw invalidField(`entries.${index}.candidateId`, 'candidateId is given twice; a candidate is on a list once');
      seen.set(entry.candidateId, index);
    });
    const existing = await scope.find(ShortlistEntry, {
      where: { shortlistId: shortlist.id },
      select: { candidateId: true, position: true },
    });
    for (const entry of existing) {
      const index = seen.get(entry.candidateId);
      if (index !== undefined)
        throw invalidField(`entries.${index}.candidateId`, 'candidateId is on the shortlist already');
    }
    if (existing.length + entries.length > MAX_ENTRIES)
      throw invalidField('entries', `a shortlist holds at most ${MAX_ENTRIES} candidates`);
    const ids = entries.map((entry) => entry.candidateId);
    const found = new Set(
      (await scope.find(Candidate, { where: { id: In(ids) }, select: { id: true } })).map((candidate) => candidate.id),
    );
    const missing = ids.find((id) => !found.has(id));
    if (missing) throw new NotFoundException(`No candidate with id ${missing}`);
    const key = this.pseudonymKey();
    const last = existing.reduce((max, entry) => Math.max(max, entry.position), 0);
    const rows = entries.map((entry, index) => ({
      shortlistId: shortlist.id,
      candidateId: entry.candidateId,
      position: last + index + 1,
      matchRunId: entry.matchRunId ?? null,
      includedAnyway: entry.includedAnyway ?? false,
      note: entry.note ?? null,
      reference: pseudonymFor(key, shortlist.companyId, entry.candidateId),
    }));
    // 30 bits: two candidates of one company may (rarely) share a reference; never on the same list.
    const references = [
      ...existing.map((entry) => pseudonymFor(key, shortlist.companyId, entry.candidateId)),
      ...rows.map((row) => row.reference),
    ];
    if (new Set(references).size < references.length)
      throw new ConflictException(
        'Two candidates on this list would share the reference the company knows them by; send one on another list',
      );
    await scope.insert(ShortlistEntry, rows);
  }

  private pseudonymKey(): Buffer {
    if (!this.key) {
      const secret = this.runtime.config.auth.jwtSecret;
      if (!secret) throw new Error('The app secret (AUTH_JWT_SECRET) is not set: pseudonyms cannot be made');
      this.key = pseudonymKey(secret);
    }
    return this.key;
  }
}

async function lockShortlist(scope: TenantScope, id: string): Promise<Shortlist> {
  return scope.getOne(Shortlist, { where: { id }, lock: { mode: 'pessimistic_write' } }, `No shortlist with id ${id}`);
}

function assertDraft(shortlist: Shortlist, action: string): void {
  if (shortlist.status !== 'draft')
    throw new ConflictException(`The shortlist is ${shortlist.status} and cannot ${action}; only a draft can`);
}

/** Candidates whose consent to show their identity to the company stands (not withdrawn). */
async function consentedOf(scope: TenantScope, companyId: string, candidateIds: string[]): Promise<Set<string>> {
  if (candidateIds.length === 0) return new Set();
  const consents = await scope.find(CandidateConsent, {
    where: { companyId, candidateId: In(candidateIds), withdrawnAt: IsNull() },
    select: { candidateId: true },
  });
  return new Set(consents.map((consent) => consent.candidateId));
}

async function countsOf(scope: TenantScope, shortlists: Shortlist[]): Promise<Map<string, Counts>> {
  if (shortlists.length === 0) return new Map();
  const rows = await scope.query<{ shortlist_id: string; entries: number; answered: number; interested: number }>(
    `SELECT shortlist_id, count(*)::int AS entries, count(answer)::int AS answered,
            (count(*) FILTER (WHERE answer = 'interested'))::int AS interested
       FROM shortlist_entries WHERE jobcentre_id = $1 AND shortlist_id = ANY($2::uuid[])
      GROUP BY shortlist_id`,
    [shortlists.map((shortlist) => shortlist.id)],
  );
  return new Map(
    rows.map((row) => [
      row.shortlist_id,
      { entryCount: row.entries, answeredCount: row.answered, interestedCount: row.interested },
    ]),
  );
}

async function titlesOf(scope: TenantScope, shortlists: Shortlist[]): Promise<Map<string, string>> {
  const ids = shortlists.flatMap((shortlist) => (shortlist.postingId ? [shortlist.postingId] : []));
  if (ids.length === 0) return new Map();
  const postings = await scope.find(Posting, { where: { id: In(ids) }, select: { id: true, title: true } });
  return new Map(postings.map((posting) => [posting.id, posting.title]));
}

const NO_COUNTS: Counts = { entryCount: 0, answeredCount: 0, interestedCount: 0 };

function companyOf(shortlist: Shortlist) {
  return { id: shortlist.companyId, name: (shortlist.company as Company | undefined)?.name ?? '' };
}

function postingOf(shortlist: Shortlist, titles: Map<string, string>) {
  return shortlist.postingId ? { id: shortlist.postingId, title: titles.get(shortlist.postingId) ?? '' } : null;
}

function summaryOf(
  shortlist: Shortlist,
  counts: Map<string, Counts>,
  titles: Map<string, string>,
): ShortlistSummaryResponse {
  return {
    id: shortlist.id,
    status: shortlist.status,
    company: companyOf(shortlist),
    intakeId: shortlist.intakeId,
    posting: postingOf(shortlist, titles),
    createdBy: shortlist.createdByName,
    createdAt: shortlist.createdAt,
    sentAt: shortlist.sentAt,
    closedAt: shortlist.closedAt,
    ...(counts.get(shortlist.id) ?? NO_COUNTS),
  };
}

function employerSummaryOf(
  shortlist: Shortlist,
  counts: Map<string, Counts>,
  titles: Map<string, string>,
): EmployerShortlistSummaryResponse {
  const { entryCount, answeredCount } = counts.get(shortlist.id) ?? NO_COUNTS;
  return {
    id: shortlist.id,
    status: shortlist.status,
    company: companyOf(shortlist),
    posting: postingOf(shortlist, titles),
    sentAt: shortlist.sentAt!,
    entryCount,
    answeredCount,
  };
}

function answerOf(entry: ShortlistEntry) {
  return entry.answer && entry.answeredAt
    ? {
        answer: entry.answer,
        comment: entry.answerComment,
        answeredAt: entry.answeredAt,
        answeredBy: entry.answeredByName,
      }
    : null;
}
