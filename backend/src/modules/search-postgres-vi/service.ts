import type { SearchTypes } from "@medusajs/framework/types"
import { PostgresSearchService } from "@medusajs/search-postgres/dist/services/postgres-search"
import { foldVietnamese } from "@ocop/domain"

/** The text-search configuration this provider matches with (created by its migration): no stop words, accents folded. */
export const VIETNAMESE_TEXT_SEARCH_LANGUAGE = "vietnamese"

// Letters that carry a Vietnamese mark (tone or vowel mark, and đ): what a shopper types when
// they mean one exact word.
const MARKED = /[^\u0000-\u007f]/

type Fragments = ReturnType<PostgresSearchService["keywordFragments"]>
type KeywordInput = Parameters<PostgresSearchService["keywordFragments"]>[0]

/**
 * Medusa's Postgres search provider, tuned for Vietnamese:
 *
 * - it matches with a `simple` + `unaccent` configuration, since English stop words would delete
 *   Vietnamese syllables once their accents are gone (đỗ, sò, mè, tổ, mỳ, cần, than, đơn…);
 * - a query typed with marks ranks the products that hold those exact words first (`đường`
 *   puts Đường before Dương, though both fold to `duong`);
 * - typo tolerance is a fallback: the trigram comparison it needs scans every document, so it
 *   runs only when the exact search finds nothing, and on the accent-folded query, since the
 *   index keeps an accent-folded copy of the text for it.
 */
export class VietnamesePostgresSearchService extends PostgresSearchService {
  static override identifier = "search-postgres-vi"

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
    const exact = inputs.map((input) => (wantsTypos(input) ? { ...input, search_options: { ...input.search_options, typo_tolerance: false } } : input))
    const results = await super.searchMany(exact)
    // A query falls back when every query for the same text found nothing: the hits query and the
    // facet queries of one search then agree on whether typos were allowed.
    const found = new Map<string, boolean>()
    inputs.forEach((input, i) => {
      if (wantsTypos(input)) {
        const key = input.q!.trim()
        found.set(key, (found.get(key) ?? false) || (results[i]?.metadata.count ?? 0) > 0 || (results[i]?.hits.length ?? 0) > 0)
      }
    })
    const retry = inputs.flatMap((input, i) => (wantsTypos(input) && found.get(input.q!.trim()) === false ? [i] : []))
    if (!retry.length) {
      return results
    }
    const tolerant = await super.searchMany(
      retry.map((i) => {
        const input = inputs[i]!
        return { ...input, q: foldVietnamese(input.q!) }
      })
    )
    retry.forEach((i, position) => {
      results[i] = { ...tolerant[position]!, metadata: { ...tolerant[position]!.metadata, query: inputs[i]!.q } }
    })
    return results
  }
}
