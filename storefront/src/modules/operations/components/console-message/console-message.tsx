"use client"

import { useTranslations } from "next-intl"
import type { ConsoleFormState } from "@/lib/data/operator"

/**
 * What became of the last console form: saved (or what `done` says), or why it was refused (with
 * the backend's sentence for a conflict).
 */
export function ConsoleMessage({ state, done }: { state: ConsoleFormState; done?: string }) {
  const t = useTranslations("Operations")
  if (state.done) {
    return (
      <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
        {done ?? t("actions.done")}
      </p>
    )
  }
  if (!state.error) return null
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900" data-testid="console-error">
      {t(`errors.${state.error}`)}
      {state.error === "conflict" && state.detail ? <span className="block text-sm">{state.detail}</span> : null}
    </p>
  )
}
