import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { correctQuery, type Vocabulary } from "./typo-correction"

/** The text-search configuration this provider matches with (created by its migration): no stop words, accents folded. */
export const VIETNAMESE_TEXT_SEARCH_LANGUAGE = "vietnamese"

// Letters that carry a Vietnamese mark (tone or vowel mark, and đ): what a shopper types when
// they mean one exact word.
const MARKED = /[^\u0000-\u007f]/

/** How long a vocabulary serves before it is read again (in the background). */
const VOCABULARY_MAX_AGE_MS = 60_000

type Fragments = ReturnType<PostgresSearchService["keywordFragments"]>
type KeywordInput = Parameters<PostgresSearchService["keywordFragments"]>[0]

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

  private readonly vocabularies_ = new Map<string, { words: Vocabulary; loadedAt: number; refreshing?: Promise<void> }>()

  constructor(dependencies: ConstructorParameters<typeof PostgresSearchService>[0], options: Record<string, unknown> = {}) {
    super(dependencies, { ...options, language: VIETNAMESE_TEXT_SEARCH_LANGUAGE })
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

  override async searchMany(inputs: SearchTypes.ProviderSearchQuery[]): Promise<SearchTypes.SearchResult[]> {
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

  /** The words of an index, read once and then refreshed in the background once a minute old. */
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
