import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

/** The operations console: its forms' messages, under the shop's header. */
export default function OperationsLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Operations"]}>{children}</ClientMessages>
}
