import { useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"

const LINKS = [
  { href: "/products", key: "catalogue" },
  { href: "/producers", key: "producers" },
  { href: "/showrooms", key: "showrooms" },
] as const

/** The shop's main sections: the catalogue, the producers and the showrooms. */
export function SiteNav() {
  const t = useTranslations("SiteNav")
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-x-1 text-sm font-medium">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-block rounded-md px-2 py-1.5 text-stone-700 hover:bg-stone-100 hover:text-brand-800">
              {t(link.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
