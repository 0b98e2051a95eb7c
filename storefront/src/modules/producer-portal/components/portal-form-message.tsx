"use client"

import { useTranslations } from "next-intl"
import type { PortalFormState } from "@/lib/producer-portal/portal-form-state"

/** The sentence for a refused portal form (announced), or the confirmation when it was done. */
export function PortalFormMessage({ state, done }: { state: PortalFormState; done?: string }) {
  const t = useTranslations("ProducerPortal.errors")
  if (state.error) {
    return (
      <p role="alert" data-testid="portal-form-error" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
        {t(state.error, { detail: state.detail ?? "" })}
      </p>
    )
  }
  if (state.done && done) {
    return (
      <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
        {done}
      </p>
    )
  }
  return null
}
