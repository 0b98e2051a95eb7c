import en from "../../messages/en.json"
import vi from "../../messages/vi.json"

/**
 * The page for a URL outside any locale (e.g. `/unknown.txt`), where no locale is known:
 * it speaks Vietnamese first, then English, from the same catalogues as every other page.
 */
export default function RootNotFound() {
  return (
    <html lang="vi">
      <body className="min-h-dvh">
        <main className="mx-auto max-w-md px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">{vi.NotFound.title}</h1>
          <p className="mt-3 text-stone-600">{vi.NotFound.body}</p>
          <a href="/vi" className="mt-4 inline-block font-medium text-brand-700 underline">
            {vi.NotFound.home}
          </a>
          <div lang="en" className="mt-10 border-t border-stone-200 pt-8">
            <h2 className="text-xl font-semibold">{en.NotFound.title}</h2>
            <p className="mt-3 text-stone-600">{en.NotFound.body}</p>
            <a href="/en" className="mt-4 inline-block font-medium text-brand-700 underline">
              {en.NotFound.home}
            </a>
          </div>
        </main>
      </body>
    </html>
  )
}
