package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Modules are written in GitHub-flavoured Markdown: the page gets tables and task lists, search snippets no marks. */
@QuarkusTest
class LearningMarkdownTest extends LearningTest {
    static final String FINANZPLAN = "8e1a0f3c-4d05-4b7e-9c50-000000000002";

    @Test
    void theDemoFinancePlanShowsItsTableAsATable() {
        api().when().get(MODULES + "/" + FINANZPLAN).then().statusCode(200)
                .body("bodyHtml", allOf(containsString("<table>"), containsString("<th>Ausgaben</th>"),
                        containsString("<td>Honorare</td>"), not(containsString("| Ausgaben |"))));
    }

    @Test
    void taskListsStrikethroughAndBareLinksRenderAndScriptsStillDoNot() {
        String id = draftByClara(unique("GFM-Probe"), """
                - [x] Angebote eingeholt
                - [ ] Bescheid abwarten

                ~~Alte Frist~~ neue Frist, siehe https://www.foerderdatenbank.de

                <script>alert(1)</script>
                """);
        api(clara()).when().get(MODULES + "/" + id).then().statusCode(200)
                .body("bodyHtml", allOf(containsString("type=\"checkbox\""), containsString("checked"),
                        containsString("<del>Alte Frist</del>"),
                        containsString("href=\"https://www.foerderdatenbank.de\""),
                        not(containsString("<script")), not(containsString("[ ]"))));
    }

    @Test
    void aSnippetForAWordInAHeadingShowsNoMarkdownMarks() {
        api().queryParam("q", "Aufbau Finanzplan").when().get(MODULES).then().statusCode(200)
                .body("items.find { it.id == '" + FINANZPLAN + "' }.snippet", allOf(containsString("<mark>Aufbau</mark>"),
                        not(containsString("#")), not(containsString("|")), not(containsString("**"))))
                .body("items.snippet", everyItem(allOf(not(containsString("##")), not(containsString("**")))));
    }
}
