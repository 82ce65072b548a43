package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryTest extends ApiTest {
    static final Set<String> PUBLIC_LIST_FIELDS = Set.of("id", "name", "town", "state", "kind", "submarkets",
            "settlementType", "programmeRole", "foundingYear", "website", "summary", "latitude", "longitude");
    static final Set<String> PUBLIC_PROFILE_FIELDS = Set.of("id", "name", "legalForm", "kind", "submarkets",
            "settlementType", "street", "postalCode", "town", "municipality", "district", "state", "latitude", "longitude",
            "foundingYear", "teamSize", "website", "summary", "description", "programmeRole");

    @Test
    void stateSubmarketAndAnInflectedSearchWordCombine() {
        // Stored: "leerstehende Gebäude"; searched: "Gebäuden".
        api().queryParam("state", "ST").queryParam("submarket", "ART_MARKET").queryParam("q", "Gebäuden")
                .when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.name", contains("Künstlerstadt Kalbe e.V."));
        api().queryParam("state", "BY").queryParam("submarket", "ART_MARKET").queryParam("q", "Gebäuden")
                .when().get("/api/v1/partners")
                .then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        api().queryParam("state", "ST").queryParam("submarket", "MUSIC").queryParam("q", "Gebäuden")
                .when().get("/api/v1/partners")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void searchFindsOtherInflectionsRankedByWhereTheyMatch() {
        // Stored: "soziale Werkstatt" in UpZent's summary, "Werkstätten" in Kalbe's description; searched: "Werkstätten".
        api().queryParam("q", "Werkstätten").when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("items.name", contains("UpZent: Upcycling Zentrum", "Künstlerstadt Kalbe e.V."));
        api().queryParam("q", "Künstlern").when().get("/api/v1/partners")
                .then().statusCode(200).body("items.name", contains("Künstlerstadt Kalbe e.V."));
    }

    @Test
    void filteredListPagesCorrectly() {
        List<String> all = api().queryParam("submarket", "ART_MARKET", "PERFORMING_ARTS").queryParam("sort", "town")
                .when().get("/api/v1/partners").then().statusCode(200)
                .body("totalItems", equalTo(3)).extract().path("items.town");
        assertEquals(List.of("Kalbe (Milde)", "Luckenwalde", "Wunsiedel"), all);
        for (int page = 0; page < 3; page++) {
            api().queryParam("submarket", "ART_MARKET").queryParam("submarket", "PERFORMING_ARTS")
                    .queryParam("sort", "town").queryParam("size", 1).queryParam("page", page)
                    .when().get("/api/v1/partners").then().statusCode(200)
                    .body("totalItems", equalTo(3)).body("totalPages", equalTo(3))
                    .body("items.town", contains(all.get(page)));
        }
    }

    @Test
    void sortsByFoundingYearAndByNameDescending() {
        List<String> byName = api().queryParam("sort", "-name").when().get("/api/v1/partners")
                .then().statusCode(200).extract().path("items.name");
        List<String> expected = new java.util.ArrayList<>(byName);
        expected.sort(java.util.Comparator.reverseOrder());
        assertEquals(expected, byName);
        api().queryParam("sort", "foundingYear").when().get("/api/v1/partners")
                .then().statusCode(200).body("items[0].name", equalTo("Künstlerkolonie Fichtelgebirge e.V."));
    }

    @Test
    void anonymousResponsesContainNoPersonalField() {
        String list = api().queryParam("size", 100).when().get("/api/v1/partners").then().statusCode(200).extract().asString();
        List<Map<String, Object>> items = io.restassured.path.json.JsonPath.from(list).getList("items");
        for (Map<String, Object> item : items) {
            assertTrue(PUBLIC_LIST_FIELDS.containsAll(item.keySet()), item.keySet().toString());
        }
        String profile = api().when().get("/api/v1/partners/" + Organisations.KALBE).then().statusCode(200)
                .body("name", equalTo("Künstlerstadt Kalbe e.V.")).body("district", equalTo("Altmarkkreis Salzwedel"))
                .extract().asString();
        Set<String> profileFields = io.restassured.path.json.JsonPath.from(profile).<String, Object>getMap("").keySet();
        assertTrue(PUBLIC_PROFILE_FIELDS.containsAll(profileFields), profileFields.toString());
        for (String body : List.of(list, profile)) {
            assertFalse(body.contains("Karla Kontakt"), "contact person name leaked");
            assertFalse(body.contains("@demo.kreativland.example"), "e-mail leaked");
            assertFalse(body.contains("+49"), "phone leaked");
        }
    }

    @Test
    void candidatesAreNotInThePublicDirectory() {
        String id = api(TestTokens.coordinator()).contentType("application/json")
                .body(Organisations.input("Kandidat Public", "SN", "CANDIDATE"))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        api().queryParam("size", 100).when().get("/api/v1/partners")
                .then().statusCode(200).body("items.id", not(hasItem(id)))
                .body("items.programmeRole", everyItem(org.hamcrest.Matchers.oneOf("BEST_PRACTICE", "TANDEM")));
        api().when().get("/api/v1/partners/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownFilterValueIsRefusedNamingTheParameter() {
        invalidRequest().queryParam("state", "XX").when().get("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("state")).body("violations[0].in", equalTo("query"));
        invalidRequest().queryParam("sort", "relevance").when().get("/api/v1/partners")
                .then().statusCode(400).body("violations[0].field", equalTo("sort"));
    }

    @Test
    void searchLongerThan200CharactersAndMoreFilterValuesThanThereAreAreRefusedNamingTheParameter() {
        invalidRequest().queryParam("q", "Kunst".repeat(41)).when().get("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("q")).body("violations[0].in", equalTo("query"));
        invalidRequest().queryParam("programmeRole", "TANDEM", "TANDEM", "TANDEM", "TANDEM").when().get("/api/v1/partners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("programmeRole"));
        api().queryParam("programmeRole", "TANDEM", "BEST_PRACTICE").when().get("/api/v1/partners").then().statusCode(200);
    }

    @Test
    void mapShowsTheFilteredPartnersAsGeoJsonPoints() {
        api().accept("application/geo+json").queryParam("programmeRole", "BEST_PRACTICE").when().get("/api/v1/partners/map")
                .then().statusCode(200).contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features", hasSize(6))
                .body("features.geometry.type", everyItem(equalTo("Point")))
                .body("features.find { it.properties.name == 'E-WERK Luckenwalde' }.geometry.coordinates",
                        contains(13.1681f, 52.0875f));
        api().accept("application/geo+json").queryParam("state", "NW", "HE").when().get("/api/v1/partners/map")
                .then().statusCode(200)
                .body("features.properties.town", containsInAnyOrder("Rees", "Eschwege"));
    }
}
