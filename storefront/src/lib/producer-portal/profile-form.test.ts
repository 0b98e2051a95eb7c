import { describe, expect, it } from "vitest"
import { readProfileForm } from "./profile-form"

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

describe("readProfileForm", () => {
  it("sends the story, contact and address trimmed, the phone as 0xxxxxxxxx", () => {
    const read = readProfileForm(form({ story_vi: " Chúng tôi làm nước mắm. ", story_en: "", phone: "+84 912 345 678", email: "htx@example.vn", street: "Thôn 3" }))
    expect(read).toEqual({ ok: true, input: { story_vi: "Chúng tôi làm nước mắm.", story_en: null, phone: "0912345678", email: "htx@example.vn", street: "Thôn 3" } })
  })

  it("clears a field left empty", () => {
    expect(readProfileForm(form({ phone: " ", email: "" }))).toEqual({ ok: true, input: { story_vi: null, story_en: null, phone: null, email: null, street: null } })
  })

  it("names each field that is wrong: a phone that is not Vietnamese, an email without @", () => {
    expect(readProfileForm(form({ phone: "12345", email: "htx-at-example.vn", story_vi: "Giữ lại" }))).toEqual({ ok: false, fieldErrors: { phone: "phoneInvalid", email: "emailInvalid" } })
    expect(readProfileForm(form({ phone: "0912 345 678", email: "htx@" }))).toEqual({ ok: false, fieldErrors: { email: "emailInvalid" } })
  })
})
