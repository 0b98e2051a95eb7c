/** Talking to a running shop's admin API from the command line (npm run reindex, the benchmark). */

export class AdminApiError extends Error {}

/**
 * Sends one request and answers its JSON body, with a sentence a person can act on when nothing
 * answers or the answer is an error.
 * @param {string} url
 * @param {RequestInit} [init]
 * @returns {Promise<any>}
 */
export async function adminCall(url, init) {
  let response
  try {
    // a rebuild of a large catalogue takes minutes; the request waits for it
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(60 * 60_000) })
  } catch {
    throw new AdminApiError(`No shop answers at ${new URL(url).origin}: start it with npm start, or set BACKEND_PORT to the port it runs on.`)
  }
  const body = /** @type {{ message?: string } & Record<string, any>} */ (await response.json().catch(() => ({})))
  if (!response.ok) {
    throw new AdminApiError(`${init?.method ?? "GET"} ${new URL(url).pathname} answered ${response.status}: ${body.message ?? response.statusText}`)
  }
  return body
}

/**
 * An admin bearer token from Medusa's email-and-password login.
 * @param {string} backendUrl
 * @param {string} email
 * @param {string} password
 * @returns {Promise<string>}
 */
export async function adminToken(backendUrl, email, password) {
  const login = await adminCall(`${backendUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).catch((error) => {
    throw error instanceof AdminApiError && /answered 401/.test(error.message)
      ? new AdminApiError(`The admin login ${email} was refused: set ADMIN_EMAIL and ADMIN_PASSWORD to an admin of this shop.`)
      : error
  })
  return login.token
}
