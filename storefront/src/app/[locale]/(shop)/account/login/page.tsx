import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { redirect } from "@/i18n/navigation"
import { safeReturnPath } from "@/lib/account/account-forms"
import { accountMetadata } from "@/lib/account/account-pages"
import { retrieveCustomer } from "@/lib/data/customer"
import { LoginTemplate } from "@/modules/account/templates/login-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ next?: string | string[]; reset?: string | string[] }>
}

/** "Log in", kept out of search engines. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("login.title"))
}

/** The login form (saying so after a password reset); a shopper already logged in goes straight on to where they were heading. */
export default async function LoginPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const query = await searchParams
  const next = safeReturnPath(query.next)
  const customer = await retrieveCustomer()
  if (customer.ok && customer.data) {
    redirect({ href: next, locale })
  }
  return <LoginTemplate next={next} passwordChanged={query.reset === "1"} />
}
