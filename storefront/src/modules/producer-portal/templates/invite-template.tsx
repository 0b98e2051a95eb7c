import { useTranslations } from "next-intl"
import { InviteForm } from "../components/invite-form"

/** Opening an invited account: the password form, or why the link cannot work. */
export function InviteTemplate({ token }: { token: string | null }) {
  const t = useTranslations("ProducerPortal.invite")
  return (
    <div className="mx-auto flex max-w-md flex-col gap-5 py-8">
      <h1 className="text-2xl font-bold text-stone-900">{t("title")}</h1>
      {token ? (
        <>
          <p className="text-stone-700">{t("intro")}</p>
          <InviteForm token={token} />
        </>
      ) : (
        <p role="alert" className="text-red-800">{t("missing")}</p>
      )}
    </div>
  )
}
