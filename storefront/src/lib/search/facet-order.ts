import { PRODUCT_GROUPS } from "@ocop/domain"
import { PRICE_RANGES } from "@ocop/types"

type FacetValue = { name: string }

const byListOrder = (order: readonly string[]) => (a: FacetValue, b: FacetValue) => order.indexOf(a.name) - order.indexOf(b.name)

/** Product groups in the order the programme lists them, not by count. */
export const GROUP_ORDER = byListOrder(PRODUCT_GROUPS.map((group) => group.code))

/** Price bands from the cheapest up. */
export const PRICE_ORDER = byListOrder(PRICE_RANGES.map((range) => range.key))
