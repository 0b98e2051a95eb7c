type Props = { label: string; pendingLabel: string; pending: boolean; variant?: "primary" | "secondary" }

/** The submit button of a portal form, full width on a phone, saying what is happening while it works. */
export function PortalButton({ label, pendingLabel, pending, variant = "primary" }: Props) {
  const look = variant === "primary" ? "bg-brand-700 text-white hover:bg-brand-800" : "border border-brand-700 text-brand-800 hover:bg-brand-50"
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={`w-full rounded-lg px-4 py-3 font-semibold sm:w-auto ${look} disabled:opacity-60`}>
      {pending ? pendingLabel : label}
    </button>
  )
}
