import { oas } from "@stoplight/spectral-rulesets";
import owasp from "@stoplight/spectral-owasp-ruleset";

// Spectral's OpenAPI ruleset plus the OWASP API Security Top 10 ruleset.
export default {
  extends: [[oas, "recommended"], owasp],
};
