"use client"

import { LAST_RESORT_MESSAGES } from "@/i18n/last-resort-messages"
import "./globals.css"

const { vi, en } = LAST_RESORT_MESSAGES

type Props = {
  // Never shown: its message may hold internals; Next has already logged it on the server.
  error: unknown
  retry: () => void
}

/** The last-resort page when the locale layout itself fails, so no locale is known: both languages. */
export default function GlobalError({ retry }: Props) {
  return (
    <html lang="vi">
      <body className="min-h-dvh">
        <main className="mx-auto max-w-md px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">{vi.title}</h1>
          <p className="mt-3 text-stone-600">{vi.body}</p>
          <p lang="en" className="mt-6 text-stone-600">
            {en.title}. {en.body}
          </p>
          <button
            type="button"
            onClick={retry}
            className="mt-6 rounded-lg bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800"
          >
            {vi.retry} · <span lang="en">{en.retry}</span>
          </button>
        </main>
      </body>
    </html>
  )
}
