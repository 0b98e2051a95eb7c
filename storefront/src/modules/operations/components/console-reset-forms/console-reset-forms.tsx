"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { requestOperatorPasswordReset, resetOperatorPassword, type ConsoleFormState } from "@/lib/data/operator"
import { ConsoleMessage } from "../console-message/console-message"

const initial: ConsoleFormState = { error: null, detail: null, done: false }
const input = "min-h-12 rounded-lg border border-stone-300 px-3 text-lg"
const button = "min-h-12 rounded-lg bg-brand-800 px-4 text-lg font-semibold text-white disabled:opacity-60"

/** Asks for a reset link by email. */
export function ConsoleAskResetForm() {
  const t = useTranslations("Operations.reset")
  const [state, action, pending] = useActionState(requestOperatorPasswordReset, initial)
  return (
    <form action={action} className="flex flex-col gap-4" aria-labelledby="console-reset-title">
      <p className="text-stone-700">{t("askIntro")}</p>
      <ConsoleMessage state={state} done={t("asked")} />
      <label className="flex flex-col gap-1 font-medium">
        {t("email")}
        <input name="email" type="email" autoComplete="username" inputMode="email" required className={input} />
      </label>
      <button type="submit" disabled={pending} className={button}>
        {pending ? t("pending") : t("ask")}
      </button>
    </form>
  )
}

/** Sets the new password with the mailed link's token. */
export function ConsoleSetPasswordForm({ email, token }: { email: string; token: string }) {
  const t = useTranslations("Operations.reset")
  const [state, action, pending] = useActionState(resetOperatorPassword, initial)
  return (
    <form action={action} className="flex flex-col gap-4" aria-labelledby="console-reset-title">
      <p className="text-stone-700">{t("setIntro", { email })}</p>
      <ConsoleMessage state={state} done={t("done")} />
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="token" value={token} />
      <label className="flex flex-col gap-1 font-medium">
        {t("password")}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required className={input} />
      </label>
      <button type="submit" disabled={pending || state.done} className={button}>
        {pending ? t("pending") : t("set")}
      </button>
    </form>
  )
}
