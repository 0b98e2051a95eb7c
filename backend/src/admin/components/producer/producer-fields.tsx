import { Label, Switch } from "@medusajs/ui"
import { PRODUCER_TYPES } from "../../lib/ocop-domain"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import type { ProducerFormValues } from "./producer-form-values"

const TYPE_OPTIONS = PRODUCER_TYPES.map((type) => ({ value: type.code, label: type.vi }))

type ProducerFieldsProps = { values: ProducerFormValues; onChange: (change: Partial<ProducerFormValues>) => void }

/** The fields of a producer ("chủ thể OCOP"), shared by the create and edit forms. */
export function ProducerFields({ values, onChange }: ProducerFieldsProps) {
  return (
    <div className="flex flex-col gap-y-4">
      <TextField id="producer-name" label="Tên chủ thể" placeholder="vd. HTX Nông nghiệp Hóa Sơn" value={values.name} onChange={(name) => onChange({ name })} />
      <SelectField id="producer-type" label="Loại hình" value={values.type} options={TYPE_OPTIONS} onChange={(type) => onChange({ type })} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextField id="producer-province" label="Tỉnh/thành phố" value={values.province} onChange={(province) => onChange({ province })} />
        <TextField id="producer-commune" label="Xã/phường" value={values.commune} onChange={(commune) => onChange({ commune })} />
        <TextField id="producer-legacy-district" label="Huyện (trước 7/2025)" value={values.legacyDistrict} onChange={(legacyDistrict) => onChange({ legacyDistrict })} />
        <TextField id="producer-legacy-commune" label="Xã (trước 7/2025)" value={values.legacyCommune} onChange={(legacyCommune) => onChange({ legacyCommune })} />
        <TextField id="producer-phone" label="Điện thoại" type="tel" placeholder="vd. 0912 345 678" value={values.phone} onChange={(phone) => onChange({ phone })} />
        <TextField id="producer-email" label="Email" type="email" value={values.email} onChange={(email) => onChange({ email })} />
      </div>
      <TextField id="producer-story-vi" label="Giới thiệu (tiếng Việt)" multiline value={values.storyVi} onChange={(storyVi) => onChange({ storyVi })} />
      <TextField id="producer-story-en" label="Giới thiệu (tiếng Anh)" multiline value={values.storyEn} onChange={(storyEn) => onChange({ storyEn })} />
      <div className="flex items-center gap-x-2">
        <Switch id="producer-verified" checked={values.verified} onCheckedChange={(verified) => onChange({ verified })} />
        <Label htmlFor="producer-verified" size="small">Đã xác minh thông tin</Label>
      </div>
    </div>
  )
}
