import type { PickupShowroomOption } from "@ocop/types"
import { useTranslations } from "next-intl"

type Props = { options: PickupShowroomOption[]; chosen: string; error?: string }

/**
 * The showrooms to collect from: those holding every item can be chosen; the others stay in the
 * list, disabled, saying which item they lack and how many they have.
 */
export function PickupOptions({ options, chosen, error }: Props) {
  const t = useTranslations("Checkout")
  const offered = options.filter((option) => option.holdsEverything)
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? "pickup-error" : undefined}>
      <legend className="mb-1 text-sm font-medium text-stone-800">{t("chooseShowroom")}</legend>
      {offered.length === 0 ? <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="no-showroom">{t("noShowroomHoldsAll")}</p> : null}
      {options.map(({ showroom, holdsEverything, missing }) => (
        <label key={showroom.id} data-testid={`pickup-${showroom.handle}`} className={`flex gap-3 rounded-lg border p-3 ${holdsEverything ? "cursor-pointer border-stone-300 bg-white has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50" : "border-stone-200 bg-stone-50 text-stone-600"}`}>
          <input type="radio" name="showroomId" value={showroom.id} defaultChecked={chosen === showroom.id} disabled={!holdsEverything} className="mt-1 h-5 w-5 shrink-0" />
          <span className="flex flex-col gap-0.5 text-sm">
            <span className="font-semibold text-stone-900">{showroom.name}</span>
            <span>{[showroom.street, showroom.commune, showroom.province].filter(Boolean).join(", ")}</span>
            {showroom.openingHoursText ? <span>{t("hours", { hours: showroom.openingHoursText })}</span> : null}
            {missing.map((line) => (
              <span key={line.lineItemId} className="font-medium text-red-800">
                {line.available > 0 ? t("onlyLeft", { title: line.title, available: line.available, wanted: line.wanted }) : t("notHeld", { title: line.title })}
              </span>
            ))}
          </span>
        </label>
      ))}
      {error ? <p id="pickup-error" className="text-sm font-medium text-red-700">{error}</p> : null}
    </fieldset>
  )
}
