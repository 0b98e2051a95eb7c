import { resolveLocale } from "@/i18n/resolve-locale"
import { InviteTemplate } from "@/modules/producer-portal/templates/invite-template"

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> }

/** Opening an invited producer account from the link in the invitation email. */
export default async function ProducerInvitePage({ params, searchParams }: Props) {
  await resolveLocale(params)
  const { token } = await searchParams
  return <InviteTemplate token={typeof token === "string" && token ? token : null} />
}
