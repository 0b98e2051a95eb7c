import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { SHOWROOM_MODULE } from ".."
import { Showroom } from "../models/showroom"
import type ShowroomModuleService from "../service"

jest.setTimeout(60_000)

moduleIntegrationTestRunner<ShowroomModuleService>({
  moduleName: SHOWROOM_MODULE,
  moduleModels: [Showroom],
  resolve: "./src/modules/showroom",
  testSuite: ({ service }) => {
    const showroom = {
      handle: "ocop-bo-trach",
      name: "Điểm bán OCOP Bố Trạch",
      level: "district" as const,
      area_code: "bo-trach",
      province: "Quảng Trị",
      phone: "02323822123",
      opening_hours: { slots: [{ days: "mon-sat", opens: "07:30", closes: "17:30" }] },
      latitude: 17.55,
      longitude: 106.54,
    }

    it("stores opening hours and coordinates as given", async () => {
      const created = await service.createShowrooms(showroom)
      expect(created).toMatchObject({ opening_hours: showroom.opening_hours, latitude: 17.55, longitude: 106.54, demo: false })
    })

    it("keeps handles unique and levels to provincial or district", async () => {
      await service.createShowrooms(showroom)
      await expect(service.createShowrooms({ ...showroom, name: "Khác" })).rejects.toThrow()
      await expect(service.createShowrooms({ ...showroom, handle: "x", level: "commune" as never })).rejects.toThrow()
    })
  },
})
