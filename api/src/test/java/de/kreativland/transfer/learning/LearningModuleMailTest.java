package de.kreativland.transfer.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.Smtp;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A module submitted for review reaches the coordinators by mail. */
@QuarkusTest
class LearningModuleMailTest extends LearningTest {
    @BeforeAll
    static void startSmtp() {
        Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        Smtp.stop();
    }

    @Test
    void coordinatorsAreToldOfASubmittedModule() {
        api(TestTokens.coordinator()).when().get("/api/v1/me").then().statusCode(200);
        String title = unique("Förderlandschaft kompakt");
        String id = draftByClara(title, "Ein Überblick.");
        transition(clara(), id, "IN_REVIEW");
        Smtp.Mail mail = Smtp.await("coordinator@demo.kreativland.example", title, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Lernmodul zur Prüfung eingereicht: " + title, mail.subject());
        assertTrue(mail.text().contains("http://localhost:5173/learning/authoring/" + id), mail.text());
    }
}
