"use client"

import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { loginOperator, type ConsoleFormState } from "@/lib/data/operator"
import { ConsoleMessage } from "../console-message/console-message"

const initial: ConsoleFormState = { error: null, detail: null, done: false }

/** The operator's email and password. */
export function ConsoleLoginForm() {
  const t = useTranslations("Operations.login")
  const [state, action, pending] = useActionState(loginOperator, initial)
  return (
    <form action={action} className="flex flex-col gap-4" aria-labelledby="console-login-title">
      <ConsoleMessage state={state} />
      <label className="flex flex-col gap-1 font-medium">
        {t("email")}
        <input name="email" type="email" autoComplete="username" required className="min-h-12 rounded-lg border border-stone-300 px-3 text-lg" />
      </label>
      <label className="flex flex-col gap-1 font-medium">
        {t("password")}
        <input name="password" type="password" autoComplete="current-password" required className="min-h-12 rounded-lg border border-stone-300 px-3 text-lg" />
      </label>
      <button type="submit" disabled={pending} className="min-h-12 rounded-lg bg-brand-800 px-4 text-lg font-semibold text-white disabled:opacity-60">
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  )
}
