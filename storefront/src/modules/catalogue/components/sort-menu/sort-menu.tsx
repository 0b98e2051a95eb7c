"use client"

import { useId, useState } from "react"
import { useRouter } from "@/i18n/navigation"

type Props = {
  label: string
  current: string
  /** Each sort with its name and the catalogue's URL sorted that way. */
  options: Array<{ sort: string; label: string; href: string }>
}

/** The sort menu: choosing a sort opens the catalogue's URL for it. */
export function SortMenu({ label, current, options }: Props) {
  const id = useId()
  const router = useRouter()
  // Shows the choice at once; the page the server renders for it brings a new menu.
  const [chosen, setChosen] = useState(current)
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="text-stone-600">
        {label}
      </label>
      <select
        id={id}
        value={chosen}
        onChange={(event) => {
          const option = options.find((candidate) => candidate.sort === event.target.value)
          if (!option) return
          setChosen(option.sort)
          router.push(option.href, { scroll: false })
        }}
        className="rounded-lg border border-stone-300 bg-white px-2 py-1.5"
      >
        {options.map((option) => (
          <option key={option.sort} value={option.sort}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
