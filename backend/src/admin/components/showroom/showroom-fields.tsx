import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { OpeningHoursFields } from "./opening-hours-fields"
import type { ShowroomFormValues } from "./showroom-form-values"
import { useKnownAreas } from "./use-known-areas"

const LEVEL_OPTIONS = [
  { value: "provincial", label: "Cấp tỉnh" },
  { value: "district", label: "Cấp huyện" },
]

type ShowroomFieldsProps = { values: ShowroomFormValues; onChange: (change: Partial<ShowroomFormValues>) => void }

/** The fields of a showroom to open. */
export function ShowroomFields({ values, onChange }: ShowroomFieldsProps) {
  const areas = useKnownAreas()
  const chooseArea = (areaCode: string) => {
    const area = areas.find((option) => option.value === areaCode)
    onChange({ areaCode, legacyDistrict: values.legacyDistrict || area?.name || "" })
  }
  return (
    <div className="flex flex-col gap-y-4">
      <TextField id="showroom-name" label="Tên điểm bán" placeholder="vd. Điểm bán sản phẩm OCOP Ba Đồn" value={values.name} onChange={(name) => onChange({ name })} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <SelectField id="showroom-level" label="Cấp" value={values.level} options={LEVEL_OPTIONS} onChange={(level) => onChange({ level })} />
        {areas.length > 0 ? (
          <SelectField id="showroom-area" label="Khu vực (huyện cũ)" value={values.areaCode} options={areas} onChange={chooseArea} />
        ) : (
          <TextField id="showroom-area" label="Mã khu vực" value={values.areaCode} onChange={(areaCode) => onChange({ areaCode })} />
        )}
        <TextField id="showroom-province" label="Tỉnh/thành phố" value={values.province} onChange={(province) => onChange({ province })} />
        <TextField id="showroom-commune" label="Xã/phường" value={values.commune} onChange={(commune) => onChange({ commune })} />
        <TextField id="showroom-street" label="Đường, số nhà" value={values.street} onChange={(street) => onChange({ street })} />
        <TextField id="showroom-legacy-district" label="Huyện (trước 7/2025)" value={values.legacyDistrict} onChange={(legacyDistrict) => onChange({ legacyDistrict })} />
        <TextField id="showroom-phone" label="Điện thoại" type="tel" placeholder="vd. 0232 3822 123" value={values.phone} onChange={(phone) => onChange({ phone })} />
      </div>
      <OpeningHoursFields slots={values.slots} onChange={(slots) => onChange({ slots })} />
      <TextField
        id="showroom-hours-text"
        label="Giờ mở cửa (dòng hiển thị)"
        hint="Để trống thì ghi theo các khung giờ trên."
        value={values.openingHoursText}
        onChange={(openingHoursText) => onChange({ openingHoursText })}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField id="showroom-latitude" label="Vĩ độ" inputMode="decimal" placeholder="17.4689" value={values.latitude} onChange={(latitude) => onChange({ latitude })} />
        <TextField id="showroom-longitude" label="Kinh độ" inputMode="decimal" placeholder="106.6223" value={values.longitude} onChange={(longitude) => onChange({ longitude })} />
      </div>
    </div>
  )
}
