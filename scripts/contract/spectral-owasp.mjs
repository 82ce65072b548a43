import owasp from "@stoplight/spectral-owasp-ruleset";

// The OWASP API Security Top 10 ruleset alone (npm run lint:owasp), to see its findings apart from spectral:oas.
export default {
  extends: [owasp],
};
