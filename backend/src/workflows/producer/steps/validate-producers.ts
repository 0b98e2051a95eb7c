import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isProducerTypeCode, normalizeVietnamesePhone, toSlug } from "@ocop/domain"
import { PRODUCER_ERROR_CODES } from "@ocop/types"
import { PRODUCER_MODULE } from "../../../modules/producer"
import type ProducerModuleService from "../../../modules/producer/service"
import type { ProducerData } from "../workflows/create-producers"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** A problem with a producer's data: its sentence, and a code when the producer portal must say it in Vietnamese. */
type Problem = { sentence: string; code?: string }

/** One producer's data checked and normalised: phone in national form, handle from the name. */
function normalise(data: ProducerData, existingId?: string): { data: ProducerData; problems: Problem[] } {
  const problems: Problem[] = []
  const name = data.name?.trim()
  if (data.name !== undefined && !name) {
    problems.push({ sentence: "A producer needs a name." })
  }
  let phone = data.phone
  if (phone) {
    phone = normalizeVietnamesePhone(phone) ?? undefined
    if (!phone) {
      problems.push({
        code: PRODUCER_ERROR_CODES.invalidPhone,
        sentence: `"${data.phone}" is not a Vietnamese phone number: use 10 digits starting 03, 05, 07, 08 or 09 (mobile) or 11 digits starting 02 (landline), e.g. 0912 345 678.`,
      })
    }
  }
  if (data.email && !EMAIL.test(data.email.trim())) {
    problems.push({ code: PRODUCER_ERROR_CODES.invalidEmail, sentence: `"${data.email}" is not an email address.` })
  }
  if (data.type !== undefined && data.type !== null && !isProducerTypeCode(data.type)) {
    problems.push({ sentence: `"${data.type}" is not a producer type: use cooperative, cooperative_group, enterprise or household_business.` })
  }
  const handle = data.handle ?? (name && !existingId ? toSlug(name) : undefined)
  return { data: { ...data, name, phone, email: data.email?.trim(), handle }, problems }
}

/**
 * Checks producers before they are written: name, Vietnamese phone, email, type, a free handle;
 * for updates, that the producer exists. Returns the normalised data. Writes nothing.
 */
export const validateProducersStep = createStep(
  "validate-producers",
  async (input: { producers: Array<ProducerData & { id?: string }> }, { container }) => {
    const service = container.resolve<ProducerModuleService>(PRODUCER_MODULE)
    const checked = input.producers.map((producer) => normalise(producer, producer.id))
    const problems = checked.flatMap((entry) => entry.problems)
    if (problems.length) {
      // the first problem's code: the portal names that field; the sentence lists them all
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.map((problem) => problem.sentence).join(" "), problems.find((problem) => problem.code)?.code)
    }
    const ids = input.producers.flatMap((producer) => (producer.id ? [producer.id] : []))
    if (ids.length) {
      const found = await service.listProducers({ id: ids }, { select: ["id"] })
      const missing = ids.filter((id) => !found.some((producer) => producer.id === id))
      if (missing.length) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no producer with id ${missing.join(", ")}.`)
      }
    }
    const handles = checked.flatMap((entry, index) => (entry.data.handle ? [{ handle: entry.data.handle, id: input.producers[index]?.id }] : []))
    if (handles.length) {
      const taken = await service.listProducers({ handle: handles.map((entry) => entry.handle) }, { select: ["id", "handle"] })
      const clash = taken.find((producer) => handles.some((entry) => entry.handle === producer.handle && entry.id !== producer.id))
      if (clash) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Another producer already uses the handle "${clash.handle}"; choose another name or handle.`)
      }
    }
    return new StepResponse(checked.map((entry, index) => ({ ...entry.data, id: input.producers[index]?.id })))
  }
)
