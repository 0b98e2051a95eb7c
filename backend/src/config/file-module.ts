/**
 * Medusa's file module with its local provider, serving uploads (producers' pictures and
 * documents) from this backend's own address: the provider's default, localhost:9000, is wrong
 * whenever the backend listens elsewhere (e2e, bench, a deployment).
 */
export function fileModule(env: { MEDUSA_BACKEND_URL: string }) {
  return {
    resolve: "@medusajs/medusa/file",
    options: {
      providers: [{ resolve: "@medusajs/medusa/file-local", id: "local", options: { backend_url: `${env.MEDUSA_BACKEND_URL.replace(/\/+$/, "")}/static` } }],
    },
  }
}
