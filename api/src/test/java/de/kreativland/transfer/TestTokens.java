package de.kreativland.transfer;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Access tokens as Keycloak issues them, signed with the key that the WireMock OIDC server of
 * quarkus-test-oidc-server publishes, so the API verifies them for real.
 */
public final class TestTokens {
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "kreativland-api";

    public static final String ADMIN = "7c1d6a52-0d1e-4c1a-9a01-000000000001";
    public static final String COORDINATOR = "7c1d6a52-0d1e-4c1a-9a01-000000000002";
    public static final String COACH = "7c1d6a52-0d1e-4c1a-9a01-000000000003";
    public static final String PARTNER_KALBE = "7c1d6a52-0d1e-4c1a-9a01-000000000004";
    public static final String PARTNER_FICHTELGEBIRGE = "7c1d6a52-0d1e-4c1a-9a01-000000000005";
    public static final String ADVISOR = "7c1d6a52-0d1e-4c1a-9a01-000000000006";
    public static final String COORDINATOR_2 = "7c1d6a52-0d1e-4c1a-9a01-000000000007";

    private TestTokens() {
    }

    public static JwtClaimsBuilder claims(String subject, String username, String name, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .claim("typ", "Bearer")
                .preferredUserName(username)
                .claim("name", name)
                .claim("email", username + "@demo.kreativland.example")
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }

    public static String admin() {
        return sign(claims(ADMIN, "admin", "Ada Admin (Demo)", "admin"));
    }

    public static String coordinator() {
        return sign(claims(COORDINATOR, "coordinator", "Konrad Koordinator (Demo)", "coordinator"));
    }

    /** A second coordinator, the second pair of eyes. */
    public static String coordinator2() {
        return sign(claims(COORDINATOR_2, "coordinator2", "Karla Koordinatorin (Demo)", "coordinator"));
    }

    public static String partnerKalbe() {
        return sign(claims(PARTNER_KALBE, "partner", "Paula Partner (Demo)", "partner"));
    }

    public static String partnerFichtelgebirge() {
        return sign(claims(PARTNER_FICHTELGEBIRGE, "partner2", "Paul Partner (Demo)", "partner"));
    }

    public static String advisorSaxony() {
        return sign(claims(ADVISOR, "advisor", "Rita Regional (Demo)", "advisor").claim("states", List.of("SN")));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static KeyPair otherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
