package de.kreativland.transfer.mail;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.Smtp;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Double opt-in through a real SMTP server: the mail's link confirms, the derived figure counts, the mail's link unsubscribes. */
@QuarkusTest
class NewsletterTest extends ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONFIRM_LINK = "http://localhost:5173/newsletter/confirm?token=";
    private static final String UNSUBSCRIBE_LINK = "http://localhost:5173/newsletter/unsubscribe?token=";

    @Inject
    NewsletterLinks links;

    @BeforeAll
    static void startSmtp() {
        Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        Smtp.stop();
    }

    @Test
    void signUpConfirmByTheMailedLinkCountsOnceAndTheMailedLinkUnsubscribes() {
        String email = "leserin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        BigDecimal before = subscribers();
        long confirmedBefore = confirmedCount();

        signUp(email, "de").statusCode(202).body("status", equalTo("PENDING"));
        Smtp.Mail mail = Smtp.await(email, "Newsletter", 1, WAIT).get(0);
        assertEquals("Bitte bestätigen Sie Ihr Newsletter-Abonnement", mail.subject());
        assertTrue(mail.text().contains("innerhalb von 48 Stunden"), mail.text());
        assertNotNull(mail.listUnsubscribe(), "List-Unsubscribe header");
        assertEquals(0, subscribers().compareTo(before), "not counted before the confirmation");

        String token = token(mail.link(CONFIRM_LINK), CONFIRM_LINK);
        api().contentType("application/json").body(Map.of("token", token)).when().post("/api/v1/newsletter/confirmations")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        api().contentType("application/json").body(Map.of("token", token)).when().post("/api/v1/newsletter/confirmations")
                .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        assertEquals(0, subscribers().compareTo(before.add(BigDecimal.ONE)), "the derived figure rises by one, once");
        assertEquals(confirmedBefore + 1, confirmedCount());

        // the welcome mail carries the unsubscribe link; it works and the figure falls again
        Smtp.Mail welcome = Smtp.await(email, "bestätigt", 1, WAIT).get(0);
        String unsubscribe = token(welcome.link(UNSUBSCRIBE_LINK), UNSUBSCRIBE_LINK);
        api().contentType("application/json").body(Map.of("token", unsubscribe)).when().post("/api/v1/newsletter/unsubscriptions")
                .then().statusCode(200).body("status", equalTo("UNSUBSCRIBED"));
        assertEquals(0, subscribers().compareTo(before));
        // the old confirmation link does not subscribe again
        invalid(token, "/api/v1/newsletter/confirmations").body("detail", containsString("Melden Sie sich erneut an"));

        // signing up again works: a new mail, a new link
        signUp(email, "en").statusCode(202);
        Smtp.Mail again = Smtp.await(email, "confirm your newsletter", 1, WAIT).get(0);
        api().contentType("application/json").body(Map.of("token", token(again.link(CONFIRM_LINK), CONFIRM_LINK)))
                .when().post("/api/v1/newsletter/confirmations").then().statusCode(200);
        assertEquals(0, subscribers().compareTo(before.add(BigDecimal.ONE)));
    }

    @Test
    void expiredAndTamperedLinksAreRefusedNamingTheToken() {
        String email = "leser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        signUp(email, "de").statusCode(202);
        Smtp.Mail mail = Smtp.await(email, "Newsletter", 1, WAIT).get(0);
        String token = token(mail.link(CONFIRM_LINK), CONFIRM_LINK);

        // the same link, one character of its content changed
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))), StandardCharsets.UTF_8);
        String[] parts = payload.split("\\.");
        String later = parts[0] + "." + parts[1] + "." + parts[2] + "." + (Long.parseLong(parts[3]) + 86_400);
        String tampered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(later.getBytes(StandardCharsets.UTF_8))
                + token.substring(token.indexOf('.'));
        invalid(tampered, "/api/v1/newsletter/confirmations").body("detail", containsString("verändert"));
        invalid("nonsense", "/api/v1/newsletter/confirmations");
        // a link signed with our key whose time is over
        String expired = links.sign(parts[0] + "." + parts[1] + "." + parts[2] + "." + (Instant.now().getEpochSecond() - 60));
        invalid(expired, "/api/v1/newsletter/confirmations").body("detail", containsString("abgelaufen"));
        // a confirmation link is no unsubscribe link
        invalid(token, "/api/v1/newsletter/unsubscriptions");
        api(TestTokens.coordinator()).when().get("/api/v1/newsletter/counts").then().statusCode(200);
        assertEquals("PENDING", status(email));
    }

    @Test
    void signUpWithoutConsentOrWithABadAddressNamesTheField() {
        invalidRequest().contentType("application/json")
                .body(Map.of("email", "x@example.org", "language", "de", "consent", false, "consentVersion", NewsletterService.CONSENT_VERSION))
                .when().post("/api/v1/newsletter/subscriptions").then().statusCode(400).body("violations[0].field", equalTo("consent"));
        invalidRequest().contentType("application/json")
                .body(Map.of("email", "kein-at", "language", "de", "consent", true, "consentVersion", NewsletterService.CONSENT_VERSION))
                .when().post("/api/v1/newsletter/subscriptions").then().statusCode(400).body("violations[0].field", equalTo("email"));
        api().contentType("application/json")
                .body(Map.of("email", "x@example.org", "language", "de", "consent", true, "consentVersion", "1999-01"))
                .when().post("/api/v1/newsletter/subscriptions").then().statusCode(400).body("violations[0].field", equalTo("consentVersion"));
        api().queryParam("language", "en").when().get("/api/v1/newsletter/consent").then().statusCode(200)
                .body("version", equalTo(NewsletterService.CONSENT_VERSION)).body("text", containsString("unsubscribe"));
    }

    @Test
    void staffSeeCountsOnlyAdminsSeeAddressesAndTheSubscriptionIsInTheExportAndGoesWithErasure() {
        String email = "abo-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        signUp(email, "de").statusCode(202);
        Smtp.Mail mail = Smtp.await(email, "Newsletter", 1, WAIT).get(0);
        api().contentType("application/json").body(Map.of("token", token(mail.link(CONFIRM_LINK), CONFIRM_LINK)))
                .when().post("/api/v1/newsletter/confirmations").then().statusCode(200);

        api(TestTokens.coordinator()).when().get("/api/v1/newsletter/counts").then().statusCode(200);
        api(TestTokens.coordinator()).when().get("/api/v1/newsletter/subscribers").then().statusCode(403);
        api().when().get("/api/v1/newsletter/counts").then().statusCode(401);
        api(TestTokens.admin()).queryParam("size", 100).when().get("/api/v1/newsletter/subscribers").then().statusCode(200);

        api(TestTokens.admin()).queryParam("email", email.toUpperCase()).when().get("/api/v1/personal-data").then().statusCode(200)
                .body("records.table", hasItem("newsletter_subscription"))
                .body("records.find { it.table == 'newsletter_subscription' }.rows[0].consent_version", equalTo(NewsletterService.CONSENT_VERSION))
                .body("records.table", hasItem("mail_outbox"));
        BigDecimal before = subscribers();
        api(TestTokens.admin()).contentType("application/json").body(Map.of("email", email, "confirmation", email))
                .when().post("/api/v1/personal-data/erasures").then().statusCode(200);
        assertEquals(null, status(email));
        assertEquals(0, subscribers().compareTo(before.subtract(BigDecimal.ONE)), "the erased subscriber is no longer counted");
        api(TestTokens.admin()).queryParam("email", email).when().get("/api/v1/personal-data").then().statusCode(200)
                .body("records.table", org.hamcrest.Matchers.not(hasItem("newsletter_subscription")));
    }

    private static io.restassured.response.ValidatableResponse signUp(String email, String language) {
        return api().contentType("application/json")
                .body(Map.of("email", email, "language", language, "consent", true, "consentVersion", NewsletterService.CONSENT_VERSION))
                .when().post("/api/v1/newsletter/subscriptions").then();
    }

    private static io.restassured.response.ValidatableResponse invalid(String token, String path) {
        return api().contentType("application/json").body(Map.of("token", token)).when().post(path).then().statusCode(400)
                .body("violations[0].field", equalTo("token"));
    }

    private static String token(String link, String prefix) {
        return URLDecoder.decode(link.substring(prefix.length()), StandardCharsets.UTF_8);
    }

    private static long confirmedCount() {
        return api(TestTokens.coordinator()).when().get("/api/v1/newsletter/counts").then().statusCode(200).extract().jsonPath().getLong("confirmed");
    }

    private String status(String email) {
        return api(TestTokens.admin()).queryParam("email", email).when().get("/api/v1/personal-data").then().statusCode(200).extract()
                .jsonPath().getString("records.find { it.table == 'newsletter_subscription' }.rows[0].status");
    }

    /** The derived newsletter figure of the demo programme today, as the outreach report shows it to staff. */
    private static BigDecimal subscribers() {
        String today = LocalDate.now().toString();
        String body = api(TestTokens.coordinator()).queryParam("from", LocalDate.now().minusDays(7).toString()).queryParam("to", today)
                .when().get("/api/v1/outreach-report").then().statusCode(200).extract().asString();
        try {
            for (JsonNode indicator : new ObjectMapper().readTree(body).get("indicators")) {
                if (indicator.get("key").asText().equals("newsletter_subscribers")) {
                    return indicator.get("value").isNull() ? BigDecimal.ZERO : indicator.get("value").decimalValue();
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no newsletter_subscribers figure in " + body);
    }
}
