"use client"

import type { ProducerProductContentView } from "@ocop/types"
import { useTranslations } from "next-intl"
import { useActionState } from "react"
import { createProducerProduct, updateProducerProduct } from "@/lib/data/producer-portal"
import { INITIAL_PORTAL_FORM } from "@/lib/producer-portal/portal-form-state"
import { KeptForm } from "@/modules/common/components/kept-form/kept-form"
import { ImageOrderList } from "./image-order-list"
import { PortalButton } from "./portal-button"
import { PortalField } from "./portal-field"
import { PortalFormMessage } from "./portal-form-message"

/** The product's text, packs and (once it exists) pictures: a new draft (no `productId`) or the producer's version of one. */
export function ProductForm({ productId, content }: { productId?: string; content?: ProducerProductContentView }) {
  const t = useTranslations("ProducerPortal.editor")
  const [state, action, pending] = useActionState(productId ? updateProducerProduct : createProducerProduct, INITIAL_PORTAL_FORM)
  // the packs the product has, then one empty row to add a pack
  const packs = [...(content?.packs ?? []), { id: null, title: "", price: null, weight: null }]
  return (
    <KeptForm action={action} className="flex flex-col gap-4" aria-label={productId ? t("save") : t("newTitle")}>
      <PortalFormMessage state={state} done={t("saved")} />
      {productId ? <input type="hidden" name="product_id" value={productId} /> : null}
      <PortalField name="title_vi" label={t("titleVi")} defaultValue={content?.title} />
      <PortalField name="title_en" label={t("titleEn")} defaultValue={content?.titleEn ?? ""} />
      <PortalField name="description_vi" label={t("descriptionVi")} defaultValue={content?.description ?? ""} multiline />
      <PortalField name="description_en" label={t("descriptionEn")} defaultValue={content?.descriptionEn ?? ""} multiline />
      {productId ? <ImageOrderList images={content?.images ?? []} /> : null}
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-semibold text-stone-900">{t("packs")}</legend>
        {packs.map((pack, index) => (
          <div key={pack.id ?? `new-${index}`} className="grid grid-cols-1 gap-2 rounded-lg border border-stone-200 p-3 sm:grid-cols-3" data-testid="pack-row">
            <input type="hidden" name={`pack-${index}-id`} value={pack.id ?? ""} />
            {pack.id === null && index > 0 ? <p className="text-sm text-stone-600 sm:col-span-3">{t("newPack")}</p> : null}
            <PortalField name={`pack-${index}-title`} label={t("packName")} defaultValue={pack.title} />
            <PortalField name={`pack-${index}-price`} label={t("price")} inputMode="numeric" defaultValue={pack.price === null ? "" : String(pack.price)} />
            <PortalField name={`pack-${index}-weight`} label={t("weight")} inputMode="numeric" defaultValue={pack.weight === null ? "" : String(pack.weight)} />
            {pack.id !== null ? (
              <label className="flex items-center gap-2 text-sm text-stone-800 sm:col-span-3">
                <input type="checkbox" name={`pack-${index}-remove`} className="h-5 w-5" />
                {t("removePack")}
              </label>
            ) : null}
          </div>
        ))}
      </fieldset>
      <PortalButton label={productId ? t("save") : t("create")} pendingLabel={t("saving")} pending={pending} />
    </KeptForm>
  )
}
