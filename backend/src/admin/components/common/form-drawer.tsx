import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"
import { FormError } from "./form-error"

type FormDrawerProps = {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** the button that opens the drawer */
  trigger: ReactNode
  title: string
  description: string
  submitLabel: string
  submitVariant?: "primary" | "danger"
  submitDisabled?: boolean
  isPending: boolean
  /** the refusal to show under the fields, if any */
  error: string | null
  onSubmit: () => void
  children: ReactNode
}

/** A form in a side drawer, as Medusa's own edit forms: fields, a refusal sentence, Huỷ and submit. */
export function FormDrawer(props: FormDrawerProps) {
  const { open, onOpenChange, trigger, title, description, submitLabel, submitVariant = "primary", isPending, error } = props
  const submit = (event: FormEvent) => {
    event.preventDefault()
    props.onSubmit()
  }
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content>
        {/* noValidate: the server's sentence explains a refusal better than the browser's. */}
        <form noValidate onSubmit={submit} aria-label={title} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Header>
            <Drawer.Title>{title}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">{description}</Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {props.children}
            <FormError message={error} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">Huỷ</Button>
            </Drawer.Close>
            <Button size="small" variant={submitVariant} type="submit" disabled={props.submitDisabled} isLoading={isPending}>
              {submitLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
