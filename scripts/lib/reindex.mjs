/** Rebuilding the product search index of a running shop, through its admin API. */

export class ReindexError extends Error {}

/**
 * @param {string} url
 * @param {RequestInit} [init]
 * @returns {Promise<any>}
 */
async function call(url, init) {
  let response
  try {
    // a rebuild of a large catalogue takes minutes; the request waits for it
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(60 * 60_000) })
  } catch {
    throw new ReindexError(`No shop answers at ${new URL(url).origin}: start it with npm start, or set BACKEND_PORT to the port it runs on.`)
  }
  const body = /** @type {{ message?: string } & Record<string, any>} */ (await response.json().catch(() => ({})))
  if (!response.ok) {
    throw new ReindexError(`${init?.method ?? "GET"} ${new URL(url).pathname} answered ${response.status}: ${body.message ?? response.statusText}`)
  }
  return body
}

/**
 * Logs in as an admin and has the backend rebuild the product search index from the catalogue;
 * answers once the rebuilt index serves, with how many products it holds and how long it took.
 * @param {{ backendUrl: string, adminEmail: string, adminPassword: string }} options
 * @returns {Promise<{ documents: number, seconds: number }>}
 */
export async function reindexProducts({ backendUrl, adminEmail, adminPassword }) {
  const login = await call(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  }).catch((error) => {
    throw error instanceof ReindexError && /answered 401/.test(error.message)
      ? new ReindexError(`The admin login ${adminEmail} was refused: set ADMIN_EMAIL and ADMIN_PASSWORD to an admin of this shop.`)
      : error
  })
  const { documents, seconds } = await call(`${backendUrl}/admin/ocop/search/rebuild`, { method: "POST", headers: { authorization: `Bearer ${login.token}` } })
  return { documents, seconds }
}
