// @ts-check
// The product index as the bench sees it: a full reindex through the admin API, timed until the
// new version serves reads, and its size on disk as the Postgres provider stores it.

const INDEX = "product"

/**
 * @param {import("pg").Client} client
 * @param {Date} [since]   `ours`: the newest version was created at or after this
 * @returns {Promise<{ active: number | null, latest: number | null, status: string | null, buildMs: number, ours: boolean }>}
 */
async function versions(client, since = new Date(0)) {
  const { rows } = await client.query(
    `select i.active_version as active, v.version as latest, v.status,
       extract(epoch from (v.updated_at - v.created_at)) * 1000 as "buildMs", v.created_at >= $2 as "ours"
     from search_index i left join search_index_version v on v.search_index_id = i.id and v.deleted_at is null
     where i.name = $1 and i.deleted_at is null order by v.version desc nulls last limit 1`,
    [INDEX, since]
  )
  return rows[0] ?? { active: null, latest: null, status: null, buildMs: 0, ours: false }
}

/**
 * Rebuilds the product index from the catalogue (`POST /admin/search-indexes/product/reindex`,
 * which builds a new version and swaps it in) and waits until the newest version is the active
 * one. Resolves with how long that version took to build, from its creation to ready: the
 * backend's repair-search-index job may start a reindex of its own after a bulk load (it sees
 * the counts differ), and ours then waits for its lock, which is not build time.
 * @param {{ baseUrl: string, token: string, client: import("pg").Client, timeoutMs?: number }} options
 */
export async function reindexAndWait({ baseUrl, token, client, timeoutMs = 30 * 60_000 }) {
  const before = await versions(client)
  const requestedAt = /** @type {Date} */ ((await client.query("select now() as now")).rows[0].now)
  const started = performance.now()
  const response = await fetch(`${baseUrl}/admin/search-indexes/${INDEX}/reindex`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: "{}",
  })
  if (response.status !== 202) throw new Error(`The reindex was refused (${response.status}): ${await response.text()}`)
  for (;;) {
    const now = await versions(client, requestedAt)
    if (now.latest !== null && now.latest !== before.latest && now.status === "error") {
      throw new Error(`The reindex failed (version ${now.latest}); see the backend log.`)
    }
    if (now.latest !== null && now.latest !== before.latest && now.ours && now.active === now.latest && now.status === "ready") {
      return Number(now.buildMs)
    }
    if (performance.now() - started > timeoutMs) throw new Error(`The reindex did not finish within ${Math.round(timeoutMs / 60_000)} minutes.`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Bytes on disk of the active version's table (`search_pg_*`, with its GIN and b-tree indexes
 * and TOAST), as `search_postgres_index` lists it.
 * @param {import("pg").Client} client
 * @returns {Promise<{ table: string, bytes: number }>}
 */
export async function indexSize(client) {
  const { rows } = await client.query(
    `select p.table_name as table, pg_total_relation_size(quote_ident(p.table_name))::bigint as bytes
     from search_index i
     join search_index_version v on v.search_index_id = i.id and v.version = i.active_version
     join search_postgres_index p on p.name = v.physical_name
     where i.name = $1`,
    [INDEX]
  )
  if (!rows[0]) throw new Error("The product index has no active version in search_postgres_index.")
  return { table: rows[0].table, bytes: Number(rows[0].bytes) }
}

/**
 * How many products `/store/search` finds with no text and no filter (`pagination.take: 0`).
 * @param {string} baseUrl
 * @param {string} publishableKey
 */
export async function searchableCount(baseUrl, publishableKey) {
  const response = await fetch(`${baseUrl}/store/search`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    body: JSON.stringify({ entity: INDEX, pagination: { take: 0 } }),
  })
  const body = /** @type {{ results?: Array<{ metadata: { count: number } }> }} */ (await response.json())
  const count = body.results?.[0]?.metadata.count
  if (!response.ok || typeof count !== "number") throw new Error(`/store/search did not count the products (${response.status}).`)
  return count
}

/**
 * Published products in the sales channel of `publishableKey`: what the index should hold for it.
 * @param {import("pg").Client} client
 * @param {string} publishableKey
 */
export async function publishedCount(client, publishableKey) {
  const { rows } = await client.query(
    `select count(distinct p.id)::int as count from product p
     join product_sales_channel psc on psc.product_id = p.id and psc.deleted_at is null
     join publishable_api_key_sales_channel pk on pk.sales_channel_id = psc.sales_channel_id and pk.deleted_at is null
     join api_key a on a.id = pk.publishable_key_id
     where a.token = $1 and p.status = 'published' and p.deleted_at is null`,
    [publishableKey]
  )
  return /** @type {number} */ (rows[0].count)
}
