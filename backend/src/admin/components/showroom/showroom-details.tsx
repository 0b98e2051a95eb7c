import { Link } from "react-router-dom"
import type { ShowroomDetail } from "../../lib/queries/showrooms"
import { openingHoursLabel } from "../../lib/opening-hours"
import { phoneLabel, placeName, showroomLevelName } from "../../lib/ocop-labels"
import { InfoRow } from "../common/info-row"

/** A link to the Medusa record a showroom opened with. */
function SettingsLink({ to }: { to: string }) {
  return (
    <Link to={to} className="text-ui-fg-interactive hover:underline">
      Xem trong Cài đặt
    </Link>
  )
}

/** A showroom's facts: level, area, address, phone, hours, position, and its Medusa records. */
export function ShowroomDetails({ showroom }: { showroom: ShowroomDetail }) {
  return (
    <div className="grid grid-cols-1 gap-x-8 px-6 py-4 md:grid-cols-2">
      <div>
        <InfoRow label="Cấp">{showroomLevelName(showroom.level)}</InfoRow>
        <InfoRow label="Khu vực (huyện cũ)">{showroom.legacyDistrict ? `${showroom.legacyDistrict} (mã ${showroom.areaCode})` : showroom.areaCode}</InfoRow>
        <InfoRow label="Địa chỉ">{[showroom.street, placeName(showroom)].filter(Boolean).join(", ")}</InfoRow>
        <InfoRow label="Điện thoại">{phoneLabel(showroom.phone)}</InfoRow>
      </div>
      <div>
        <InfoRow label="Giờ mở cửa">{showroom.openingHoursText ?? openingHoursLabel(showroom.openingHours)}</InfoRow>
        <InfoRow label="Toạ độ">
          {showroom.latitude !== null && showroom.longitude !== null ? `${showroom.latitude}, ${showroom.longitude}` : "—"}
        </InfoRow>
        <InfoRow label="Kho hàng">
          {showroom.stock_location_id ? <SettingsLink to={`/settings/locations/${showroom.stock_location_id}`} /> : "—"}
        </InfoRow>
        <InfoRow label="Kênh bán">
          {showroom.sales_channel_id ? <SettingsLink to={`/settings/sales-channels/${showroom.sales_channel_id}`} /> : "—"}
        </InfoRow>
      </div>
    </div>
  )
}
