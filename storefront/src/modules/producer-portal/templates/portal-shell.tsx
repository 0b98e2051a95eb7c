import type { ReactNode } from "react"
import { PortalNav } from "../components/portal-nav"

/** The frame of every logged-in portal page: its sections on top, the page below; phone first. */
export function PortalShell({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 py-4">
      <PortalNav />
      {children}
    </div>
  )
}
