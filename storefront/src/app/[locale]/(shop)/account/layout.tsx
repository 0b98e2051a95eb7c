import type { ReactNode } from "react"
import { ClientMessages } from "@/i18n/client-messages"

/** The customer's account pages: their forms' messages. */
export default function AccountLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["Account", "AddressFields"]}>{children}</ClientMessages>
}
