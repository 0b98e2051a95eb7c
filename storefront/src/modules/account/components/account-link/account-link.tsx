import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { getAuthToken } from "@/lib/data/cookies"

/**
 * The header's way into the account: "Log in" for a visitor, "Account" once logged in. Only
 * the login cookie is read, so no page waits on the backend for it.
 */
export async function AccountLink() {
  const t = await getTranslations("Account.header")
  const loggedIn = (await getAuthToken()) !== null
  return (
    <Link
      href={loggedIn ? "/account" : "/account/login"}
      data-testid="account-link"
      className="inline-flex min-h-10 items-center rounded-md px-2.5 text-sm font-medium text-stone-700 hover:bg-stone-100 hover:text-stone-900"
    >
      {loggedIn ? t("account") : t("login")}
    </Link>
  )
}
