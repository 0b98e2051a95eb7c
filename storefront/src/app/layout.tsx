import type { ReactNode } from "react"
import "./globals.css"

/**
 * Passes through to `[locale]/layout.tsx`, which renders `<html lang>`; it exists so the root
 * `not-found.tsx` (URLs outside any locale) has a layout to render in.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
