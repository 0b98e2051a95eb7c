import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { redirect } from "@/i18n/navigation"
import { accountMetadata } from "@/lib/account/account-pages"
import { retrieveCustomer } from "@/lib/data/customer"
import { RegisterTemplate } from "@/modules/account/templates/register-template"

type Props = { params: Promise<{ locale: string }> }

/** "Create an account", kept out of search engines. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("register.title"))
}

/** The registration form; a shopper already logged in goes to their account instead. */
export default async function RegisterPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const customer = await retrieveCustomer()
  if (customer.ok && customer.data) {
    redirect({ href: "/account", locale })
  }
  return <RegisterTemplate />
}
