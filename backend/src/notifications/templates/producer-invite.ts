import { escapeHtml, htmlMessage, requireText, type MessageTemplate } from "../message"

export type ProducerInviteData = {
  producer_name: string
  /** the portal page that opens the account, with the token in its query */
  invite_url: string
  /** YYYY-MM-DD, the last day the link works */
  expires_on: string
}

const dayMonthYear = (date: string) => date.split("-").reverse().join("/")

/** Sent when province staff invite a producer to open their portal account. */
export const producerInvite: MessageTemplate<ProducerInviteData> = {
  name: "producer-invite",
  check: (data) => ({
    producer_name: requireText(data, "producer_name", "producer-invite"),
    invite_url: requireText(data, "invite_url", "producer-invite"),
    expires_on: requireText(data, "expires_on", "producer-invite"),
  }),
  render: ({ producer_name, invite_url, expires_on }, locale) => {
    if (locale === "en") {
      const lines = [
        `Province staff invite ${producer_name} to open a producer account on OCOP Market.`,
        "With it you write your products, send them for review, and follow your orders and sales.",
        `Choose your password with the link below. It works once, until ${dayMonthYear(expires_on)}.`,
      ]
      return {
        subject: `${producer_name} is invited to open a producer account on OCOP Market`,
        text: [...lines, "", `Open your account: ${invite_url}`].join("\n"),
        html: htmlMessage(locale, lines.map(escapeHtml), { label: "Open your account", url: invite_url }),
      }
    }
    const lines = [
      `Cán bộ tỉnh mời ${producer_name} mở tài khoản nhà sản xuất trên Chợ OCOP.`,
      "Với tài khoản này, bạn tự đăng sản phẩm, gửi duyệt, và theo dõi đơn hàng và doanh số của mình.",
      `Hãy đặt mật khẩu qua đường dẫn dưới đây. Đường dẫn chỉ dùng được một lần, đến hết ngày ${dayMonthYear(expires_on)}.`,
    ]
    return {
      subject: `Mời ${producer_name} mở tài khoản nhà sản xuất trên Chợ OCOP`,
      text: [...lines, "", `Mở tài khoản: ${invite_url}`].join("\n"),
      html: htmlMessage(locale, lines.map(escapeHtml), { label: "Mở tài khoản", url: invite_url }),
    }
  },
}
