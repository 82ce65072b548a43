package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kreativland.transfer.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PartnerResourceTest extends ApiTest {

    @Test
    void anonymousListsTheSixBestPracticePartnersWithTownAndState() {
        api().queryParam("programmeRole", "BEST_PRACTICE").when().get("/api/v1/partners")
                .then().statusCode(200)
                .body("totalItems", equalTo(6))
                .body("items.name", containsInAnyOrder("Künstlerstadt Kalbe e.V.", "Künstlerkolonie Fichtelgebirge e.V.",
                        "Haldern Pop", "Kulturfeld Eschwege", "UpZent: Upcycling Zentrum", "E-WERK Luckenwalde"))
                .body("items.town", containsInAnyOrder("Kalbe (Milde)", "Wunsiedel", "Rees", "Eschwege", "Neunkirchen", "Luckenwalde"))
                .body("items.state", containsInAnyOrder("ST", "BY", "NW", "HE", "SL", "BB"))
                .body("items.programmeRole", everyItem(equalTo("BEST_PRACTICE")))
                .body("items.find { it.name == 'Haldern Pop' }.town", equalTo("Rees"));
    }

    @Test
    void pagesThroughPartnersInNameOrderWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(api().queryParam("programmeRole", "BEST_PRACTICE").queryParam("page", page).queryParam("size", 2)
                    .when().get("/api/v1/partners")
                    .then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(2))
                    .body("totalPages", equalTo(3)).body("items", hasSize(2))
                    .extract().<List<String>>path("items.name"));
        }
        assertEquals(6, seen.stream().distinct().count());
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(String::compareTo);
        assertEquals(sorted, seen);
        api().queryParam("programmeRole", "BEST_PRACTICE").queryParam("page", 3).queryParam("size", 2).when().get("/api/v1/partners")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(6));
    }

    @Test
    void pageSizeAboveTheMaximumIsRefusedNamingTheField() {
        String contentType = invalidRequest().queryParam("size", 101).when().get("/api/v1/partners")
                .then().statusCode(400)
                .body("status", equalTo(400))
                .body("violations.field", hasItem("size"))
                .body("violations.in", hasItem("query"))
                .extract().contentType();
        assertTrue(contentType.startsWith("application/problem+json"), contentType);
    }

    @Test
    void negativePageIsRefused() {
        invalidRequest().queryParam("page", -1).when().get("/api/v1/partners")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("page"));
    }
}
