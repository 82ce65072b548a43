import { oas } from "@stoplight/spectral-rulesets";
import owasp from "@stoplight/spectral-owasp-ruleset";

// The gate of `make test`: Spectral's OpenAPI ruleset plus the OWASP API Security Top 10 ruleset; errors fail the build.
export default {
  extends: [[oas, "recommended"], owasp],
};
