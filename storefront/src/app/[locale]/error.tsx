"use client"

import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

type Props = {
  // Never shown: its message may hold internals; Next has already logged it on the server.
  error: unknown
  retry: () => void
}

/** The localized page for an unexpected error below the locale layout, with a way to try again. */
export default function LocaleError({ retry }: Props) {
  const t = useTranslations("Error")
  return (
    <section className="mx-auto max-w-md py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-stone-600">{t("body")}</p>
      <div className="mt-6 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={retry}
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
        <Link href="/" className="rounded-lg border border-stone-300 px-5 py-2.5 font-medium hover:bg-stone-100">
          {t("home")}
        </Link>
      </div>
    </section>
  )
}
