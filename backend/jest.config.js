const { loadEnv } = require("@medusajs/utils")
loadEnv("test", process.cwd())

/** Medusa's test runners need jest; plain logic is tested with vitest (see CONTRIBUTING.md). */
module.exports = {
  transform: {
    "^.+\\.[jt]s$": [
      "@swc/jest",
      { jsc: { parser: { syntax: "typescript", decorators: true } } },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/"],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: {
    "integration:http": ["**/integration-tests/http/*.spec.[jt]s"],
    "integration:modules": ["**/src/modules/*/__tests__/**/*.spec.[jt]s"],
  }[process.env.TEST_TYPE] ?? ["**/integration-tests/http/*.spec.[jt]s", "**/src/modules/*/__tests__/**/*.spec.[jt]s"],
}
