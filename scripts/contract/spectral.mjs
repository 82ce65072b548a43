import { oas } from "@stoplight/spectral-rulesets";

// The gate of `make test`: Spectral's OpenAPI ruleset, errors fail the build.
export default {
  extends: [[oas, "recommended"]],
};
