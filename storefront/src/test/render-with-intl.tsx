import { render } from "@testing-library/react"
import { NextIntlClientProvider } from "next-intl"
import type { ReactElement } from "react"
import en from "../../messages/en.json"
import vi from "../../messages/vi.json"
import type { Locale } from "@/i18n/routing"

const catalogues = { vi, en } satisfies Record<Locale, typeof vi>

/** Renders a component with the shop's real message catalogue for `locale`, as a page would. */
export function renderWithIntl(ui: ReactElement, locale: Locale = "vi") {
  return render(
    <NextIntlClientProvider locale={locale} messages={catalogues[locale]}>
      {ui}
    </NextIntlClientProvider>,
  )
}
