import { search } from "@medusajs/framework/utils"

/**
 * What the product index holds. Vietnamese text is searchable as written (PostgreSQL folds accents
 * itself when it matches), and `folded_text` holds an accent-free copy that only the index sees:
 * Meilisearch strips tone marks but keeps `đ` apart from `d`, so `dua go` finds `Đũa gỗ` there
 * through this copy.
 */
export const productSearchFields = search.define({
  id: search.keyword().filterable().sortable(),
  handle: search.keyword().filterable(),
  title: search.text().searchable({ weight: 3 }),
  title_en: search.text().searchable({ weight: 2 }),
  producer_name: search.text().searchable({ weight: 2 }),
  description: search.text().searchable(),
  description_en: search.text().searchable(),
  origin_commune: search.text().searchable(),
  origin_legacy_district: search.text().searchable(),
  origin_province: search.text().searchable(),
  folded_text: search.text().searchable().retrievable(false),
  thumbnail: search.keyword(),
  producer_handle: search.keyword().filterable(),
  producer_type: search.keyword().filterable().facetable(),
  area_code: search.keyword().filterable().facetable(),
  group_code: search.keyword().filterable().facetable(),
  star_level: search.integer().filterable().sortable().facetable({ types: ["value"] }),
  certification_status: search.keyword().filterable(),
  star_valid_until: search.integer().filterable(),
  showrooms: search.keyword().array().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  price: search.integer().filterable().sortable().facetable({ types: ["range", "stats"] }),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  created_at: search.date().filterable().sortable(),
  sort_title: search.keyword().sortable(),
})
