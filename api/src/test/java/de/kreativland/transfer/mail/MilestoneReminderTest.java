package de.kreativland.transfer.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.Smtp;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The daily job tells both organisations' members once about a milestone due within 7 days. */
@QuarkusTest
class MilestoneReminderTest extends ApiTest {
    @Inject
    MailTestData data;

    @Inject
    MilestoneReminders reminders;

    @BeforeAll
    static void startSmtp() {
        Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        Smtp.stop();
    }

    @AfterEach
    void remove() {
        data.removeCreated();
    }

    @Test
    void membersOfBothOrganisationsAreRemindedOnceOfAMilestoneDueWithinSevenDays() {
        UUID bestPractice = data.organisation("Vorbild");
        UUID partner = data.organisation("Nachahmer");
        String alice = signedInMember(bestPractice, "alice");
        String bob = signedInMember(partner, "bob");
        String title = "Satzung beschließen " + bestPractice.toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        UUID milestone = data.activeTandemWithMilestone(bestPractice, partner, title, today.plusDays(5));
        data.activeTandemWithMilestone(bestPractice, partner, "Zu früh " + title, today.plusDays(30));

        assertEquals(2, reminders.remind(today));
        assertEquals(0, reminders.remind(today), "the second run of the day sends nothing new");
        assertEquals(0, reminders.remind(today.plusDays(1)), "nor the next day's run");

        Smtp.Mail mail = Smtp.await(alice, title, 1, Duration.ofSeconds(30)).get(0);
        assertEquals("Meilenstein fällig am " + today.plusDays(5) + ": " + title, mail.subject());
        Smtp.await(bob, title, 1, Duration.ofSeconds(30));
        assertTrue(Smtp.to(alice, "Zu früh").isEmpty(), "a milestone due in 30 days waits");
        Smtp.sleep(2000);
        assertEquals(1, Smtp.to(alice, title).size());

        data.markDone(milestone);
        assertEquals(0, reminders.remind(today));
    }

    /** A new member of the organisation who signed in once (GET /me records the address); answers the address. */
    private String signedInMember(UUID organisation, String name) {
        String subject = UUID.randomUUID().toString();
        data.membership(subject, organisation);
        String username = name + "-" + subject.substring(0, 8);
        api(TestTokens.sign(TestTokens.claims(subject, username, name + " (Test)", "partner"))).when().get("/api/v1/me").then().statusCode(200);
        return username + "@demo.kreativland.example";
    }
}
