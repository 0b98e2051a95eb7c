/**
 * What a server action meets inside Next, for data-layer tests outside it: the browser's cookies as
 * `cookies()` hands them over, and the redirect that ends an action. A test file installs them with
 *   vi.mock("next/headers", async () => (await import("@/test/server-action-doubles")).nextHeaders)
 *   vi.mock("@/i18n/navigation", async () => (await import("@/test/server-action-doubles")).i18nNavigation)
 */

/** The browser's cookies, by name; clear it before each test. */
export const cookieJar = new Map<string, string>()

/** `next/headers` with `cookies()` reading and writing {@link cookieJar}. */
export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => void cookieJar.set(name, value),
    delete: (name: string) => void cookieJar.delete(name),
  }),
}

/** A redirect ends a server action by throwing; a test catches it to read where it was sent. */
export class Redirected extends Error {
  constructor(readonly href: unknown) {
    super("redirected")
  }
}

/** `@/i18n/navigation` whose `redirect` throws {@link Redirected}. */
export const i18nNavigation = {
  redirect: ({ href }: { href: unknown }) => {
    throw new Redirected(href)
  },
}
