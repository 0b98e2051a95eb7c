import { escapeHtml, htmlMessage, requireText, type MessageTemplate } from "../message"

export type PasswordResetData = {
  /** The page that takes the token and a new password, with both already in its query. */
  reset_url: string
}

/** Sent when someone asks to reset the password of an account (shopper, producer or operator). */
export const passwordReset: MessageTemplate<PasswordResetData> = {
  name: "password-reset",
  check: (data) => ({ reset_url: requireText(data, "reset_url", "password-reset") }),
  render: ({ reset_url }, locale) => {
    if (locale === "en") {
      const lines = [
        "Someone asked to reset the password of your OCOP Market account.",
        "The link below works once, for 15 minutes. If it was not you, ignore this message: your password stays as it is.",
      ]
      return {
        subject: "Reset your OCOP Market password",
        text: [...lines, "", `Choose a new password: ${reset_url}`].join("\n"),
        html: htmlMessage(locale, lines.map(escapeHtml), { label: "Choose a new password", url: reset_url }),
      }
    }
    const lines = [
      "Có người vừa yêu cầu đặt lại mật khẩu cho tài khoản Chợ OCOP của bạn.",
      "Đường dẫn dưới đây chỉ dùng được một lần, trong 15 phút. Nếu không phải bạn, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.",
    ]
    return {
      subject: "Đặt lại mật khẩu Chợ OCOP",
      text: [...lines, "", `Đặt mật khẩu mới: ${reset_url}`].join("\n"),
      html: htmlMessage(locale, lines.map(escapeHtml), { label: "Đặt mật khẩu mới", url: reset_url }),
    }
  },
}
