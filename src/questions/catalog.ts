import type { Kysely } from 'kysely';
import { QuestionSchema, type Question } from '../core/bank/index.ts';
import type { Database } from '../db/index.ts';

export type CatalogQuestion = Question & { readonly source: 'bank' | 'org' };

export interface QuestionFilters {
  readonly type?: string | undefined;
  readonly competency?: string | undefined;
  readonly bank?: string | undefined;
  readonly q?: string | undefined;
}

/**
 * The questions an organisation can use: the shipped bank (in memory, read
 * once at start) and the organisation's own questions (in the database).
 */
export class QuestionCatalog {
  readonly #bank: ReadonlyMap<string, Question>;
  /** Bank questions never change while the process runs: serialise each once. */
  readonly #bankJson = new Map<string, string>();

  constructor(
    private readonly db: Kysely<Database>,
    bank: readonly Question[],
  ) {
    this.#bank = new Map(bank.map((q) => [q.id, q]));
  }

  get bankSize(): number {
    return this.#bank.size;
  }

  isBankId(id: string): boolean {
    return this.#bank.has(id);
  }

  /** The shipped bank alone, for what needs no organisation (practice). */
  bankQuestions(): readonly Question[] {
    return [...this.#bank.values()];
  }

  async list(orgId: string, filters: QuestionFilters = {}): Promise<CatalogQuestion[]> {
    const own = await this.#orgQuestions(orgId);
    const all = [...[...this.#bank.values()].map(fromBank), ...own];
    return all.filter((q) => matches(q, filters));
  }

  /** The same list as `list`, as the JSON body `{"items": [...]}`, reusing each bank question's JSON. */
  async listJson(orgId: string, filters: QuestionFilters = {}): Promise<string> {
    const parts = (await this.list(orgId, filters)).map((q) => (q.source === 'bank' ? this.#jsonOfBank(q) : JSON.stringify(q)));
    return `{"items":[${parts.join(',')}]}`;
  }

  #jsonOfBank(q: CatalogQuestion): string {
    let json = this.#bankJson.get(q.id);
    if (json === undefined) {
      json = JSON.stringify(q);
      this.#bankJson.set(q.id, json);
    }
    return json;
  }

  async find(orgId: string, id: string): Promise<CatalogQuestion | undefined> {
    const fromShipped = this.#bank.get(id);
    if (fromShipped) return fromBank(fromShipped);
    const row = await this.db
      .selectFrom('org_questions')
      .select('data')
      .where('org_id', '=', orgId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? { ...QuestionSchema.parse(row.data), source: 'org' } : undefined;
  }

  /** The questions of the given ids that exist, by id. */
  async resolve(orgId: string, ids: readonly string[]): Promise<Map<string, CatalogQuestion>> {
    const found = new Map<string, CatalogQuestion>();
    const missing = ids.filter((id) => {
      const q = this.#bank.get(id);
      if (q) found.set(id, fromBank(q));
      return !q;
    });
    if (missing.length > 0) {
      for (const q of await this.#orgQuestions(orgId, missing)) found.set(q.id, q);
    }
    return found;
  }

  async add(orgId: string, question: Question): Promise<'created' | 'exists'> {
    if (this.#bank.has(question.id)) return 'exists';
    const result = await this.db
      .insertInto('org_questions')
      .values({ org_id: orgId, id: question.id, data: JSON.stringify(question) })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    return (result.numInsertedOrUpdatedRows ?? 0n) > 0n ? 'created' : 'exists';
  }

  async #orgQuestions(orgId: string, ids?: readonly string[]): Promise<CatalogQuestion[]> {
    let query = this.db.selectFrom('org_questions').select('data').where('org_id', '=', orgId).orderBy('id');
    if (ids) query = query.where('id', 'in', ids);
    const rows = await query.execute();
    return rows.map((r) => ({ ...QuestionSchema.parse(r.data), source: 'org' as const }));
  }
}

function fromBank(q: Question): CatalogQuestion {
  return { ...q, source: 'bank' };
}

function matches(q: CatalogQuestion, f: QuestionFilters): boolean {
  if (f.type && q.type !== f.type) return false;
  if (f.bank && q.bank !== f.bank) return false;
  if (f.competency && !q.competencies.includes(f.competency as never)) return false;
  if (f.q) {
    const needle = f.q.toLowerCase();
    if (!`${q.id} ${q.topic} ${q.text}`.toLowerCase().includes(needle)) return false;
  }
  return true;
}
