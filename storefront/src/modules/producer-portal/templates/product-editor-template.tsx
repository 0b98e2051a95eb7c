import type { ProducerProductView } from "@ocop/types"
import { useTranslations } from "next-intl"
import { ImageUploadForm } from "../components/image-upload-form"
import { ProductForm } from "../components/product-form"
import { ProductPreview } from "../components/product-preview"
import { StageBadge } from "../components/stage-badge"
import { SubmitProductForm } from "../components/submit-product-form"
import { PortalShell } from "./portal-shell"

/** One product: where it stands, its preview with the star badge, pictures, text and packs, sending for review, stock. */
export function ProductEditorTemplate({ product }: { product: ProducerProductView }) {
  const t = useTranslations("ProducerPortal.editor")
  const waiting = product.stage === "pending" || product.changeStage === "pending"
  return (
    <PortalShell>
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold text-stone-900">{product.draft.title}</h1>
        <StageBadge product={product} />
        {product.stage === "live" ? <p className="text-sm text-stone-700">{t("liveNote")}</p> : null}
        {product.rejectionReason ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">{t("rejectedBecause", { reason: product.rejectionReason })}</p>
        ) : null}
      </div>
      <ProductPreview product={product} />
      {!waiting && (product.stage !== "live" || product.changeStage !== null) ? <SubmitProductForm productId={product.id} /> : null}
      <ImageUploadForm productId={product.id} />
      <ProductForm key={JSON.stringify(product.draft)} productId={product.id} content={product.draft} />
      <section aria-labelledby="stock-title" className="flex flex-col gap-1">
        <h2 id="stock-title" className="font-semibold text-stone-900">{t("stock")}</h2>
        {product.stock.length === 0 ? <p className="text-sm text-stone-700">{t("noStock")}</p> : null}
        <ul className="text-sm text-stone-800">
          {product.stock.map((entry) => (
            <li key={entry.showroomId}>{entry.showroomName}: {entry.quantity}</li>
          ))}
        </ul>
        <p className="text-xs text-stone-600">{t("stockNote")}</p>
      </section>
    </PortalShell>
  )
}
