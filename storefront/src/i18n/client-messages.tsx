import { NextIntlClientProvider } from "next-intl"
import { getMessages } from "next-intl/server"
import type { ReactNode } from "react"
import { LAYOUT_CLIENT_NAMESPACES, type Namespace } from "./client-namespaces"

type Props = {
  /** The namespaces the client components below read, besides the layout's. */
  namespaces?: readonly Namespace[]
  children: ReactNode
}

/**
 * Hands the client components below only the messages they read: a page carries the messages
 * it hands over in its HTML, and the whole catalogue is about 30 kB.
 * `client-messages.test.ts` checks every route names what its client components read.
 */
export async function ClientMessages({ namespaces = [], children }: Props) {
  const messages = await getMessages()
  const picked = Object.fromEntries([...LAYOUT_CLIENT_NAMESPACES, ...namespaces].map((name) => [name, messages[name]]))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
