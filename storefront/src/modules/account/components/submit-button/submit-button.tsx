type Props = {
  label: string
  pendingLabel: string
  pending: boolean
}

/** A form's main button; while the server works it says so and cannot be pressed twice. */
export function SubmitButton({ label, pendingLabel, pending }: Props) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="min-h-11 rounded-lg bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  )
}
