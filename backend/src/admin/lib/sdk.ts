import Medusa from "@medusajs/js-sdk"

/** The admin's client for our `/admin` routes, signed in by the dashboard's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })
