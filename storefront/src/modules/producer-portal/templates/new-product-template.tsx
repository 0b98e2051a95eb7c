import { useTranslations } from "next-intl"
import { ProductForm } from "../components/product-form"
import { PortalShell } from "./portal-shell"

/** Starting a product: its name, description and first pack; pictures come next, in the editor. */
export function NewProductTemplate() {
  const t = useTranslations("ProducerPortal.editor")
  return (
    <PortalShell>
      <h1 className="text-2xl font-bold text-stone-900">{t("newTitle")}</h1>
      <ProductForm />
    </PortalShell>
  )
}
