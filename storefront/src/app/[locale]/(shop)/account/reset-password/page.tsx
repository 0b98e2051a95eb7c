import type { Metadata } from "next"
import { resolveLocale } from "@/i18n/resolve-locale"
import { accountMetadata } from "@/lib/account/account-pages"
import { ResetPasswordTemplate } from "@/modules/account/templates/reset-password-template"

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ token?: string | string[]; email?: string | string[] }>
}

/** "Choose a new password", kept out of search engines. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return accountMetadata(await resolveLocale(params), (t) => t("resetPassword.title"))
}

const single = (value: string | string[] | undefined): string => (typeof value === "string" ? value.trim() : "")

/** The page a reset link opens: a new password for the account the link names; a link without its token says so. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const query = await searchParams
  return <ResetPasswordTemplate token={single(query.token)} email={single(query.email)} />
}
