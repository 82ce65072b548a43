package de.kreativland.transfer.tandem;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TandemLifecycleTest extends TandemApiTest {

    @Test
    void activatingCreatesOneMilestonePerPlanStepAndAllDoneIsFullProgress() {
        ExtractableResponse<Response> created = propose(near, null).statusCode(201).header("ETag", notNullValue())
                .body("suggestionRank", equalTo(1)).body("selectionReason", nullValue())
                .body("bestPracticeOrganisation.id", equalTo(owner.toString())).body("tandemOrganisation.id", equalTo(near.toString()))
                .body("milestones.total", equalTo(0)).body("progressPercent", equalTo(0))
                .body("availableTransitions", contains("CANCELLED")).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith(TANDEMS + "/" + id), created.header("Location"));
        assertEquals(null, data.programmeRole(near), "a proposal does not yet make the organisation a tandem partner");

        agreeBoth(id);
        assertEquals(null, data.programmeRole(near), "nor does the agreement");
        transition(coordinator(), id, "ACTIVE", null).statusCode(200).body("status", equalTo("ACTIVE"))
                .body("startedOn", equalTo(LocalDate.now(TandemService.BERLIN).toString()))
                .body("milestones.total", equalTo(4)).body("milestones.open", equalTo(4)).body("progressPercent", equalTo(0));
        assertEquals("TANDEM", data.programmeRole(near), "the tandem organisation becomes a tandem partner when the tandem starts");

        List<Map<String, Object>> milestones = milestones(ownerPartner(), id);
        assertEquals(List.of("Leerstand erfassen", "Verein gründen", "Förderung beantragen", "Offene Ateliers"),
                milestones.stream().map(m -> m.get("title")).toList());
        assertEquals(List.of(1, 2, 3, 4), milestones.stream().map(m -> m.get("position")).toList());
        LocalDate start = LocalDate.now(TandemService.BERLIN);
        assertEquals(start.plusMonths(3).toString(), milestones.get(0).get("dueOn"), "due dates add up the typical durations");
        assertEquals(start.plusMonths(5).toString(), milestones.get(1).get("dueOn"));
        assertEquals(null, milestones.get(3).get("dueOn"), "'nach Absprache' has no date");
        assertEquals(near.toString(), milestones.get(0).get("ownerOrganisationId"));

        // members of both organisations work on the milestones
        updateMilestone(nearPartner(), id, (String) milestones.get(0).get("id"), "DONE").statusCode(200)
                .body("status", equalTo("DONE")).body("doneOn", notNullValue());
        api(ownerPartner()).when().get(TANDEMS + "/{id}", id).then().statusCode(200).body("progressPercent", equalTo(25))
                .body("milestones.done", equalTo(1));
        updateMilestone(ownerPartner(), id, (String) milestones.get(1).get("id"), "IN_PROGRESS").statusCode(200).body("doneOn", nullValue());
        for (Map<String, Object> m : milestones.subList(1, 4)) {
            updateMilestone(ownerPartner(), id, (String) m.get("id"), "DONE").statusCode(200);
        }
        api(coordinator()).when().get(TANDEMS + "/{id}", id).then().statusCode(200)
                .body("progressPercent", equalTo(100)).body("milestones.done", equalTo(4)).body("milestones.nextDueOn", nullValue());
        api(coordinator()).queryParam("conceptId", concept.toString()).when().get(TANDEMS).then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].progressPercent", equalTo(100));

        transition(coordinator(), id, "COMPLETED", "Alle Schritte geschafft").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("endedOn", notNullValue()).body("availableTransitions", empty());
        // completed tandems keep their milestones, read-only
        updateMilestone(ownerPartner(), id, (String) milestones.get(0).get("id"), "OPEN").statusCode(409);
        api(ownerPartner()).when().get(TANDEMS + "/{id}/transitions", id).then().statusCode(200)
                .body("items.to", contains("PROPOSED", "PROPOSED", "AGREED", "ACTIVE", "COMPLETED"))
                .body("items[4].reason", equalTo("Alle Schritte geschafft"))
                .body("items.actorName", contains("Konrad Koordinator (Demo)", "Bea Bestpraxis (Test)", "Tom Tandem (Test)",
                        "Konrad Koordinator (Demo)", "Konrad Koordinator (Demo)"));
        assertEquals(2, data.count("select count(*)::text from audit_log where entity_type = 'tandem' and entity_id = ? and action = 'transition'", id));
        assertEquals(2, data.count("select count(*)::text from audit_log where entity_type = 'tandem' and entity_id = ? and action = 'agree'", id));
        assertEquals(5, data.count("select count(*)::text from audit_log where entity_type = 'tandem' and entity_id = ? and action = 'update_milestone'", id));
    }

    @Test
    void pickingALowerRankedCandidateNeedsASelectionReason() {
        propose(hamburg, null).statusCode(400).body("violations.field", contains("selectionReason"))
                .body("detail", containsString("Kinoverein Nachbarort"));
        propose(hamburg, "   ").statusCode(400).body("violations.field", contains("selectionReason"));
        propose(hamburg, "Hamburg bringt eine Medienwerkstatt mit, die das Konzept sofort nutzen kann.").statusCode(201)
                .body("suggestionRank", greaterThan(1)).body("suggestionScore", notNullValue())
                .body("selectionReason", startsWithMedienwerkstatt());
        assertEquals("TANDEM", data.programmeRole(hamburg));
    }

    @Test
    void lifecycleRefusalsAreConflictsNamingTheAllowedSteps() {
        String id = proposed();
        transition(coordinator(), id, "ACTIVE", null).statusCode(409)
                .body("allowedTransitions", contains("AGREED", "CANCELLED"))
                .body("detail", containsString("Cannot go from PROPOSED to ACTIVE"));
        transition(coordinator(), id, "COMPLETED", null).statusCode(409);
        transition(coordinator(), id, "PROPOSED", null).statusCode(409);
        agreeBoth(id);
        transition(coordinator(), id, "AGREED", null).statusCode(409).body("allowedTransitions", contains("ACTIVE", "CANCELLED"));
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("to", "PAUSED"))
                .when().post(TANDEMS + "/{id}/transitions", id).then().statusCode(400).body("violations.field", contains("to"));
    }

    @Test
    void cancellingNeedsAReasonAndKeepsTheHistory() {
        String id = active();
        transition(coordinator(), id, "CANCELLED", null).statusCode(400).body("violations.field", contains("reason"));
        transition(coordinator(), id, "CANCELLED", " ").statusCode(400).body("violations.field", contains("reason"));
        transition(coordinator(), id, "CANCELLED", "Die Tandemorganisation hat sich aufgelöst.").statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("Die Tandemorganisation hat sich aufgelöst."))
                .body("endedOn", notNullValue()).body("milestones.total", equalTo(4));
        transition(coordinator(), id, "ACTIVE", null).statusCode(409).body("allowedTransitions", empty());
        api(coordinator()).when().get(TANDEMS + "/{id}/transitions", id).then().statusCode(200)
                .body("items.to", contains("PROPOSED", "PROPOSED", "AGREED", "ACTIVE", "CANCELLED"));
        // the pair may start again after a cancellation
        propose(near, null).statusCode(201);
    }

    @Test
    void staffStartCompleteAndCancelWhileMembersMayAgree() {
        String id = proposed();
        api(nearPartner()).when().get(TANDEMS + "/{id}", id).then().statusCode(200).body("availableTransitions", contains("AGREED"));
        api(coach()).when().get(TANDEMS + "/{id}", id).then().statusCode(200).body("availableTransitions", empty());
        transition(coach(), id, "AGREED", null).statusCode(403);
        transition(nearPartner(), id, "CANCELLED", "Keine Zeit").statusCode(403);
        transition(nearPartner(), id, "AGREED", "Wir sind dabei").statusCode(200).body("status", equalTo("PROPOSED"));
        transition(ownerPartner(), id, "AGREED", null).statusCode(200).body("status", equalTo("AGREED"));
        transition(ownerPartner(), id, "ACTIVE", null).statusCode(403).body("detail", containsString("staff"));
        transition(coordinator(), id, "ACTIVE", null).statusCode(200);
        transition(ownerPartner(), id, "COMPLETED", null).statusCode(403);
        // only coordinators and admins propose
        api(ownerPartner()).contentType("application/json")
                .body(Map.of("conceptId", concept.toString(), "tandemOrganisationId", hamburg.toString())).when().post(TANDEMS)
                .then().statusCode(403);
    }

    @Test
    void proposalsNeedAnApprovedConceptAndASuitableOrganisation() {
        UUID draft = data.concept(owner, "DRAFT");
        api(coordinator()).contentType("application/json").header("Accept-Language", "en")
                .body(Map.of("conceptId", draft.toString(), "tandemOrganisationId", near.toString()))
                .when().post(TANDEMS).then().statusCode(409).body("detail", containsString("APPROVED or PUBLISHED"));
        api(coordinator()).contentType("application/json")
                .body(Map.of("conceptId", UUID.randomUUID().toString(), "tandemOrganisationId", near.toString()))
                .when().post(TANDEMS).then().statusCode(400).body("violations.field", contains("conceptId"));
        propose(owner, "eigene").statusCode(400).body("violations.field", contains("tandemOrganisationId"));
        propose(UUID.fromString("5b0c2d4e-1a01-4f6e-9c10-000000000001"), "Kalbe").statusCode(400)
                .body("violations.field", contains("tandemOrganisationId")).body("detail", containsString("best-practice"));
        propose(UUID.randomUUID(), "unbekannt").statusCode(400).body("violations.field", contains("tandemOrganisationId"));
        propose(near, null).statusCode(201);
        propose(near, "nochmal").statusCode(409).body("detail", containsString("open tandem"));
        invalidRequest(coordinator()).contentType("application/json").body(Map.of("conceptId", "kiel"))
                .when().post(TANDEMS).then().statusCode(400);
    }

    @Test
    void milestonesChangeOnlyWithIfMatchAndOwnersFromTheTandem() {
        String id = active();
        Map<String, Object> first = milestones(nearPartner(), id).get(0);
        String mid = (String) first.get("id");
        String path = TANDEMS + "/{id}/milestones/{mid}";
invalidRequest().header("Authorization", TestTokens.bearer(nearPartner())).contentType("application/json").body(Map.of("status", "DONE")).when().put(path, id, mid)
                .then().statusCode(428);
        String etag = api(nearPartner()).when().get(path, id, mid).then().statusCode(200).extract().header("ETag");
        Map<String, Object> change = Map.of("status", "IN_PROGRESS", "dueOn", "2031-05-01", "ownerOrganisationId", owner.toString(),
                "adaptationNotes", "Statt Leerstand: Räume im Rathaus");
        api(nearPartner()).contentType("application/json").header("If-Match", etag).body(change).when().put(path, id, mid).then()
                .statusCode(200).body("dueOn", equalTo("2031-05-01")).body("ownerOrganisationId", equalTo(owner.toString()))
                .body("adaptationNotes", equalTo("Statt Leerstand: Räume im Rathaus")).body("title", equalTo(first.get("title")));
        api(nearPartner()).contentType("application/json").header("If-Match", etag).body(change).when().put(path, id, mid).then()
                .statusCode(412);
        String current = api(nearPartner()).when().get(path, id, mid).then().extract().header("ETag");
        api(nearPartner()).contentType("application/json").header("If-Match", current)
                .body(Map.of("status", "DONE", "ownerOrganisationId", unrelated.toString())).when().put(path, id, mid).then()
                .statusCode(400).body("violations.field", contains("ownerOrganisationId"));
        api(coach()).contentType("application/json").header("If-Match", current).body(Map.of("status", "DONE")).when().put(path, id, mid)
                .then().statusCode(403);
        api(coordinator()).contentType("application/json").header("If-Match", current).body(Map.of("status", "DONE"))
                .when().put(path, id, UUID.randomUUID()).then().statusCode(404);
    }

    private static org.hamcrest.Matcher<String> startsWithMedienwerkstatt() {
        return org.hamcrest.Matchers.startsWith("Hamburg bringt eine Medienwerkstatt");
    }

    @Test
    void aTandemIsAgreedOnlyWhenBothOrganisationsHaveAgreedEachRecorded() {
        String id = proposed();
        transition(coordinator(), id, "AGREED", null).statusCode(403).body("detail", containsString("each for their own organisation"));
        transition(nearPartner(), id, "AGREED", null).statusCode(200).body("status", equalTo("PROPOSED"))
                .body("tandemAgreement.agreed", equalTo(true)).body("tandemAgreement.agreedByName", equalTo("Tom Tandem (Test)"))
                .body("bestPracticeAgreement.agreed", equalTo(false)).body("availableTransitions", empty());
        transition(nearPartner(), id, "AGREED", null).statusCode(403).body("detail", containsString("already agreed"));
        transition(unrelatedPartner(), id, "AGREED", null).statusCode(404);
        api(ownerPartner()).when().get(TANDEMS + "/{id}", id).then().statusCode(200).body("status", equalTo("PROPOSED"))
                .body("availableTransitions", contains("AGREED"));
        transition(ownerPartner(), id, "AGREED", null).statusCode(200).body("status", equalTo("AGREED"))
                .body("bestPracticeAgreement.agreedByName", equalTo("Bea Bestpraxis (Test)")).body("bestPracticeAgreement.agreedAt", notNullValue());
    }

    @Test
    void aCancelledProposalLeavesTheProgrammeRoleAsItWas() {
        String id = propose(distant, "Architektur als Ergänzung").statusCode(201).extract().path("id");
        transition(coordinator(), id, "CANCELLED", "Kein Interesse").statusCode(200);
        assertEquals("CANDIDATE", data.programmeRole(distant));
        String nearTandem = proposed();
        transition(coordinator(), nearTandem, "CANCELLED", "Doch nicht").statusCode(200);
        assertEquals(null, data.programmeRole(near));
    }

    @Test
    void overdueMilestonesAreFlaggedOnTheTandemItsMilestonesAndTheList() {
        String id = active();
        Map<String, Object> first = milestones(nearPartner(), id).get(0);
        String mid = (String) first.get("id");
        String etag = api(nearPartner()).when().get(TANDEMS + "/{id}/milestones/{mid}", id, mid).then().statusCode(200)
                .body("overdue", equalTo(false)).extract().header("ETag");
        api(nearPartner()).contentType("application/json").header("If-Match", etag)
                .body(Map.of("status", "IN_PROGRESS", "dueOn", LocalDate.now(TandemService.BERLIN).minusDays(3).toString()))
                .when().put(TANDEMS + "/{id}/milestones/{mid}", id, mid).then().statusCode(200).body("overdue", equalTo(true));
        api(ownerPartner()).when().get(TANDEMS + "/{id}", id).then().statusCode(200).body("milestones.overdue", equalTo(1));
        api(coordinator()).queryParam("conceptId", concept.toString()).when().get(TANDEMS).then().statusCode(200)
                .body("items[0].overdueMilestones", equalTo(1));
        updateMilestone(nearPartner(), id, mid, "DONE").statusCode(200).body("overdue", equalTo(false));
        api(ownerPartner()).when().get(TANDEMS + "/{id}", id).then().body("milestones.overdue", equalTo(0));
    }
}
