import { notFound } from "next/navigation"

/** Any unknown path under a locale gets the localized not-found page rather than Next's default. */
export default function UnknownPage() {
  notFound()
}
