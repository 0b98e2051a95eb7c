import { Button, Heading, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { formatDate } from "../../lib/format-date"
import { refusalMessage } from "../../lib/error-message"
import { useInviteProducer, useProducerAccount } from "../../lib/queries/producer-portal"
import { FormError } from "../common/form-error"
import { LoadState } from "../common/load-state"
import { TextField } from "../common/text-field"

/**
 * The producer's portal account: who opened it, or the invitation to send (by email; the link
 * is also shown so staff can pass it on by phone or Zalo).
 */
export function ProducerAccount({ producerId, contactEmail }: { producerId: string; contactEmail: string | null }) {
  const { data, isLoading, error } = useProducerAccount(producerId)
  const invite = useInviteProducer(producerId)
  const [email, setEmail] = useState(contactEmail ?? "")
  const [locale, setLocale] = useState<"vi" | "en">("vi")
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid="producer-account">
      <Heading level="h2">Tài khoản nhà sản xuất</Heading>
      <LoadState isLoading={isLoading} error={error} />
      {data?.account && (
        <Text size="small">
          Đã mở tài khoản: <strong>{data.account.email}</strong> (từ {formatDate(data.account.openedAt.slice(0, 10))}). Nhà sản xuất tự đặt lại mật khẩu ở trang đăng nhập.
        </Text>
      )}
      {data && !data.account && (
        <>
          {data.invite && (
            <Text size="small" className="text-ui-fg-subtle">
              Đã mời {data.invite.email} ngày {formatDate(data.invite.sentAt.slice(0, 10))}; {data.invite.expired ? "lời mời đã hết hạn" : `lời mời dùng được đến ${formatDate(data.invite.expiresAt.slice(0, 10))}`}. Gửi lại sẽ thay lời mời cũ.
            </Text>
          )}
          <form
            className="flex flex-col gap-y-3"
            onSubmit={(event) => {
              event.preventDefault()
              invite.mutate({ email: email.trim(), locale })
            }}
          >
            <TextField id="invite-email" label="Email đăng nhập của nhà sản xuất" type="email" value={email} onChange={setEmail} />
            <div className="flex flex-col gap-y-2">
              <Text size="small" weight="plus">Ngôn ngữ thư mời</Text>
              <Select value={locale} onValueChange={(value) => setLocale(value === "en" ? "en" : "vi")}>
                <Select.Trigger aria-label="Ngôn ngữ thư mời"><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value="vi">Tiếng Việt</Select.Item>
                  <Select.Item value="en">English</Select.Item>
                </Select.Content>
              </Select>
            </div>
            <FormError message={refusalMessage(invite.error)} />
            <div>
              <Button type="submit" size="small" isLoading={invite.isPending} disabled={!email.trim()}>
                {data.invite ? "Gửi lại lời mời" : "Mời mở tài khoản"}
              </Button>
            </div>
          </form>
          {invite.data && (
            <Text size="small" data-testid="invite-link" className="break-all">
              Đã gửi thư mời đến {invite.data.email}. Đường dẫn (dùng một lần, đến {formatDate(invite.data.expiresAt.slice(0, 10))}): {invite.data.url}
            </Text>
          )}
        </>
      )}
    </div>
  )
}
