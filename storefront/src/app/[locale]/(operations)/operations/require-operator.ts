import type { OperatorProfile } from "@ocop/types"
import type { Locale } from "@/i18n/routing"
import { redirect } from "@/i18n/navigation"
import { retrieveOperator } from "@/lib/data/operator"
import { consolePath } from "@/lib/operations/console-path"

/** The logged-in operator, or a redirect to the console's login; `unavailable` when the backend is down. */
export async function requireOperator(locale: Locale): Promise<{ ok: true; operator: OperatorProfile } | { ok: false }> {
  const operator = await retrieveOperator()
  if (!operator.ok) return { ok: false }
  if (!operator.data) return redirect({ href: consolePath(locale, "/login"), locale })
  return { ok: true, operator: operator.data }
}
