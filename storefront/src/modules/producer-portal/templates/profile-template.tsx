import type { ProducerProfile } from "@ocop/types"
import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { LogoForm } from "../components/logo-form"
import { ProfileForm } from "../components/profile-form"
import { PortalShell } from "./portal-shell"

/** The producer's public profile as they edit it: logo, story and contact, and a link to how the shop shows it. */
export function ProfileTemplate({ producer }: { producer: ProducerProfile }) {
  const t = useTranslations("ProducerPortal.profile")
  return (
    <PortalShell>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
        <p className="text-stone-700">{t("intro", { name: producer.name })}</p>
        <Link href={`/producers/${producer.handle}`} className="font-semibold text-brand-800 underline">
          {t("publicPage")}
        </Link>
      </div>
      <LogoForm logoUrl={producer.logoUrl} />
      <ProfileForm producer={producer} />
    </PortalShell>
  )
}
