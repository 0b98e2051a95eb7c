import { Text } from "@medusajs/ui"
import { formatDate } from "../../lib/format-date"
import { AWARDING_LEVELS, isStarLevel, PRODUCT_GROUPS, SCORE_BANDS } from "../../lib/ocop-domain"
import { SelectField } from "../common/select-field"
import { TextField } from "../common/text-field"
import { derivedExpiry, type CertifyFormValues } from "./certify-form-values"

const STAR_OPTIONS = [5, 4, 3, 2, 1].map((stars) => ({
  value: String(stars),
  label: stars >= 3 ? `${stars} sao` : `${stars} sao (chỉ đánh giá, không chứng nhận)`,
}))
const GROUP_OPTIONS = PRODUCT_GROUPS.map((group) => ({ value: group.code, label: group.vi }))
const AWARDING_OPTIONS = AWARDING_LEVELS.map((level) => ({ value: level.code, label: level.vi }))

/** "Hạng 4 sao: 70 đến dưới 90 điểm", the score band of the chosen star level. */
function scoreHint(starLevel: string): string {
  const stars = Number(starLevel)
  if (!isStarLevel(stars)) return "Thang điểm 100; có thể để trống."
  const { min, max } = SCORE_BANDS[stars]
  return `Hạng ${stars} sao: từ ${min} đến ${stars === 5 ? max : `dưới ${max}`} điểm.`
}

type CertifyFieldsProps = { values: CertifyFormValues; today: string; onChange: (change: Partial<CertifyFormValues>) => void }

/** The fields of a certification decision, with the expiry derived as the date is typed. */
export function CertifyFields({ values, today, onChange }: CertifyFieldsProps) {
  const expiry = derivedExpiry(values)
  const evaluationOnly = values.starLevel === "1" || values.starLevel === "2"
  return (
    <div className="flex flex-col gap-y-4">
      <SelectField id="ocop-star-level" label="Hạng sao" value={values.starLevel} options={STAR_OPTIONS} onChange={(starLevel) => onChange({ starLevel })} />
      <SelectField id="ocop-group" label="Nhóm sản phẩm" value={values.groupCode} options={GROUP_OPTIONS} onChange={(groupCode) => onChange({ groupCode })} />
      <TextField id="ocop-score" label="Điểm đánh giá" inputMode="decimal" value={values.score} hint={scoreHint(values.starLevel)} onChange={(score) => onChange({ score })} />
      <TextField id="ocop-decision-number" label="Số quyết định" placeholder="vd. 1234/QĐ-UBND" value={values.decisionNumber} onChange={(decisionNumber) => onChange({ decisionNumber })} />
      <TextField id="ocop-decision-date" label="Ngày quyết định" type="date" max={today} value={values.decisionDate} onChange={(decisionDate) => onChange({ decisionDate })} />
      <SelectField
        id="ocop-awarding-level"
        label="Cấp công nhận"
        value={values.awardingLevel}
        options={AWARDING_OPTIONS}
        disabled={evaluationOnly}
        placeholder={evaluationOnly ? "Không có (chỉ đánh giá)" : "Chọn cấp"}
        hint="Tự điền theo hạng sao và ngày quyết định."
        onChange={(awardingLevel) => onChange({ awardingLevel })}
      />
      <div className="flex flex-col gap-y-1 rounded-md bg-ui-bg-subtle px-3 py-2">
        <Text size="small" weight="plus">Hết hạn</Text>
        <Text size="small" data-testid="ocop-derived-expiry">
          {expiry ? `${formatDate(expiry)} (36 tháng sau ngày quyết định)` : "Nhập ngày quyết định để tính hạn."}
        </Text>
      </div>
      <TextField id="ocop-note" label="Ghi chú" multiline value={values.note} onChange={(note) => onChange({ note })} />
      <TextField id="ocop-source-url" label="Nguồn (đường dẫn)" inputMode="url" placeholder="https://…" value={values.sourceUrl} onChange={(sourceUrl) => onChange({ sourceUrl })} />
    </div>
  )
}
