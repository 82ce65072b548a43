package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningContentSanitisingTest extends LearningTest {
    static final String HOSTILE = """
            # Gefährlich

            <script>alert('body')</script>

            [Klick mich](javascript:alert('link'))

            <a href="javascript:alert('raw')">roher Link</a>

            <img src="x" onerror="alert('img')">

            <iframe src="https://evil.example"></iframe>

            [Sicherer Link](https://www.kreativland.example/hilfe) und **fett**.
            """;

    /**
     * HTML in which no tag is a script, iframe, object or embed, and no tag carries an event handler
     * or a javascript: URL; raw HTML in the Markdown only survives as escaped text.
     */
    static final String NO_EXECUTABLE_TAG = "(?s)(?:[^<]++|<(?!/?(?:script|iframe|object|embed)\\b)(?![^>]*\\son[a-z]+\\s*=)(?![^>]*javascript:)[^>]*+>)*+";

    @Test
    void scriptsAndJavascriptLinksAreStoredButNeverDeliveredExecutable() {
        String id = publishedByClara(unique("Feindlich"), HOSTILE);
        for (String token : List.of(clara(), TestTokens.partnerKalbe())) {
            api(token).when().get(MODULES + "/" + id)
                    .then().statusCode(200)
                    .body("bodyMarkdown", equalTo(HOSTILE))
                    .body("bodyHtml", not(containsString("<script")))
                    .body("bodyHtml", not(containsString("<iframe")))
                    .body("bodyHtml", not(containsString("<img")))
                    .body("bodyHtml", matchesPattern(NO_EXECUTABLE_TAG))
                    .body("bodyHtml", containsString("&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;"))
                    .body("bodyHtml", containsString("<a href=\"\" rel=\"nofollow\">Klick mich</a>"))
                    .body("bodyHtml", containsString("<h1>Gefährlich</h1>"))
                    .body("bodyHtml", containsString("<a href=\"https://www.kreativland.example/hilfe\" rel=\"nofollow\">Sicherer Link</a>"))
                    .body("bodyHtml", containsString("<strong>fett</strong>"));
        }
        api().when().get(MODULES + "/" + id).then().statusCode(200).body("bodyHtml", matchesPattern(NO_EXECUTABLE_TAG));
    }

    @Test
    void markdownThatWouldRenderToMoreThanAMillionCharactersOfHtmlIsRefusedNamingTheField() {
        // 90,000 characters of Markdown: one long link defined once and referenced 25,000 times.
        String bomb = "[a]: https://www.kreativland.example/" + "x".repeat(200) + "\n\n" + "[a]".repeat(25_000);
        invalidRequest().header("Authorization", TestTokens.bearer(clara())).contentType("application/json")
                .body(moduleInput(unique("Bombe"), bomb)).when().post(MODULES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("bodyMarkdown"))
                .body("violations[0].message", containsString("1000000"));
        json(clara()).body(moduleInput(unique("Lang, aber harmlos"), "Ein Absatz mit [einem Link](https://www.kreativland.example/). ".repeat(1000)))
                .when().post(MODULES).then().statusCode(201);
    }

    @Test
    void learningPathIntroductionsAreSanitisedToo() {
        Map<String, Object> path = Map.of("title", unique("Pfad"), "introduction", "Hallo <script>alert(1)</script> [x](javascript:alert(2))",
                "visibility", "PUBLIC", "status", "PUBLISHED", "moduleIds", List.of());
        String id = json(TestTokens.coordinator()).body(path).when().post(PATHS).then().statusCode(201).extract().path("id");
        api().when().get(PATHS + "/" + id).then().statusCode(200)
                .body("introductionHtml", matchesPattern(NO_EXECUTABLE_TAG))
                .body("introductionHtml", containsString("&lt;script&gt;"));
    }
}
