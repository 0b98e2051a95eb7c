import type { ReactNode } from "react"
import { AccountNav } from "../account-nav/account-nav"

/** The frame of every logged-in account page: its sections on top, the page below. */
export function AccountShell({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 py-6">
      <AccountNav />
      {children}
    </div>
  )
}
