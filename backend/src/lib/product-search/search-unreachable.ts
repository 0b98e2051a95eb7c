/**
 * Whether an error says the search engine did not answer (refused, reset or timed out): what the
 * Meilisearch client throws then. Search answers 503 for it, and the repair job waits it out.
 */
export function isSearchUnreachable(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return typeof name === "string" && ["MeiliSearchRequestError", "MeiliSearchRequestTimeOutError", "MeiliSearchCommunicationError"].includes(name)
}
