package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.Smtp;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Workflow mails through the outbox to a real SMTP server (GreenMail), as the coach and the partner receive them. */
@QuarkusTest
class ConceptMailTest extends ConceptApiTest {
    private static final String COACH_MAIL = "coach@demo.kreativland.example";
    private static final String PREFERENCES = "/api/v1/me/mail-preferences";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void startSmtp() {
        Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        Smtp.stop();
    }

    @Test
    void coachReceivesAGermanMailNamingTheSubmittedConceptAndNoneOnceTurnedOff() {
        // the coordinator signed in once, so the platform knows their address
        api(coordinator()).when().get("/api/v1/me").then().statusCode(200);
        String title = "Dorfladen mit Bühne " + organisation.toString().substring(0, 8);
        String id = createDraft(title);
        transition(partner(), id, "IN_REVIEW").statusCode(200);

        Smtp.Mail mail = Smtp.await(COACH_MAIL, title, 1, WAIT).get(0);
        assertEquals("Transferkonzept zur Prüfung eingereicht: " + title, mail.subject());
        assertTrue(mail.text().contains("Guten Tag Clara Coach (Demo),"), mail.text());
        assertTrue(mail.text().contains("„" + title + "“ wurde als Version 1 zur Prüfung eingereicht"), mail.text());
        assertTrue(mail.text().contains("http://localhost:5173/concepts/" + id), mail.text());
        assertTrue(mail.html().contains("<a href=\"http://localhost:5173/concepts/" + id + "\">Konzept öffnen</a>"), mail.html());
        assertTrue(mail.text().contains("http://localhost:5173/settings/notifications"), "a link to turn it off: " + mail.text());
        Smtp.await("coordinator@demo.kreativland.example", title, 1, WAIT);

        // the coach turns submitted concepts off; the next submission reaches the coordinator, not the coach
        String etag = api(coach()).when().get(PREFERENCES).then().statusCode(200)
                .body("email", equalTo(COACH_MAIL)).body("conceptSubmitted", equalTo(true)).body("language", equalTo("de"))
                .extract().header("ETag");
        try {
            api(coach()).contentType("application/json").header("If-Match", etag)
                    .body(preferences("de", false)).when().put(PREFERENCES).then().statusCode(200).body("conceptSubmitted", equalTo(false));
            api(coach()).contentType("application/json").header("If-Match", etag)
                    .body(preferences("de", true)).when().put(PREFERENCES).then().statusCode(412);
            transition(coach(), id, "CHANGES_REQUESTED").statusCode(200);
            transition(partner(), id, "IN_REVIEW").statusCode(200);
            Smtp.await("coordinator@demo.kreativland.example", title, 2, WAIT);
            Smtp.sleep(2000);
            assertEquals(1, Smtp.to(COACH_MAIL, title).size(), "no second mail to the coach");
        } finally {
            String now = api(coach()).when().get(PREFERENCES).then().statusCode(200).extract().header("ETag");
            api(coach()).contentType("application/json").header("If-Match", now)
                    .body(preferences("de", true)).when().put(PREFERENCES).then().statusCode(200);
        }
    }

    @Test
    void partnerIsToldInEnglishThatChangesWereRequested() {
        String etag = api(partner()).when().get(PREFERENCES).then().statusCode(200)
                .body("email", equalTo("paula.test@demo.kreativland.example")).extract().header("ETag");
        api(partner()).contentType("application/json").header("If-Match", etag).body(preferences("en", true))
                .when().put(PREFERENCES).then().statusCode(200).body("language", equalTo("en"));
        String title = "Open studios " + organisation.toString().substring(0, 8);
        String id = createDraft(title);
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        api(coach()).contentType("application/json").header("If-Match", api(coach()).when().get(CONCEPTS + "/" + id).then().extract().header("ETag"))
                .body(Map.of("to", "CHANGES_REQUESTED", "note", "Bitte den Finanzplan ergänzen")).when().post(CONCEPTS + "/" + id + "/transitions")
                .then().statusCode(200);
        Smtp.Mail mail = Smtp.await("paula.test@demo.kreativland.example", title, 1, WAIT).get(0);
        assertEquals("Changes requested: " + title, mail.subject());
        assertTrue(mail.text().contains("Note: Bitte den Finanzplan ergänzen"), mail.text());
    }

    @Test
    void aFailingSmtpServerDoesNotFailTheRequestAndTheMailIsSentOnceItIsBack() {
        String title = "Ausfallsicher " + organisation.toString().substring(0, 8);
        String id = createDraft(title);
        Smtp.stop();
        try {
            Instant started = Instant.now();
            transition(partner(), id, "IN_REVIEW").statusCode(200);
            assertTrue(Duration.between(started, Instant.now()).toSeconds() < 10, "the request does not wait for SMTP");
            // the worker tried and failed at least once while the server was down
            Instant until = Instant.now().plus(WAIT);
            while (data.count("select count(*)::text from mail_outbox where mail_subject like ? and attempts > 0 and status = 'PENDING'",
                    "%" + title) == 0 && Instant.now().isBefore(until)) {
                Smtp.sleep(200);
            }
            assertTrue(data.count("select count(*)::text from mail_outbox where mail_subject like ? and attempts > 0 and status = 'PENDING'",
                    "%" + title) > 0, "a failed attempt is recorded and retried");
        } finally {
            Smtp.start();
        }
        List<Smtp.Mail> mails = Smtp.await(COACH_MAIL, title, 1, Duration.ofSeconds(60));
        Smtp.sleep(4000);
        assertEquals(1, Smtp.to(COACH_MAIL, title).size(), "sent exactly once: " + mails);
        assertEquals(0, data.count("select count(*)::text from mail_outbox where mail_subject like ? and status <> 'SENT'", "%" + title));
    }

    @Test
    void preferencesNameTheFieldOfABadLanguage() {
        String etag = api(partner()).when().get(PREFERENCES).then().statusCode(200).extract().header("ETag");
        invalidRequest().header("Authorization", TestTokens.bearer(partner())).contentType("application/json").header("If-Match", etag)
                .body(preferences("fr", true)).when().put(PREFERENCES).then().statusCode(400)
                .body("violations[0].field", equalTo("language"));
        invalidRequest().header("Authorization", TestTokens.bearer(partner())).contentType("application/json").body(preferences("de", true))
                .when().put(PREFERENCES).then().statusCode(428);
    }

    private static Map<String, Object> preferences(String language, boolean conceptSubmitted) {
        return Map.of("language", language, "conceptSubmitted", conceptSubmitted, "conceptReviewed", true, "moduleSubmitted", true,
                "milestoneDue", true);
    }
}
