// @ts-check
// Writes synthetic products straight into Medusa's tables, shaped like the rows the seed's
// workflows write (same id prefixes, links, option and price rows): creating 100,000 products
// through workflows would take hours. No events fire, so the search index learns of them only
// through a full reindex.
import { PRODUCTS_PER_PRODUCER, randomFrom, syntheticProducer, syntheticProduct } from "./catalogue.mjs"

/** Products written per transaction. */
const BATCH = 1000
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * @typedef {object} ShopContext   what the seeded shop already has, read by {@link readShopContext}
 * @property {string} onlineSalesChannelId     the publishable key's channel
 * @property {string} shippingProfileId
 * @property {Array<{ handle: string, locationId: string, salesChannelId: string | null }>} showrooms
 * @property {number} demoProducts             published products the seed made
 * @property {number} benchProducts            synthetic products already written
 */

/**
 * Reads the ids the synthetic rows link to, from the seeded shop of `publishableKey`.
 * @param {import("pg").Client} client
 * @param {string} publishableKey
 * @returns {Promise<ShopContext>}
 */
export async function readShopContext(client, publishableKey) {
  const channel = await client.query(
    `select pk.sales_channel_id from api_key a join publishable_api_key_sales_channel pk on pk.publishable_key_id = a.id
     where a.token = $1 and pk.deleted_at is null limit 1`,
    [publishableKey]
  )
  // The seed puts every product on the oldest default profile (Medusa's own, or "Hàng OCOP").
  const profile = await client.query(`select id from shipping_profile where type = 'default' and deleted_at is null order by created_at limit 1`)
  const showrooms = await client.query(
    `select s.handle, l.stock_location_id as "locationId", c.sales_channel_id as "salesChannelId"
     from showroom s
     join showroom_showroom_stock_location_stock_location l on l.showroom_id = s.id and l.deleted_at is null
     left join showroom_showroom_sales_channel_sales_channel c on c.showroom_id = s.id and c.deleted_at is null
     where s.deleted_at is null order by s.handle`
  )
  const counts = await client.query(
    `select count(*) filter (where not (metadata ? 'bench'))::int as demo, count(*) filter (where metadata ? 'bench')::int as bench
     from product where status = 'published' and deleted_at is null`
  )
  const onlineSalesChannelId = channel.rows[0]?.sales_channel_id
  const shippingProfileId = profile.rows[0]?.id
  if (!onlineSalesChannelId || !shippingProfileId || !showrooms.rowCount) {
    throw new Error("The bench database lacks the seeded sales channel, shipping profile or showrooms: delete .data/bench and run again.")
  }
  return { onlineSalesChannelId, shippingProfileId, showrooms: showrooms.rows, demoProducts: counts.rows[0].demo, benchProducts: counts.rows[0].bench }
}

/**
 * An id shaped like Medusa's (`prefix_` + a 26-letter ULID), deterministic from `random`.
 * @param {string} prefix
 * @param {number} time   milliseconds since 1970
 * @param {() => number} random
 */
export function entityId(prefix, time, random) {
  let stamp = ""
  for (let t = time, n = 0; n < 10; n++, t = Math.floor(t / 32)) stamp = CROCKFORD[t % 32] + stamp
  let tail = ""
  for (let n = 0; n < 16; n++) tail += CROCKFORD[Math.floor(random() * 32)]
  return `${prefix}_${stamp}${tail}`
}

/**
 * Inserts `rows` (arrays in `columns` order) as one multi-row statement.
 * @param {import("pg").ClientBase} client
 * @param {string} table
 * @param {string[]} columns
 * @param {unknown[][]} rows
 */
async function insert(client, table, columns, rows) {
  // PostgreSQL allows 65,535 parameters per statement
  const perStatement = Math.floor(60_000 / columns.length)
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement)
    const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(",")})`)
    await client.query(`insert into "${table}" (${columns.map((column) => `"${column}"`).join(",")}) values ${values.join(",")}`, chunk.flat())
  }
}

/**
 * Writes synthetic products `from` … `to - 1` (and the producers they need that are not written
 * yet), published in the online channel, certified, priced in đồng and stocked at showrooms.
 * @param {import("pg").Client} client
 * @param {ShopContext} shop
 * @param {{ from: number, to: number, seed: number, today: string, onProgress?: (written: number) => void }} options
 */
export async function loadProducts(client, shop, { from, to, seed, today, onProgress }) {
  const now = Date.now()
  for (let start = from; start < to; start += BATCH) {
    const end = Math.min(to, start + BATCH)
    const random = randomFrom(seed * 7919 + start)
    const id = (/** @type {string} */ prefix, /** @type {number} */ time) => entityId(prefix, time, random)
    /** @type {Record<string, unknown[][]>} */
    const rows = {}
    const add = (/** @type {string} */ table, /** @type {unknown[]} */ row) => (rows[table] ??= []).push(row)

    /** @type {Map<number, string>} */
    const producerIds = new Map()
    const firstProducer = Math.floor(start / PRODUCTS_PER_PRODUCER)
    const lastProducer = Math.floor((end - 1) / PRODUCTS_PER_PRODUCER)
    const existing = await client.query(`select id, handle from producer where handle = any($1)`, [
      Array.from({ length: lastProducer - firstProducer + 1 }, (_, n) => syntheticProducer(firstProducer + n, seed).handle),
    ])
    const byHandle = new Map(existing.rows.map((row) => [row.handle, row.id]))
    for (let p = firstProducer; p <= lastProducer; p++) {
      const producer = syntheticProducer(p, seed)
      const known = byHandle.get(producer.handle)
      const producerId = known ?? id("pdcr", now)
      producerIds.set(p, producerId)
      if (!known) {
        add("producer", [producerId, producer.handle, producer.name, producer.type, "Quảng Trị", producer.commune, "Quảng Bình", producer.legacyDistrict, producer.commune, producer.areaCode, false, true, JSON.stringify({ bench: true })])
      }
    }

    for (let index = start; index < end; index++) {
      const product = syntheticProduct(index, { seed, today, showroomCount: shop.showrooms.length })
      const created = new Date(now - product.createdDaysAgo * 86_400_000)
      const productId = id("prod", created.getTime())
      const variantId = id("variant", created.getTime())
      const optionId = id("opt", created.getTime())
      const optionValueId = id("optval", created.getTime())
      const productOptionId = id("prodopt", created.getTime())
      const priceSetId = id("pset", created.getTime())
      const itemId = id("iitem", created.getTime())
      const ocopId = id("ocp", created.getTime())
      const sku = `BENCH-${index}`
      add("product", [productId, product.title, product.handle, product.description, "published", 500, JSON.stringify({ bench: true }), created, created])
      add("product_option", [optionId, "Quy cách", true, created, created])
      add("product_option_value", [optionValueId, product.pack, optionId, created, created])
      add("product_product_option", [productOptionId, productId, optionId, created, created])
      add("product_product_option_value", [id("prodoptval", created.getTime()), productOptionId, optionValueId, created, created])
      add("product_variant", [variantId, product.pack, sku, false, true, 500, 0, productId, created, created])
      add("product_variant_option", [variantId, optionValueId])
      add("price_set", [priceSetId, created, created])
      add("price", [id("price", created.getTime()), priceSetId, "vnd", JSON.stringify({ value: String(product.priceVnd), precision: 20 }), 0, product.priceVnd, created, created])
      add("product_variant_price_set", [variantId, priceSetId, id("pvps", created.getTime()), created, created])
      add("product_shipping_profile", [productId, shop.shippingProfileId, id("prodsp", created.getTime()), created, created])
      add("product_sales_channel", [productId, shop.onlineSalesChannelId, id("prodsc", created.getTime()), created, created])
      add("inventory_item", [itemId, sku, product.pack, product.pack, true, 500, created, created])
      add("product_variant_inventory_item", [variantId, itemId, id("pvitem", created.getTime()), 1, created, created])
      for (const { showroom, quantity } of product.stock) {
        const place = /** @type {ShopContext["showrooms"][number]} */ (shop.showrooms[showroom])
        const raw = (/** @type {number} */ value) => JSON.stringify({ value: String(value), precision: 20 })
        add("inventory_level", [id("ilev", created.getTime()), itemId, place.locationId, quantity, 0, 0, raw(quantity), raw(0), raw(0), created, created])
        if (place.salesChannelId) {
          add("product_sales_channel", [productId, place.salesChannelId, id("prodsc", created.getTime()), created, created])
        }
      }
      add("product_product_producer_producer", [productId, producerIds.get(product.producerIndex), id("link", created.getTime()), created, created])
      add("ocop_product", [ocopId, product.origin.commune, product.origin.legacyDistrict, product.origin.commune, product.origin.areaCode, false, true, created, created])
      add("product_product_ocop_ocop_product", [productId, ocopId, id("link", created.getTime()), created, created])
      if (product.starLevel !== null && product.decisionDate) {
        const awarding = product.starLevel === 5 ? "central" : product.starLevel === 4 || product.decisionDate >= "2025-07-06" ? "province" : "district"
        add("ocop_certification", [id("ocert", created.getTime()), product.starLevel, product.groupCode, `BENCH-${index}/QĐ-UBND`, product.decisionDate, false, awarding, "current", "{}", ocopId, created, created])
      }
    }

    await client.query("begin")
    try {
      for (const [table, columns] of Object.entries(COLUMNS)) {
        if (rows[table]?.length) await insert(client, table, columns, rows[table])
      }
      await client.query("commit")
    } catch (error) {
      await client.query("rollback")
      throw error
    }
    onProgress?.(end - from)
  }
  // fresh statistics, so the planner sees tables that grew a hundredfold
  await client.query("analyze")
}

/** Columns written per table, in the order rows are built above (and the order of foreign keys). */
const COLUMNS = {
  producer: ["id", "handle", "name", "type", "province", "commune", "legacy_province", "legacy_district", "legacy_commune", "area_code", "verified", "fictional", "metadata"],
  product: ["id", "title", "handle", "description", "status", "weight", "metadata", "created_at", "updated_at"],
  product_option: ["id", "title", "is_exclusive", "created_at", "updated_at"],
  product_option_value: ["id", "value", "option_id", "created_at", "updated_at"],
  product_product_option: ["id", "product_id", "product_option_id", "created_at", "updated_at"],
  product_product_option_value: ["id", "product_product_option_id", "product_option_value_id", "created_at", "updated_at"],
  product_variant: ["id", "title", "sku", "allow_backorder", "manage_inventory", "weight", "variant_rank", "product_id", "created_at", "updated_at"],
  product_variant_option: ["variant_id", "option_value_id"],
  price_set: ["id", "created_at", "updated_at"],
  price: ["id", "price_set_id", "currency_code", "raw_amount", "rules_count", "amount", "created_at", "updated_at"],
  product_variant_price_set: ["variant_id", "price_set_id", "id", "created_at", "updated_at"],
  product_shipping_profile: ["product_id", "shipping_profile_id", "id", "created_at", "updated_at"],
  product_sales_channel: ["product_id", "sales_channel_id", "id", "created_at", "updated_at"],
  inventory_item: ["id", "sku", "title", "description", "requires_shipping", "weight", "created_at", "updated_at"],
  product_variant_inventory_item: ["variant_id", "inventory_item_id", "id", "required_quantity", "created_at", "updated_at"],
  inventory_level: ["id", "inventory_item_id", "location_id", "stocked_quantity", "reserved_quantity", "incoming_quantity", "raw_stocked_quantity", "raw_reserved_quantity", "raw_incoming_quantity", "created_at", "updated_at"],
  product_product_producer_producer: ["product_id", "producer_id", "id", "created_at", "updated_at"],
  ocop_product: ["id", "origin_commune", "origin_legacy_district", "origin_legacy_commune", "origin_area_code", "origin_inferred", "fictional", "created_at", "updated_at"],
  product_product_ocop_ocop_product: ["product_id", "ocop_product_id", "id", "created_at", "updated_at"],
  ocop_certification: ["id", "star_level", "group_code", "decision_number", "decision_date", "decision_date_approximate", "awarding_level", "state", "extra_sources", "ocop_product_id", "created_at", "updated_at"],
}
