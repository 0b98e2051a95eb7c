"use client"

import { MAX_SEARCH_QUERY_LENGTH } from "@ocop/types"
import { useLocale, useTranslations } from "next-intl"
import { useId, type FormEvent } from "react"
import { useRouter } from "@/i18n/navigation"

type Props = {
  /** The catalogue page's path, without its locale. */
  path: string
  query: string
  /** The URL's other parameters (facets, sort), kept when a new query is searched. */
  queryless: string
}

/** The catalogue's search box: searching keeps the picked facets and the sort, and starts at page 1. */
export function CatalogueQueryBox({ path, query, queryless }: Props) {
  const t = useTranslations("Search")
  const locale = useLocale()
  const id = useId()
  const router = useRouter()
  const kept = [...new URLSearchParams(queryless)]
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = String(new FormData(event.currentTarget).get("q") ?? "").trim()
    // The same shape as the links on the page: the words first, then the rest as it was written.
    const search = [q ? new URLSearchParams({ q }).toString() : "", queryless].filter(Boolean).join("&")
    router.push(search ? `${path}?${search}` : path, { scroll: false })
  }
  return (
    <form role="search" action={`/${locale}${path}`} method="get" onSubmit={submit}>
      <label htmlFor={id} className="sr-only">
        {t("queryLabel")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        maxLength={MAX_SEARCH_QUERY_LENGTH}
        placeholder={t("queryPlaceholder")}
        className="w-full rounded-xl border border-stone-300 bg-white px-4 py-2.5 outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
      />
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </form>
  )
}
