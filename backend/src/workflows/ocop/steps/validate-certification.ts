import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { certificationProblems, todayInVietnam } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertifyProductInput } from "../workflows/certify-product"

/**
 * Checks a certification against the programme's rules, that the product exists, that the
 * product does not already carry this decision, and that the decision keeps one date (one
 * decision usually certifies several products). Writes nothing.
 */
export const validateCertificationStep = createStep(
  "validate-certification",
  async (input: CertifyProductInput, { container }) => {
    const problems = certificationProblems(
      {
        starLevel: input.star_level,
        groupCode: input.group_code,
        score: input.score ?? null,
        decisionNumber: input.decision_number,
        decisionDate: input.decision_date,
        awardingLevel: input.awarding_level ?? null,
      },
      todayInVietnam(new Date())
    )
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }

    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "ocop_product.certifications.decision_number"],
      filters: { id: input.product_id },
    })
    const product = data[0] as { ocop_product?: { certifications?: Array<{ decision_number: string | null } | null> } | null } | undefined
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with id ${input.product_id}.`)
    }
    const number = input.decision_number.trim()
    if (product.ocop_product?.certifications?.some((certification) => certification?.decision_number === number)) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `Decision ${number} is already recorded for this product; a renewal comes with a new decision.`)
    }
    const [sameDecision] = await container.resolve<OcopModuleService>(OCOP_MODULE).listOcopCertifications({ decision_number: number }, { take: 1 })
    if (sameDecision && sameDecision.decision_date !== input.decision_date) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Decision ${number} is already recorded with the date ${sameDecision.decision_date}; one decision has one date. Check the number or the date.`
      )
    }
  }
)
