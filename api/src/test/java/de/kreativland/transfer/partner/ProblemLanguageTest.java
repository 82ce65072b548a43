package de.kreativland.transfer.partner;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Problems speak the caller's language: German unless Accept-Language prefers English. */
@QuarkusTest
class ProblemLanguageTest extends ApiTest {

    private static Map<String, Object> withWebsite(String website) {
        Map<String, Object> body = Organisations.input("Sprachverein", "SN", null);
        body.put("website", website);
        return body;
    }

    @Test
    void validationErrorsAreGermanByDefaultAndEnglishOnRequest() {
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body(withWebsite("ftp://kalbe")).when().post("/api/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Ungültige Anfrage"))
                .body("violations.field", hasItem("website"))
                .body("violations.message", hasItem("muss eine http(s)-Adresse sein"));
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).header("Accept-Language", "en-GB,en;q=0.9")
                .contentType("application/json").body(withWebsite("ftp://kalbe")).when().post("/api/v1/organisations")
                .then().statusCode(400)
                .body("title", equalTo("Bad Request"))
                .body("violations.message", hasItem("must be an http(s) address"));
    }

    @Test
    void builtInConstraintMessagesAreGermanToo() {
        Map<String, Object> body = Organisations.input("Sprachverein", "SN", null);
        body.put("name", "");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).header("Accept-Language", "de-DE")
                .contentType("application/json").body(body).when().post("/api/v1/organisations")
                .then().statusCode(400).body("violations.field", hasItem("name"))
                .body("violations.message", not(hasItem(containsString("must"))))
                .body("violations.message", hasItem(containsString("darf nicht")));
    }

    @Test
    void forbiddenAndRoleRefusalsAreGerman() {
        api(TestTokens.partnerKalbe()).contentType("application/json").body(Organisations.input("Fremd", "SN", null))
                .when().post("/api/v1/organisations")
                .then().statusCode(403).body("title", equalTo("Nicht erlaubt")).body("detail", equalTo("Das dürfen Sie nicht."));
        var own = api(TestTokens.partnerFichtelgebirge()).when().get("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE)
                .then().statusCode(200).extract();
        Map<String, Object> body = new java.util.HashMap<>(own.jsonPath().getMap(""));
        for (String readOnly : java.util.List.of("id", "version", "createdAt", "updatedAt")) {
            body.remove(readOnly);
        }
        body.put("programmeRole", "TANDEM");
        for (String language : java.util.List.of("de", "en")) {
            invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.partnerFichtelgebirge())).header("Accept-Language", language)
                    .contentType("application/json").header("If-Match", own.header("ETag")).body(body)
                    .when().put("/api/v1/organisations/" + Organisations.FICHTELGEBIRGE)
                    .then().statusCode(403).body("violations[0].field", equalTo("programmeRole"))
                    .body("title", equalTo(language.equals("de") ? "Nicht erlaubt" : "Forbidden"))
                    .body("violations[0].message", equalTo(language.equals("de") ? "nur das Programmteam ändert die Programmrolle"
                            : "only programme staff change the programme role"));
        }
    }

    @Test
    void unreadableJsonNamesTheFieldInGerman() {
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body("{\"name\": \"Verein\", \"foundingYear\": \"neunzehnhundert\"}").when().post("/api/v1/organisations")
                .then().statusCode(400).body("violations[0].field", equalTo("foundingYear"))
                .body("violations[0].message", equalTo("„neunzehnhundert“ ist ungültig: erwartet wird eine Zahl"));
    }

    @Test
    void staleWritesAndMissingPreconditionsAreGerman() {
        String id = api(TestTokens.coordinator()).contentType("application/json").body(Organisations.input("Vorbedingung", "SN", null))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        invalidRequest().header("Authorization", TestTokens.bearer(TestTokens.coordinator())).contentType("application/json")
                .body(Organisations.input("Vorbedingung", "SN", null)).when().put("/api/v1/organisations/" + id)
                .then().statusCode(428).body("title", equalTo("Versionsangabe fehlt")).body("detail", containsString("If-Match"));
        api(TestTokens.coordinator()).contentType("application/json").header("If-Match", "\"999999\"")
                .body(Organisations.input("Vorbedingung", "SN", null)).when().put("/api/v1/organisations/" + id)
                .then().statusCode(412).body("title", equalTo("Zwischenzeitlich geändert"))
                .body("detail", equalTo("Jemand anderes hat dies inzwischen geändert: Laden Sie neu und wiederholen Sie Ihre Änderung"));
    }
}
