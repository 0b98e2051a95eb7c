import { Input } from "@medusajs/ui"

/** A search box for a list, filtering as staff type. */
export function SearchInput({ value, onChange, label }: { value: string; onChange: (value: string) => void; label: string }) {
  return (
    <Input
      type="search"
      size="small"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      className="w-full md:w-64"
    />
  )
}
