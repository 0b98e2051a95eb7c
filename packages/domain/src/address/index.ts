// A subpath of its own (@ocop/domain/address): the ward table is 270 kB and must not ride along
// with every import of formatVnd into the browser.
export {
  findProvince,
  findWard,
  legacyDistrictLabel,
  listWards,
  VN_PROVINCES,
  type Province,
  type Ward,
} from "./administrative-units"
export {
  addressProblems,
  checkDeliveryAddress,
  type AddressProblem,
  type DeliveryAddress,
  type DeliveryAddressInput,
} from "./delivery-address"
