import type { SearchTypes } from "@medusajs/framework/types"

/**
 * How the product index matches. Vietnamese syllables are short, so one typo is allowed from
 * three letters (`nuoc mma` still finds `nước mắm`). For Meilisearch: its own ranking, then more
 * stars first among equally relevant products.
 */
export const productSearchSettings: SearchTypes.SearchIndexSettings = {
  typo_tolerance: { enabled: true, min_word_size_for_one_typo: 3, min_word_size_for_two_typos: 7 },
  provider_options: {
    meilisearch: {
      rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness", "star_level:desc"],
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
      pagination: { maxTotalHits: 5000 },
    },
  },
}
