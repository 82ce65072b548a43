package de.kreativland.transfer.mail;

import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed links of the newsletter: {@code purpose.subscription.consentedAt.expiresAt} in base64url, a dot, and its
 * HMAC-SHA256 under {@code kl.newsletter.secret}. A confirmation link expires; an unsubscribe link does not.
 */
@ApplicationScoped
public class NewsletterLinks {
    static final String CONFIRM = "c";
    static final String UNSUBSCRIBE = "u";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    @ConfigProperty(name = "kl.newsletter.secret")
    String secret;

    @ConfigProperty(name = "kl.newsletter.confirm-valid-for", defaultValue = "PT48H")
    Duration confirmValidFor;

    /** What a valid link names. */
    record Claim(String purpose, UUID subscription, long consentedAt) {
    }

    String confirmToken(UUID subscription, long consentedAt) {
        return sign(CONFIRM + "." + subscription + "." + consentedAt + "." + Instant.now().plus(confirmValidFor).getEpochSecond());
    }

    String unsubscribeToken(UUID subscription) {
        return sign(UNSUBSCRIBE + "." + subscription + ".0.0");
    }

    /** The claim of a link for {@code purpose}; 400 naming token when it was changed, is not ours, or has expired. */
    Claim verify(String token, String purpose) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            throw Problems.invalidField("token", "newsletter.link-changed");
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("token", "newsletter.link-changed");
        }
        byte[] expected = mac(payload);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("token", "newsletter.link-changed");
        }
        String[] parts = payload.split("\\.");
        if (!MessageDigest.isEqual(expected, given) || parts.length != 4 || !parts[0].equals(purpose)) {
            throw Problems.invalidField("token", "newsletter.link-changed");
        }
        long expires = Long.parseLong(parts[3]);
        if (expires != 0 && Instant.now().getEpochSecond() > expires) {
            throw Problems.invalidField("token", "newsletter.link-expired");
        }
        return new Claim(parts[0], UUID.fromString(parts[1]), Long.parseLong(parts[2]));
    }

    long confirmValidHours() {
        return confirmValidFor.toHours();
    }

    /** A one-way hash of the sign-up's client address, peppered with the secret. */
    String ipHash(String address) {
        if (address == null) {
            return null;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(address.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String sign(String payload) {
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(payload));
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
