/** Rebuilding the product search index of a running shop, through its admin API. */
import { adminCall, adminToken } from "./admin-api.mjs"

/**
 * Logs in as an admin and has the backend rebuild the product search index from the catalogue;
 * answers once the rebuilt index serves, with how many products it holds and how long it took.
 * @param {{ backendUrl: string, adminEmail: string, adminPassword: string }} options
 * @returns {Promise<{ documents: number, seconds: number }>}
 */
export async function reindexProducts({ backendUrl, adminEmail, adminPassword }) {
  const token = await adminToken(backendUrl, adminEmail, adminPassword)
  const { documents, seconds } = await adminCall(`${backendUrl}/admin/ocop/search/rebuild`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  return { documents, seconds }
}
