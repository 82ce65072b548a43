package de.kreativland.transfer.concept;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConceptExportTest extends ConceptApiTest {
    private static final String UMLAUTS = "Größere Häuser für Künstlerinnen: Übergänge, Straßenfeste und Öffnungszeiten";

    private String submittedWithUmlauts() {
        Map<String, Object> sections = sections("eins");
        sections.put("buildingLawAndPremises", "## Räume\n\n" + UMLAUTS + ".\n\n- **Brandschutz** prüfen\n- Nutzungsänderung beantragen");
        String id = api(partner()).contentType("application/json")
                .body(Map.of("organisationId", organisation.toString(), "title", "Grüße aus der Künstlerstadt", "sections", sections))
                .when().post(CONCEPTS).then().statusCode(201).extract().path("id");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        return id;
    }

    @Test
    void pdfExportOpensAsPdfAndContainsTitleAndUmlauts() throws IOException {
        String id = submittedWithUmlauts();
        byte[] pdf = api(partner()).header("Accept", "application/pdf").when().get(CONCEPTS + "/{id}/versions/1/export", id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(".pdf")).extract().asByteArray();
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Grüße aus der Künstlerstadt"), text);
            assertTrue(text.contains(UMLAUTS), text);
            assertTrue(text.contains("Baurecht und Räumlichkeiten"), text);
            assertTrue(text.contains("1. Leerstand erfassen"), text);
            assertEquals("Grüße aus der Künstlerstadt", document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void pdfLaysOutTablesAndTaskListsAndIsNamedAfterTheOrganisation() throws IOException {
        Map<String, Object> sections = sections("eins");
        sections.put("financing", "| Ausgaben | Einnahmen |\n|---|---|\n| Honorare | Eintritt |\n| Technik | Förderung |\n\n"
                + "- [x] Angebote eingeholt\n- [ ] Bescheid abwarten");
        String id = api(partner()).contentType("application/json")
                .body(Map.of("organisationId", organisation.toString(), "title", "Tabellen im Konzept", "sections", sections))
                .when().post(CONCEPTS).then().statusCode(201).extract().path("id");
        transition(partner(), id, "IN_REVIEW").statusCode(200);
        byte[] pdf = api(partner()).queryParam("format", "pdf").when().get(CONCEPTS + "/{id}/versions/1/export", id)
                .then().statusCode(200)
                .header("Content-Disposition", allOf(containsString("filename=\"transferkonzept-testhof-"), containsString("-v1.pdf\"")))
                .extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            assertTrue(text.contains("Ausgaben Einnahmen"), text);
            assertTrue(text.contains("Technik Förderung"), text);
            assertTrue(!text.contains("|") && !text.contains("[ ]") && !text.contains("---"), text);
            assertTrue(text.contains("☑ Angebote eingeholt") && text.contains("☐ Bescheid abwarten"), text);
        }
    }

    @Test
    void markdownExportHasTheSectionsAsHeadings() {
        String id = submittedWithUmlauts();
        String markdown = api(coach()).queryParam("format", "markdown").when().get(CONCEPTS + "/{id}/versions/1/export", id)
                .then().statusCode(200).contentType(startsWith("text/markdown")).extract().asString();
        assertTrue(markdown.startsWith("# Grüße aus der Künstlerstadt\n"), markdown);
        for (String heading : new String[] {"## Ausgangssituation", "## Ziele und Zielgruppen", "## Angebot", "## Organisation und Team",
            "## Finanzierung", "## Marketing und Kommunikation", "## Baurecht und Räumlichkeiten", "## Digitale Infrastruktur",
            "## Transferplan", "## Risiken und Erfolgsfaktoren", "## Ressourcen und Kontakte"}) {
            assertTrue(markdown.contains("\n" + heading + "\n"), heading + " missing in\n" + markdown);
        }
        assertTrue(markdown.contains("### 2. Verein gründen"), markdown);
        assertTrue(markdown.contains("Thema: Organisationsentwicklung"), markdown);
        assertTrue(markdown.contains(UMLAUTS), markdown);

        String english = api(coach()).header("Accept", "text/markdown").header("Accept-Language", "en")
                .when().get(CONCEPTS + "/{id}/versions/1/export", id).then().statusCode(200).extract().asString();
        assertTrue(english.contains("\n## Building law and premises\n"), english);
    }

    @Test
    void anonymousUsersExportOnlyThePublishedVersion() {
        String id = publishedWithTwoVersions("Öffentliches Konzept");
        api().queryParam("format", "pdf").when().get(CONCEPTS + "/{id}/versions/2/export", id).then().statusCode(200)
                .contentType("application/pdf");
        api().queryParam("format", "markdown").when().get(CONCEPTS + "/{id}/versions/1/export", id).then().statusCode(404);
        invalidRequest().queryParam("format", "docx").when().get(CONCEPTS + "/{id}/versions/2/export", id).then().statusCode(400);
    }
}
