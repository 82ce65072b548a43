package de.kreativland.transfer.events;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.Smtp;
import de.kreativland.transfer.TestTokens;
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
                .body(Map.of("name", "Gast " + email.substring(0, email.indexOf('-')), "email", email, "consent", true))
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
        Smtp.Mail movedUp = Smtp.await("zweite-" + suffix + "@example.org", "A place is yours: " + title, 1, WAIT).get(0);
        assertTrue(movedUp.text().contains("/events/" + event), "the mail links the event");
    }

    @Test
    void theLanguageChosenInTheFormWinsOverAcceptLanguageAndStaysForTheMoveUpMail() {
        String event = PublicEventTest.publishedEvent("Lesung (Sprache)", 1);
        String title = api().when().get("/api/v1/public-events/" + event).then().statusCode(200).extract().path("title");
        String suffix = event.substring(0, 8);
        JsonPath first = register(event, "eins-" + suffix + "@example.org", "en");
        api().contentType(ContentType.JSON).header("Accept-Language", "de")
                .body(Map.of("name", "Guest Two", "email", "zwei-" + suffix + "@example.org", "consent", true, "language", "en"))
                .when().post("/api/v1/public-events/" + event + "/registrations").then().statusCode(201);
        Smtp.await("eins-" + suffix + "@example.org", "Registration confirmed: " + title, 1, WAIT);
        Smtp.await("zwei-" + suffix + "@example.org", "On the waiting list: " + title, 1, WAIT);

        api().when().post("/api/v1/event-registrations/" + first.getString("cancelToken") + "/cancellation").then().statusCode(200);
        Smtp.await("zwei-" + suffix + "@example.org", "A place is yours: " + title, 1, WAIT);
    }

    @Test
    void erasingAPersonGivesTheirPlaceToTheFirstOnTheWaitingListWhoIsToldByMail() {
        String event = PublicEventTest.publishedEvent("Erasure (Nachrücken)", 1);
        String title = api().when().get("/api/v1/public-events/" + event).then().statusCode(200).extract().path("title");
        String suffix = event.substring(0, 8);
        String erased = "geloescht-" + suffix + "@example.org";
        register(event, erased, "de");
        JsonPath next = register(event, "nachruecker-" + suffix + "@example.org", "de");
        JsonPath later = register(event, "spaeter-" + suffix + "@example.org", "de");
        assertEquals("WAITLISTED", next.getString("status"));

        api(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("email", erased, "confirmation", erased))
                .when().post("/api/v1/personal-data/erasures").then().statusCode(200);

        api().when().get("/api/v1/event-registrations/" + next.getString("cancelToken")).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("movedUpAt", notNullValue());
        api().when().get("/api/v1/event-registrations/" + later.getString("cancelToken")).then().statusCode(200)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        api(TestTokens.coordinator()).when().get("/api/v1/public-events/" + event + "/registrations").then().statusCode(200)
                .body("items.email", not(hasItem(erased)));
        Smtp.await("nachruecker-" + suffix + "@example.org", "Ein Platz ist frei geworden: " + title, 1, WAIT);
    }
}
