import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { certificationProblems, todayInVietnam } from "@ocop/domain"
import { OCOP_MODULE } from "../../../modules/ocop"
import type OcopModuleService from "../../../modules/ocop/service"
import type { CertifyProductInput } from "../workflows/certify-product"

/**
 * Checks a certification against the programme's rules, that the product exists and that no
 * other certification carries the same decision number. Writes nothing.
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

    const [product] = await container.resolve(Modules.PRODUCT).listProducts({ id: input.product_id }, { select: ["id"] })
    if (!product) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no product with id ${input.product_id}.`)
    }

    const ocop = container.resolve<OcopModuleService>(OCOP_MODULE)
    const [taken] = await ocop.listOcopCertifications({ decision_number: input.decision_number.trim() }, { take: 1 })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Decision ${input.decision_number.trim()} is already recorded for another certification; each decision number is used once.`
      )
    }
  }
)
