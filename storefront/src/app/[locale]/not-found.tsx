import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

/** The localized page for a path that does not exist. */
export default function NotFound() {
  const t = useTranslations("NotFound")
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <Link
        href="/"
        className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
      >
        {t("home")}
      </Link>
    </section>
  )
}
