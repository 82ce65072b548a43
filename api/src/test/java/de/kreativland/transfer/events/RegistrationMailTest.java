package de.kreativland.transfer.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.Smtp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Visitors are told by mail what their registration became: a place, the waiting list, or a place after moving up. */
@QuarkusTest
class RegistrationMailTest extends ApiTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void startSmtp() {
        Smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        Smtp.stop();
    }

    private static JsonPath register(String eventId, String email, String language) {
        return api().contentType(ContentType.JSON).header("Accept-Language", language)
                .body(Map.of("name", "Gast " + email.substring(0, 4), "email", email, "consent", true))
                .when().post("/api/v1/public-events/" + eventId + "/registrations").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aPlaceTheWaitingListAndMovingUpEachArriveByMailInTheVisitorsLanguage() {
        String event = PublicEventTest.publishedEvent("Siebdruck-Werkstatt (Mail)", 1);
        String title = api().when().get("/api/v1/public-events/" + event).then().statusCode(200).extract().path("title");
        String suffix = event.substring(0, 8);
        JsonPath first = register(event, "erste-" + suffix + "@example.org", "de");
        register(event, "zweite-" + suffix + "@example.org", "en");

        Smtp.Mail confirmed = Smtp.await("erste-" + suffix + "@example.org", "Anmeldung bestätigt: " + title, 1, WAIT).get(0);
        assertTrue(confirmed.text().contains("/events/registrations/" + first.getString("cancelToken")), "the mail lets the visitor cancel");
        Smtp.Mail waiting = Smtp.await("zweite-" + suffix + "@example.org", "On the waiting list: " + title, 1, WAIT).get(0);
        assertTrue(waiting.text().contains("fully booked"), waiting.text());

        api().when().post("/api/v1/event-registrations/" + first.getString("cancelToken") + "/cancellation").then().statusCode(200);
        Smtp.Mail movedUp = Smtp.await("zweite-" + suffix + "@example.org", "Ein Platz ist frei geworden: " + title, 1, WAIT).get(0);
        assertTrue(movedUp.text().contains("/events/" + event), "the mail links the event");
    }
}
