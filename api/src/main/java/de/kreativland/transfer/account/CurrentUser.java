package de.kreativland.transfer.account;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.Problems;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of the current request, read from its verified access token. */
@RequestScoped
public class CurrentUser {
    /** Subjects, user names and display names longer than this are not accepted (OpenID Connect, Keycloak). */
    public static final int MAX_NAME = 255;
    /** Longest e-mail address (RFC 5321); a longer claim is ignored. */
    public static final int MAX_EMAIL = 254;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    private Set<UUID> organisationIds;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        String subject = token.getSubject();
        if (subject != null && subject.length() > MAX_NAME) {
            throw Problems.of(401, "account.subject-too-long", MAX_NAME);
        }
        return subject;
    }

    public String username() {
        return shorten(Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(subject()));
    }

    public String displayName() {
        return shorten(Optional.ofNullable(token.<String>getClaim("name")).filter(n -> !n.isBlank()).orElse(username()));
    }

    public Optional<String> email() {
        return Optional.ofNullable(token.<String>getClaim("email")).filter(e -> e.length() <= MAX_EMAIL);
    }

    private static String shorten(String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
    }

    public List<String> roles() {
        return Roles.ALL.stream().filter(identity::hasRole).toList();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Who to name in the audit log and in created_by/updated_by. */
    public String actor() {
        return isAnonymous() ? "anonymous" : subject();
    }

    /** Programme staff: coordinators and admins. */
    public boolean isStaff() {
        return hasRole(Roles.COORDINATOR) || hasRole(Roles.ADMIN);
    }

    /** The organisations the caller is a member of (memberships by Keycloak subject). */
    public Set<UUID> organisationIds() {
        if (organisationIds == null) {
            organisationIds = isAnonymous() ? Set.of() : Set.copyOf(em.createQuery(
                    "select m.key.organisationId from OrganisationMembership m where m.key.subject = :subject", UUID.class)
                    .setParameter("subject", subject()).getResultList());
        }
        return organisationIds;
    }

    public boolean isMemberOf(UUID organisationId) {
        return organisationIds().contains(organisationId);
    }

    /**
     * The states the caller is limited to, whatever its role or client: those of the token's {@code states} claim,
     * empty (no limit) when the token has no such claim. A claim naming no known state, whatever its shape (unknown
     * codes, an object, a number, an empty list), is refused (403), so that a bad claim never widens access.
     */
    public List<GermanState> stateLimit() {
        List<GermanState> states = isAnonymous() ? List.of() : states();
        if (states.isEmpty() && !isAnonymous() && token.getClaim("states") != null) {
            throw Problems.forbidden("account.states-claim-unknown");
        }
        return states;
    }

    /** States from the token's {@code states} claim; unknown codes are ignored. */
    public List<GermanState> states() {
        List<String> codes = claimedStateCodes();
        List<GermanState> states = new ArrayList<>();
        for (String code : codes) {
            for (GermanState state : GermanState.values()) {
                if (state.name().equals(code.replace("\"", "").trim()) && !states.contains(state)) {
                    states.add(state);
                }
            }
        }
        return states;
    }

    private List<String> claimedStateCodes() {
        Object claim = token.getClaim("states");
        List<String> codes = new ArrayList<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    codes.add(s.getString());
                }
            }
        } else if (claim instanceof JsonString s) {
            codes.add(s.getString());
        } else if (claim instanceof String s) {
            codes.add(s);
        } else if (claim instanceof Iterable<?> values) {
            values.forEach(v -> codes.add(String.valueOf(v)));
        }
        codes.removeIf(String::isBlank);
        return codes;
    }
}
