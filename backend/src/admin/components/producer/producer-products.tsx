import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { ProducerDetail } from "../../lib/queries/producers"

/** The products a producer makes, each linking to its product page. */
export function ProducerProducts({ products }: { products: ProducerDetail["products"] }) {
  if (products.length === 0) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">Chưa có sản phẩm nào gắn với chủ thể này.</Text>
  }
  return (
    <ul className="flex flex-col gap-y-2 px-6 py-4">
      {products.map((product) => (
        <li key={product.id}>
          <Link to={`/products/${product.id}`} className="txt-small text-ui-fg-interactive hover:underline">
            {product.title}
          </Link>
        </li>
      ))}
    </ul>
  )
}
