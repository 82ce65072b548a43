package de.kreativland.transfer.events;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicEventTest extends ApiTest {
    static final String EVENTS = "/api/v1/public-events";
    static final String PRAGUE_2017 = "8f3e5a10-4d07-4f6e-9c73-000000000903";
    static final String UPCOMING_PRAGUE = "8f3e5a10-4d07-4f6e-9c73-000000000807";
    static final String INTERNAL_EVENT = "8f3e5a10-4d07-4f6e-9c73-000000000001";
    static final String CHEMNITZ_SCOPE = "8f3e5a10-4d07-4f6e-9c70-000000000013";

    static RequestSpecification json(String token) {
        return api(token).contentType(ContentType.JSON);
    }

    /** A new event some weeks ahead, published with this capacity; returns its id. */
    static String publishedEvent(String title, Integer capacity) {
        String id = json(TestTokens.coordinator()).body(Map.of("title", title + " " + UUID.randomUUID().toString().substring(0, 8),
                "type", "WORKSHOP", "heldOn", LocalDate.now().plusDays(30).toString(), "town", "Chemnitz", "scopeId", CHEMNITZ_SCOPE,
                "participants", 0)).when().post("/api/v1/metric-events").then().statusCode(201).extract().path("id");
        String etag = api(TestTokens.coordinator()).when().get("/api/v1/event-publications/" + id).then().statusCode(200)
                .body("isPublic", equalTo(false)).extract().header("ETag");
        java.util.Map<String, Object> body = new java.util.HashMap<>(Map.of("isPublic", true, "description", "Ein **Workshop** (Test)",
                "startsAt", "10:00", "venue", "Büro Chemnitz"));
        body.put("capacity", capacity);
        json(TestTokens.coordinator()).header("If-Match", etag).body(body).when().put("/api/v1/event-publications/" + id).then().statusCode(200)
                .body("isPublic", equalTo(true));
        return id;
    }

    static JsonPath register(String eventId, String name) {
        return api().contentType(ContentType.JSON).body(Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.org", "consent", true))
                .when().post(EVENTS + "/" + eventId + "/registrations").then().statusCode(201)
                .header("Location", containsString("/api/v1/event-registrations/"))
                .extract().jsonPath();
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicEventsAndFilterThem() {
        api().queryParam("from", "2017-08-01").queryParam("to", "2017-10-31").queryParam("size", 100).when().get(EVENTS).then().statusCode(200)
                .body("items.id", hasItem(PRAGUE_2017))
                .body("items.id", not(hasItem(INTERNAL_EVENT)))
                .body("items.find { it.id == '" + PRAGUE_2017 + "' }.partnerEvent", equalTo("designblok"))
                .body("items.find { it.id == '" + PRAGUE_2017 + "' }.country", equalTo("CZ"))
                .body("items.find { it.id == '" + PRAGUE_2017 + "' }.endsOn", equalTo("2017-10-29"));
        api().queryParam("type", "TRIP").queryParam("from", LocalDate.now().toString()).when().get(EVENTS).then().statusCode(200)
                .body("items.type", everyItem(equalTo("TRIP"))).body("items.id", hasItem(UPCOMING_PRAGUE));
        api().queryParam("town", "görlitz").queryParam("from", LocalDate.now().toString()).when().get(EVENTS).then().statusCode(200)
                .body("items.town", everyItem(equalTo("Görlitz"))).body("items.size()", equalTo(1));
        api().when().get(EVENTS + "/" + INTERNAL_EVENT).then().statusCode(404);
        api().when().get(EVENTS + "/" + PRAGUE_2017).then().statusCode(200).body("destination", equalTo("Prag"))
                .body("registrationOpen", equalTo(false));
        invalidRequest().queryParam("from", "2017-02-30").when().get(EVENTS).then().statusCode(400).body("violations[0].field", equalTo("from"));
        invalidRequest().queryParam("type", "PARTY").when().get(EVENTS).then().statusCode(400).body("violations[0].field", equalTo("type"));
    }

    @Test
    void theICalendarFeedParsesWithIcal4jAndContainsThePragueTrip() throws Exception {
        String body = api().queryParam("from", "2017-10-01").queryParam("to", "2017-10-31").when().get(EVENTS + "/calendar.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = calendar.getComponents("VEVENT");
        Optional<VEvent> prague = events.stream().filter(e -> e.getUid().map(u -> u.getValue().startsWith(PRAGUE_2017)).orElse(false)).findFirst();
        assertTrue(prague.isPresent(), body);
        VEvent trip = prague.get();
        assertTrue(trip.getSummary().get().getValue().contains("designblok Prag"));
        assertEquals("20171027", trip.getProperty(Property.DTSTART).get().getValue());
        assertEquals("20171030", trip.getProperty(Property.DTEND).get().getValue(), "the exclusive end after the last day");
        assertEquals("Prag (CZ)", trip.getProperty(Property.LOCATION).get().getValue());
        assertTrue(events.stream().noneMatch(e -> e.getUid().get().getValue().startsWith(INTERNAL_EVENT)));

        // a filter that excludes it, and the per-event file
        String trips = api().queryParam("from", "2017-10-01").queryParam("to", "2017-10-31").queryParam("type", "NETWORK_TALK")
                .when().get(EVENTS + "/calendar.ics").then().statusCode(200).extract().asString();
        assertTrue(new CalendarBuilder().build(new StringReader(trips)).getComponents("VEVENT").stream()
                .noneMatch(e -> ((VEvent) e).getUid().get().getValue().startsWith(PRAGUE_2017)));
        String one = api().when().get(EVENTS + "/" + UPCOMING_PRAGUE + "/calendar.ics").then().statusCode(200).extract().asString();
        List<VEvent> single = new CalendarBuilder().build(new StringReader(one)).getComponents("VEVENT");
        assertEquals(1, single.size());
        assertNotNull(single.get(0).getProperty(Property.URL).orElse(null));
        api().when().get(EVENTS + "/" + INTERNAL_EVENT + "/calendar.ics").then().statusCode(404);
    }

    @Test
    void registrationsBeyondCapacityWaitAndMoveUpWhenSomeoneCancels() {
        String event = publishedEvent("Workshop mit zwei Plätzen (Test)", 2);
        JsonPath first = register(event, "Anna Erste");
        assertEquals("CONFIRMED", first.getString("status"));
        assertNotNull(first.getString("confirmedAt"));
        assertEquals("CONFIRMED", register(event, "Bert Zweiter").getString("status"));
        JsonPath third = register(event, "Cora Dritte");
        assertEquals("WAITLISTED", third.getString("status"));
        assertEquals(1, third.getInt("waitlistPosition"));
        JsonPath fourth = register(event, "Dirk Vierter");
        assertEquals(2, fourth.getInt("waitlistPosition"));
        api().when().get(EVENTS + "/" + event).then().statusCode(200).body("placesLeft", equalTo(0)).body("waitlisted", equalTo(2));

        api().when().post("/api/v1/event-registrations/" + first.getString("cancelToken") + "/cancellation").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelToken", nullValue());
        api().when().get("/api/v1/event-registrations/" + third.getString("cancelToken")).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("movedUpAt", notNullValue()).body("confirmedAt", notNullValue());
        api().when().get("/api/v1/event-registrations/" + fourth.getString("cancelToken")).then().statusCode(200)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        api().when().post("/api/v1/event-registrations/" + first.getString("cancelToken") + "/cancellation").then().statusCode(409);
        api().when().get("/api/v1/event-registrations/" + PublicEventService.newToken()).then().statusCode(404);

        api(TestTokens.coordinator()).when().get(EVENTS + "/" + event + "/registrations").then().statusCode(200)
                .body("items.name", equalTo(List.of("Bert Zweiter", "Cora Dritte", "Dirk Vierter", "Anna Erste")))
                .body("items.status", equalTo(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED", "CANCELLED")));
    }

    @Test
    void registrationNeedsConsentAndACapacityAndNamesBadFields() {
        String event = publishedEvent("Workshop (Test)", 5);
        invalidRequest().contentType(ContentType.JSON).body(Map.of("name", "Ohne Zustimmung", "email", "x@example.org", "consent", false))
                .when().post(EVENTS + "/" + event + "/registrations").then().statusCode(400).body("violations[0].field", equalTo("consent"));
        invalidRequest().contentType(ContentType.JSON).body(Map.of("name", "Falsche Adresse", "email", "keine-adresse", "consent", true))
                .when().post(EVENTS + "/" + event + "/registrations").then().statusCode(400).body("violations[0].field", equalTo("email"));
        register(event, "Doppelt Angemeldet");
        api().contentType(ContentType.JSON).body(Map.of("name", "Doppelt Angemeldet", "email", "Doppelt.Angemeldet@example.org", "consent", true))
                .when().post(EVENTS + "/" + event + "/registrations").then().statusCode(400).body("violations[0].field", equalTo("email"));
        String open = publishedEvent("Ohne Anmeldung (Test)", null);
        api().contentType(ContentType.JSON).body(Map.of("name", "Jemand", "email", "j@example.org", "consent", true))
                .when().post(EVENTS + "/" + open + "/registrations").then().statusCode(409);
        api().contentType(ContentType.JSON).body(Map.of("name", "Jemand", "email", "j@example.org", "consent", true))
                .when().post(EVENTS + "/" + INTERNAL_EVENT + "/registrations").then().statusCode(404);
    }

    @Test
    void onlyCoordinatorsPublishEventsAndSeeRegistrations() {
        String event = publishedEvent("Rollen (Test)", 3);
        Map<String, Object> body = Map.of("isPublic", false);
        for (String token : List.of(TestTokens.partnerKalbe(), TestTokens.advisorSaxony(),
                TestTokens.sign(TestTokens.claims(TestTokens.COACH, "coach", "Clara Coach (Demo)", "coach")))) {
            json(token).header("If-Match", "\"0\"").body(body).when().put("/api/v1/event-publications/" + event).then().statusCode(403);
            api(token).when().get(EVENTS + "/" + event + "/registrations").then().statusCode(403);
        }
        api().when().get(EVENTS + "/" + event + "/registrations").then().statusCode(401);
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/event-publications/" + event).then().statusCode(428);
        json(TestTokens.coordinator()).header("If-Match", "\"99\"").body(body).when().put("/api/v1/event-publications/" + event).then().statusCode(412);
        api(TestTokens.coordinator()).when().get("/api/v1/event-publications/" + UUID.randomUUID()).then().statusCode(404);
        String etag = api(TestTokens.coordinator()).when().get("/api/v1/event-publications/" + event).then().statusCode(200).extract().header("ETag");
        json(TestTokens.coordinator()).header("If-Match", etag).body(body).when().put("/api/v1/event-publications/" + event).then().statusCode(200);
        api().when().get(EVENTS + "/" + event).then().statusCode(404);
    }

    @Test
    void confirmedRegistrationsFeedTheParticipantsFigure() {
        String event = publishedEvent("Zählt Teilnehmende (Test)", 10);
        String day = LocalDate.now().plusDays(30).toString();
        String before = participants(day);
        register(event, "Erika Eins");
        register(event, "Franz Zwei");
        assertEquals(new java.math.BigDecimal(before).add(new java.math.BigDecimal(2)).compareTo(new java.math.BigDecimal(participants(day))), 0);
    }

    private static String participants(String day) {
        return api(TestTokens.coordinator()).queryParam("from", day).queryParam("to", day).queryParam("scopeId", CHEMNITZ_SCOPE)
                .when().get("/api/v1/outreach-report").then().statusCode(200).extract().jsonPath()
                .getString("indicators.find { it.key == 'event_participants' }.value");
    }

    @Test
    void registrationsAppearInTheGdprExportAndGoWithErasure() {
        String event = publishedEvent("Datenschutz (Test)", 5);
        String email = "gdpr-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        api().contentType(ContentType.JSON).body(Map.of("name", "Greta Datenschutz", "email", email, "consent", true))
                .when().post(EVENTS + "/" + event + "/registrations").then().statusCode(201);
        api(TestTokens.admin()).queryParam("email", email).when().get("/api/v1/personal-data").then().statusCode(200)
                .body("records.find { it.table == 'event_registration' }.rows[0].name", equalTo("Greta Datenschutz"))
                .body("records.find { it.table == 'event_registration' }.rows[0].consent_text", notNullValue());
        api(TestTokens.admin()).contentType(ContentType.JSON).body(Map.of("email", email, "confirmation", email))
                .when().post("/api/v1/personal-data/erasures").then().statusCode(200);
        api(TestTokens.admin()).queryParam("email", email).when().get("/api/v1/personal-data").then().statusCode(200)
                .body("records.table", not(hasItem("event_registration")));
        api(TestTokens.coordinator()).when().get(EVENTS + "/" + event + "/registrations").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void staffCloseAndReopenRegistrationAndBadPublicationFieldsAreNamed() {
        String event = publishedEvent("Anmeldung schließen (Test)", 5);
        String etag = api(TestTokens.coordinator()).when().get("/api/v1/event-publications/" + event).then().statusCode(200)
                .body("registrationOpen", equalTo(true)).extract().header("ETag");
        json(TestTokens.coordinator()).header("If-Match", etag).body(Map.of("isPublic", true, "capacity", 5, "registrationOpen", false))
                .when().put("/api/v1/event-publications/" + event).then().statusCode(200).body("registrationOpen", equalTo(false));
        api().when().get(EVENTS + "/" + event).then().statusCode(200).body("registrationOpen", equalTo(false));
        api().contentType(ContentType.JSON).body(Map.of("name", "Zu Spät", "email", "zu.spaet@example.org", "consent", true))
                .when().post(EVENTS + "/" + event + "/registrations").then().statusCode(409);

        etag = api(TestTokens.coordinator()).when().get("/api/v1/event-publications/" + event).then().statusCode(200).extract().header("ETag");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("isPublic", true, "capacity", 0)).when().put("/api/v1/event-publications/" + event).then().statusCode(400)
                .body("violations[0].field", equalTo("capacity"));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("isPublic", true, "country", "Polen")).when().put("/api/v1/event-publications/" + event).then().statusCode(400)
                .body("violations[0].field", equalTo("country"));
        invalidRequest().contentType(ContentType.JSON).body(Map.of("name", "Sprache", "email", "sprache@example.org", "consent", true, "language", "fr"))
                .when().post(EVENTS + "/" + event + "/registrations").then().statusCode(400).body("violations[0].field", equalTo("language"));

        json(TestTokens.coordinator()).header("If-Match", etag).body(Map.of("isPublic", true, "capacity", 5, "registrationOpen", true))
                .when().put("/api/v1/event-publications/" + event).then().statusCode(200);
        register(event, "Wieder Offen");
    }

    @Test
    void cooperationEventsArePublicEventsAndCountAsEventsHeld() {
        String day = LocalDate.now().plusDays(40).toString();
        String before = indicator(day, "events_held");
        String id = json(TestTokens.coordinator()).body(Map.of("title", "Kooperation mit dem Kulturverein " + UUID.randomUUID().toString().substring(0, 8),
                "type", "COOPERATION", "heldOn", day, "town", "Chemnitz", "scopeId", CHEMNITZ_SCOPE, "participants", 0))
                .when().post("/api/v1/metric-events").then().statusCode(201).body("type", equalTo("COOPERATION")).extract().path("id");
        assertEquals(new java.math.BigDecimal(before).add(java.math.BigDecimal.ONE).compareTo(new java.math.BigDecimal(indicator(day, "events_held"))), 0);
        json(TestTokens.coordinator()).header("If-Match", "\"0\"").body(Map.of("isPublic", true))
                .when().put("/api/v1/event-publications/" + id).then().statusCode(200);
        api().queryParam("type", "COOPERATION").queryParam("from", day).when().get(EVENTS).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.type", everyItem(equalTo("COOPERATION")));
    }

    private static String indicator(String day, String key) {
        return api(TestTokens.coordinator()).queryParam("from", day).queryParam("to", day).queryParam("scopeId", CHEMNITZ_SCOPE)
                .when().get("/api/v1/outreach-report").then().statusCode(200).extract().jsonPath()
                .getString("indicators.find { it.key == '" + key + "' }.value");
    }
}
