"use client"

import { useTranslations } from "next-intl"
import { useState, useTransition } from "react"
import { listWardOptions, type UnitOption } from "@/lib/data/administrative-units"

type Field = "provinceCode" | "wardCode" | "street"

type Props = {
  provinces: UnitOption[]
  /** The wards of the province in `values`, so a refused form comes back whole without a round trip. */
  initialWards: UnitOption[]
  values: Partial<Record<Field, string>>
  /** Sentences, already in the shopper's language, under the field they concern. */
  errors: Partial<Record<Field, string>>
  /** Prefix of the inputs' ids, when a page holds two address forms. */
  idPrefix?: string
}

const inputClass = (error?: string) =>
  `min-h-11 w-full rounded-lg border bg-white px-3 py-2 text-base text-stone-900 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${error ? "border-red-700" : "border-stone-300"}`

/**
 * A Vietnamese address after the 2025 reform: province, then commune or ward (showing the old
 * district it belonged to), then house number and street. Choosing a province loads its wards.
 */
export function AddressFields({ provinces, initialWards, values, errors, idPrefix = "address" }: Props) {
  const t = useTranslations("AddressFields")
  const [provinceCode, setProvinceCode] = useState(values.provinceCode ?? "")
  const [wardCode, setWardCode] = useState(values.wardCode ?? "")
  const [wards, setWards] = useState(initialWards)
  const [loading, startLoading] = useTransition()
  const legacy = wards.find((ward) => ward.code === wardCode)?.legacyDistrict
  const id = (field: Field) => `${idPrefix}-${field}`
  const describedBy = (field: Field, extra?: string) => [extra, errors[field] ? `${id(field)}-error` : null].filter(Boolean).join(" ") || undefined

  const chooseProvince = (code: string) => {
    setProvinceCode(code)
    setWardCode("")
    setWards([])
    if (code) startLoading(async () => setWards(await listWardOptions(code)))
  }

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor={id("provinceCode")} className="text-sm font-medium text-stone-800">{t("province")}</label>
        <select id={id("provinceCode")} name="provinceCode" required value={provinceCode} onChange={(event) => chooseProvince(event.target.value)} aria-invalid={errors.provinceCode ? true : undefined} aria-describedby={describedBy("provinceCode")} className={inputClass(errors.provinceCode)}>
          <option value="">{t("chooseProvince")}</option>
          {provinces.map((province) => <option key={province.code} value={province.code}>{province.name}</option>)}
        </select>
        {errors.provinceCode ? <p id={`${id("provinceCode")}-error`} className="text-sm font-medium text-red-700">{errors.provinceCode}</p> : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={id("wardCode")} className="text-sm font-medium text-stone-800">{t("ward")}</label>
        <select id={id("wardCode")} name="wardCode" required value={wardCode} onChange={(event) => setWardCode(event.target.value)} disabled={!provinceCode || loading} aria-invalid={errors.wardCode ? true : undefined} aria-describedby={describedBy("wardCode", legacy ? `${id("wardCode")}-legacy` : undefined)} className={inputClass(errors.wardCode)}>
          <option value="">{loading ? t("loadingWards") : provinceCode ? t("chooseWard") : t("chooseProvinceFirst")}</option>
          {wards.map((ward) => <option key={ward.code} value={ward.code}>{ward.name}</option>)}
        </select>
        {legacy ? <p id={`${id("wardCode")}-legacy`} className="text-sm text-stone-600">{t("formerly", { district: legacy })}</p> : null}
        {errors.wardCode ? <p id={`${id("wardCode")}-error`} className="text-sm font-medium text-red-700">{errors.wardCode}</p> : null}
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor={id("street")} className="text-sm font-medium text-stone-800">{t("street")}</label>
        <input id={id("street")} name="street" required autoComplete="street-address" defaultValue={values.street ?? ""} placeholder={t("streetExample")} aria-invalid={errors.street ? true : undefined} aria-describedby={describedBy("street")} className={inputClass(errors.street)} />
        {errors.street ? <p id={`${id("street")}-error`} className="text-sm font-medium text-red-700">{errors.street}</p> : null}
      </div>
    </div>
  )
}
