"use client"

import { useTranslations } from "next-intl"
import { useActionState, useEffect, useState } from "react"
import { uploadProducerLogo } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { PortalButton } from "./portal-button"
import { PICTURE_TYPES, PortalFileField } from "./portal-file-field"
import { PortalFormMessage } from "./portal-form-message"

/** The producer's logo: the current one, a preview of the picture chosen, and its upload (a phone offers its camera). */
export function LogoForm({ logoUrl }: { logoUrl: string | null }) {
  const t = useTranslations("ProducerPortal.profile")
  const tErrors = useTranslations("ProducerPortal.errors")
  const [state, action, pending] = useActionState(uploadProducerLogo, INITIAL_PORTAL_FORM)
  const [chosen, setChosen] = useState<string | null>(null)
  // the chosen picture is read from memory until uploaded; let it go when another replaces it
  useEffect(() => () => (chosen ? URL.revokeObjectURL(chosen) : undefined), [chosen])
  const shown = chosen ?? logoUrl
  const error = state.fieldErrors?.logo
  return (
    <KeptForm action={action} className="flex flex-col gap-3" aria-label={t("logo")}>
      <PortalFormMessage state={state} done={t("logoSaved")} />
      <div className="flex items-center gap-4">
        {shown ? (
          <img src={shown} alt={chosen ? t("logoPreview") : t("logoCurrent")} data-testid="logo-preview" className="h-24 w-24 rounded-xl border border-stone-200 object-cover" />
        ) : (
          <span className="flex h-24 w-24 items-center justify-center rounded-xl bg-stone-100 text-center text-xs text-stone-600">{t("noLogo")}</span>
        )}
        <PortalFileField
          label={t("logo")}
          accept={PICTURE_TYPES}
          hint={t("logoHint")}
          errorKey="logo"
          error={error ? tErrors(error, { detail: "" }) : undefined}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0]
            setChosen(file ? URL.createObjectURL(file) : null)
          }}
        />
      </div>
      <PortalButton label={t("uploadLogo")} pendingLabel={t("uploading")} pending={pending} variant="secondary" />
    </KeptForm>
  )
}
