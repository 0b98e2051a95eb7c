import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import type { IndexPlan } from "@medusajs/search-postgres/dist/utils"
import { buildOnePassFacets } from "./one-pass-facets"
import { typedColumnStatements, usableColumns, type TypedColumn } from "./typed-columns"
import { typedWhereClause } from "./typed-filters"
import { correctQuery, type Vocabulary } from "./typo-correction"

/** The text-search configuration this provider matches with (created by its migration): no stop words, accents folded. */
const VIETNAMESE_TEXT_SEARCH_LANGUAGE = "vietnamese"

// Letters that carry a Vietnamese mark (tone or vowel mark, and đ): what a shopper types when
// they mean one exact word.
const MARKED = /[^\u0000-\u007f]/

/** How long a vocabulary serves before it is read again (in the background). */
const VOCABULARY_MAX_AGE_MS = 5 * 60_000
/** How long a search result is served again to the same query, unless the index changes first. */
const RESULT_CACHE_MS = 30_000
const RESULT_CACHE_SIZE = 500
/** How many documents written since the last ANALYZE make the planner's statistics worth refreshing. */
const ANALYZE_AFTER_DOCUMENTS = 1000

/** Marks a facet pass that also counts the matches (see `search`); never a field of an index. */
const COUNT_IN_FACET_PASS = { field: "__matches__", type: "stats" } as const satisfies SearchTypes.SearchFacetRequest

type Fragments = ReturnType<PostgresSearchService["keywordFragments"]>
type KeywordInput = Parameters<PostgresSearchService["keywordFragments"]>[0]
type StoredIndex = KeywordInput["catalog"]

/**
 * Medusa's Postgres search provider, tuned for Vietnamese:
 *
 * - it matches with a `simple` + `unaccent` configuration, since English stop words would delete
 *   Vietnamese syllables once their accents are gone (đỗ, sò, mè, tổ, mỳ, cần, than, đơn…);
 * - a query typed with marks ranks the products that hold those exact words first (`đường`
 *   puts Đường before Dương, though both fold to `duong`);
 * - typo tolerance is a fallback, and fast: when the exact search finds nothing, each word the
 *   index does not hold is replaced by the closest word it does (one edit away, two for long
 *   words) and the exact search runs again. The base provider's trigram comparison would scan
 *   every document instead (about half a second at 100,000 products).
 */
export class VietnamesePostgresSearchService extends PostgresSearchService {
  static override identifier = "search-postgres-vi"

  private readonly unanalyzed_ = new Map<string, number>()
  private readonly analyzing_ = new Set<string>()
  private readonly results_ = new Map<string, { at: number; result: SearchTypes.SearchResult }>()
  private epoch_ = 0
  private readonly vocabularies_ = new Map<string, { words: Vocabulary; loadedAt: number; refreshing?: Promise<void> }>()
  /** The columns of each document table, read once: a table made before typed columns has none. */
  private readonly tableColumns_ = new Map<string, Set<string>>()

  constructor(dependencies: ConstructorParameters<typeof PostgresSearchService>[0], options: Record<string, unknown> = {}) {
    super(dependencies, { ...options, language: VIETNAMESE_TEXT_SEARCH_LANGUAGE })
  }

  /**
   * Adds the typed columns (see typed-columns) with their indexes: filters, facets and sorting
   * read them rather than the jsonb `indexed` of every candidate row.
   */
  protected override async createDocumentTable(table: string, plan: IndexPlan, manager: Parameters<PostgresSearchService["createDocumentTable"]>[2]): Promise<void> {
    await super.createDocumentTable(table, plan, manager)
    for (const statement of typedColumnStatements(table, plan)) {
      await manager.execute(statement)
    }
    this.tableColumns_.delete(table)
  }

  /** Also learns which typed columns the index's table has (once per table). */
  protected override async retrieve(index: string): Promise<StoredIndex> {
    const catalog = await super.retrieve(index)
    if (!this.tableColumns_.has(catalog.table_name)) {
      const rows = (await this.manager_.execute(`SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(?) AND attnum > 0 AND NOT attisdropped`, [`"${catalog.table_name}"`])) as Array<{ attname: string }>
      this.tableColumns_.set(catalog.table_name, new Set(rows.map((row) => row.attname)))
    }
    return catalog
  }

  /** The typed columns a search may use on this table (see usableColumns); none on Lakebase. */
  private columnsOf(table: string, plan: IndexPlan): Map<string, TypedColumn> {
    const present = this.tableColumns_.get(table)
    return this.isLakebase_ || !present ? new Map() : usableColumns(plan, present)
  }

  /** The base provider's keyword search, with its filters and sort on the typed columns. */
  protected override async searchKeyword(input: Parameters<PostgresSearchService["searchKeyword"]>[0]): ReturnType<PostgresSearchService["searchKeyword"]> {
    const columns = this.columnsOf(input.catalog.table_name, input.catalog.plan)
    if (!columns.size) {
      return super.searchKeyword(input)
    }
    const { input: query, catalog, distinct, skip, take } = input
    const options = query.search_options ?? {}
    const filterWhere = typedWhereClause(query.filters, catalog.plan, columns)
    const fragments = this.keywordFragments({ query, catalog })
    return await this.executeQuery({
      table: catalog.table_name,
      rankSql: fragments.rankSql,
      conditionsSql: (params) => {
        const conditions: string[] = []
        if (fragments.matchSql) conditions.push(fragments.matchSql(params))
        if (filterWhere?.sql) {
          conditions.push(`(${filterWhere.sql})`)
          params.push(...filterWhere.params)
        }
        return conditions
      },
      orderSql: this.typedOrderBy(query, catalog.plan, Boolean(fragments.q), columns),
      minScore: options.min_score,
      distinctExpr: this.resolveDistinct(distinct, catalog.plan, query.index.name),
      count: options.count !== "none",
      take,
      skip,
    })
  }

  /** As `resolveOrderBy` (which checks the fields), on the typed columns where a field has one. */
  private typedOrderBy(query: SearchTypes.ProviderSearchQuery, plan: IndexPlan, hasScore: boolean, columns: Map<string, TypedColumn>): string {
    const base = this.resolveOrderBy(query, plan, hasScore)
    const order = Object.entries(query.pagination?.order ?? {})
    if (!order.length || order.some(([property]) => property !== "_score" && !columns.has(property))) {
      return base
    }
    return order.map(([property, direction]) => `${property === "_score" ? "score" : columns.get(property)!.sql} ${direction === "ASC" ? "ASC" : "DESC"} NULLS LAST`).join(", ")
  }

  /** The base provider's facet scope, with its filters on the typed columns. */
  protected override buildFacetScope(input: Parameters<PostgresSearchService["buildFacetScope"]>[0]): ReturnType<PostgresSearchService["buildFacetScope"]> {
    const columns = this.columnsOf(input.catalog.table_name, input.catalog.plan)
    if (!columns.size || input.useVector) {
      return super.buildFacetScope(input)
    }
    const params: unknown[] = []
    const conditions: string[] = []
    if (input.useKeyword) {
      const matchSql = this.keywordFragments({ query: input.input, catalog: input.catalog }).matchSql
      if (matchSql) conditions.push(matchSql(params))
    }
    const filterWhere = typedWhereClause(input.input.filters, input.catalog.plan, columns)
    if (filterWhere?.sql) {
      conditions.push(`(${filterWhere.sql})`)
      params.push(...filterWhere.params)
    }
    return conditions.length ? { sql: conditions.join(" AND "), params } : undefined
  }

  /** Every facet of a search in one statement over the matches, read once (see one-pass-facets). */
  protected override async resolveFacets(input: Parameters<PostgresSearchService["resolveFacets"]>[0]): Promise<Record<string, SearchTypes.SearchFacetResult> | undefined> {
    const requested = input.requests ?? []
    const withCount = requested.includes(COUNT_IN_FACET_PASS)
    const facets = buildOnePassFacets(
      input.table,
      input.plan,
      input.scopeWhere,
      requested.filter((request) => request !== COUNT_IN_FACET_PASS),
      { withCount, columns: this.columnsOf(input.table, input.plan) }
    )
    if (!facets.requests.length) {
      return undefined
    }
    const { facets: results, count } = facets.decode(await this.manager_.execute(facets.sql, facets.params))
    return count === undefined ? results : { ...results, [COUNT_IN_FACET_PASS.field]: { type: "stats", min: 0, max: 0, count } }
  }

  /**
   * A search asking for facets counts its matches in the facet pass rather than in a statement of
   * its own, which reads the same matches again. Only where the two agree: no deduplication and
   * no score threshold, which change the count but not the facets.
   */
  override async search(input: SearchTypes.ProviderSearchQuery): Promise<SearchTypes.SearchResult> {
    const options = input.search_options ?? {}
    const countable = options.facets?.length && options.count !== "none" && !options.distinct && !input.index.settings.distinct_attribute && options.min_score === undefined && !options.vector
    if (!countable) {
      return super.search(input)
    }
    const result = await super.search({ ...input, search_options: { ...options, count: "none", facets: [...options.facets!, COUNT_IN_FACET_PASS] } })
    const { [COUNT_IN_FACET_PASS.field]: counted, ...facets } = result.facets ?? {}
    return { ...result, facets, metadata: { ...result.metadata, count: counted?.type === "stats" ? counted.count : null } }
  }

  protected override keywordFragments(input: KeywordInput): Fragments {
    const fragments = super.keywordFragments(input)
    const q = fragments.q
    if (!q || !MARKED.test(q)) {
      return fragments
    }
    return {
      ...fragments,
      // the raw text holds the words as written, so only an exact-mark match finds the phrase
      rankSql: (params) => {
        const base = fragments.rankSql(params)
        params.push(q.toLowerCase())
        return `(${base} + CASE WHEN strpos(lower("search_text"), ?) > 0 THEN 1 ELSE 0 END)`
      },
    }
  }

  /**
   * Serves a query asked again within {@link RESULT_CACHE_MS} from memory: shoppers repeat the same
   * searches (the catalogue page with its facets above all), and counting facets over a large
   * catalogue is the costly part. Any write to an index through this process forgets every result.
   */
  override async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    const keys = inputs.map((input) =>
      JSON.stringify([input.index.physical_name, input.q, input.filters, input.pagination, input.search_options, input.attributes_to_retrieve])
    )
    const results: SearchTypes.SearchResult[] = new Array(inputs.length)
    const missing: number[] = []
    keys.forEach((key, i) => {
      const cached = this.results_.get(key)
      if (cached && Date.now() - cached.at < RESULT_CACHE_MS) {
        results[i] = structuredClone(cached.result)
      } else {
        missing.push(i)
      }
    })
    if (missing.length) {
      const epoch = this.epoch_
      const fresh = await this.searchCorrectingTypos(missing.map((i) => inputs[i]!))
      missing.forEach((i, position) => {
        results[i] = fresh[position]!
        // a write while this search ran may have changed the answer: keep it only if none did
        if (epoch === this.epoch_) this.remember(keys[i]!, fresh[position]!)
      })
    }
    return results
  }

  private remember(key: string, result: SearchTypes.SearchResult): void {
    this.results_.delete(key)
    this.results_.set(key, { at: Date.now(), result: structuredClone(result) })
    if (this.results_.size > RESULT_CACHE_SIZE) {
      this.results_.delete(this.results_.keys().next().value!)
    }
  }

  private forgetResults(): void {
    this.epoch_++
    this.results_.clear()
  }

  override async upsertIndex(input: Parameters<PostgresSearchService["upsertIndex"]>[0]) {
    this.forgetResults()
    return super.upsertIndex(input)
  }

  override async deleteIndex(input: Parameters<PostgresSearchService["deleteIndex"]>[0]) {
    this.forgetResults()
    return super.deleteIndex(input)
  }

  override async upsertDocuments(input: Parameters<PostgresSearchService["upsertDocuments"]>[0]) {
    try {
      const task = await super.upsertDocuments(input)
      await this.slimIndexed(input.index, input.documents)
      return task
    } finally {
      this.forgetResults()
      this.analyzeSoon(input.index, input.documents.length)
    }
  }

  /**
   * Takes the free text back out of the `indexed` column, which every filter and facet reads for
   * every candidate row: text is matched through `search_vector` and returned from `document`, and
   * without it the column is a fraction of the size (a filtered count over 10,000 products went
   * from 51 ms to 8 ms). The one use lost is searching only some fields, which this provider refuses.
   */
  private async slimIndexed(physicalName: string, documents: SearchTypes.SearchDocument[]): Promise<void> {
    if (!documents.length) return
    const { table_name: table, plan } = await this.retrieve(physicalName)
    const text = [...plan.fields.values()].filter((planned) => planned.kind === "text" && !planned.path.includes(".")).map((planned) => planned.path)
    if (!text.length) return
    const ids = [...new Set(documents.map((document) => String(document[plan.primary_key])))]
    const list = (values: string[]) => values.map(() => "?").join(", ")
    await this.manager_.execute(`UPDATE "${table}" SET "indexed" = "indexed" - ARRAY[${list(text)}]::text[] WHERE "id" = ANY(ARRAY[${list(ids)}]::text[])`, [...text, ...ids])
  }

  /**
   * Vacuums an index and refreshes the planner's statistics once many documents were written (a
   * seed or a rebuild writes them all, each twice, see slimIndexed): until autovacuum gets to it,
   * the planner would guess, and a new index version would start out several times slower.
   */
  private analyzeSoon(physicalName: string, written: number): void {
    const pending = (this.unanalyzed_.get(physicalName) ?? 0) + written
    this.unanalyzed_.set(physicalName, pending)
    if (pending < ANALYZE_AFTER_DOCUMENTS || this.analyzing_.has(physicalName)) return
    this.analyzing_.add(physicalName)
    // after the burst of writes settles: a seed writes batch after batch
    setTimeout(() => {
      this.unanalyzed_.set(physicalName, 0)
      this.retrieve(physicalName)
        .then(({ table_name: table }) => this.manager_.execute(`VACUUM (ANALYZE) "${table}"`))
        .catch((error: unknown) => this.logger_?.warn(`[Search] Could not analyze ${physicalName}: ${String(error)}`))
        .finally(() => this.analyzing_.delete(physicalName))
    }, 2000).unref()
  }

  override async deleteDocuments(input: Parameters<PostgresSearchService["deleteDocuments"]>[0]) {
    try {
      return await super.deleteDocuments(input)
    } finally {
      this.forgetResults()
    }
  }

  override async clearIndex(input: Parameters<PostgresSearchService["clearIndex"]>[0]) {
    try {
      return await super.clearIndex(input)
    } finally {
      this.forgetResults()
    }
  }

  private async searchCorrectingTypos(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
    if (inputs.some((input) => input.search_options?.attributes_to_search_on?.length)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Searching only some of the fields is not supported: leave out attributes_to_search_on to search them all.")
    }
    const wantsTypos = (input: SearchTypes.ProviderSearchQuery) => Boolean(input.q?.trim() && input.search_options?.typo_tolerance)
    // the base provider's own typo matching compares every document by trigrams: never used
    const exact = inputs.map((input) => (wantsTypos(input) ? { ...input, search_options: { ...input.search_options, typo_tolerance: false } } : input))
    const results = await super.searchMany(exact)
    // A query falls back when every query for the same text found nothing: the hits query and the
    // facet queries of one search then agree on whether the text was corrected.
    const found = new Map<string, boolean>()
    inputs.forEach((input, i) => {
      if (wantsTypos(input)) {
        const key = input.q!.trim()
        found.set(key, (found.get(key) ?? false) || (results[i]?.metadata.count ?? 0) > 0 || (results[i]?.hits.length ?? 0) > 0)
      }
    })
    const retries: Array<{ position: number; input: SearchTypes.ProviderSearchQuery }> = []
    for (const [position, input] of inputs.entries()) {
      if (!wantsTypos(input) || found.get(input.q!.trim()) !== false) continue
      const vocabulary = await this.vocabulary(input.index.physical_name)
      const corrected = correctQuery(input.q!, vocabulary, { lastIsPrefix: input.search_options?.match_strategy === "last" })
      if (corrected) retries.push({ position, input: { ...exact[position]!, q: corrected } })
    }
    if (!retries.length) {
      return results
    }
    const corrected = await super.searchMany(retries.map(({ input }) => input))
    retries.forEach(({ position }, i) => {
      results[position] = { ...corrected[i]!, metadata: { ...corrected[i]!.metadata, query: inputs[position]!.q } }
    })
    return results
  }

  /** The words of an index, read once and then refreshed in the background once five minutes old. */
  protected async vocabulary(physicalName: string): Promise<Vocabulary> {
    const cached = this.vocabularies_.get(physicalName)
    if (!cached) {
      const words = await this.loadVocabulary(physicalName)
      this.vocabularies_.set(physicalName, { words, loadedAt: Date.now() })
      return words
    }
    if (Date.now() - cached.loadedAt > VOCABULARY_MAX_AGE_MS && !cached.refreshing) {
      cached.refreshing = this.loadVocabulary(physicalName)
        .then((words) => void this.vocabularies_.set(physicalName, { words, loadedAt: Date.now() }))
        .catch((error: unknown) => {
          cached.refreshing = undefined
          this.logger_?.warn(`[Search] Could not refresh the typo vocabulary of ${physicalName}: ${String(error)}`)
        })
    }
    return cached.words
  }

  private async loadVocabulary(physicalName: string): Promise<Vocabulary> {
    const { table_name: table } = await this.retrieve(physicalName)
    const rows = (await this.manager_.execute(`SELECT word, ndoc FROM ts_stat('SELECT "search_vector" FROM "${table}"')`)) as Array<{ word: string; ndoc: number | string }>
    return new Map(rows.map((row) => [row.word, Number(row.ndoc)]))
  }
}
