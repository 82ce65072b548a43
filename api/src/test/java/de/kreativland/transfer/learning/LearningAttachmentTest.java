package de.kreativland.transfer.learning;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import de.kreativland.transfer.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import org.apache.http.entity.mime.HttpMultipartMode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LearningAttachmentTest extends LearningTest {
    static final byte[] PDF = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    static final byte[] EXE = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    /**
     * A multipart upload. The contract declares the multipart body, but the request validator's
     * RestAssured adapter does not see multipart parts (it reports the body as missing), so only
     * the response is checked against openapi.yaml here.
     */
    static ValidatableResponse upload(String token, String moduleId, String fileName, byte[] content, String claimedType) {
        return invalidRequest().header("Authorization", TestTokens.bearer(token))
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart(new MultiPartSpecBuilder(content).controlName("file").fileName(fileName).mimeType(claimedType).charset(StandardCharsets.UTF_8).build())
                .when().post(MODULES + "/" + moduleId + "/attachments").then();
    }

    static void assertNoAttachments(String moduleId) {
        api(clara()).when().get(MODULES + "/" + moduleId + "/attachments").then().statusCode(200).body("items", empty());
    }

    @Test
    void authorsAttachAFileThatIsDownloadedWithItsTypeAndName() {
        String id = draftByClara(unique("Mit Anhang"), "Siehe Anhang");
        String location = upload(clara(), id, "Förderplan Übersicht.pdf", PDF, "application/pdf")
                .statusCode(201)
                .header("Location", containsString(MODULES + "/" + id + "/attachments/"))
                .body("fileName", equalTo("Förderplan Übersicht.pdf"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .extract().header("Location");
        byte[] downloaded = api(clara()).when().get(location)
                .then().statusCode(200)
                .header("Content-Type", equalTo("application/pdf"))
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"Foerderplan Uebersicht.pdf\"; filename*=UTF-8''F%C3%B6rderplan%20%C3%9Cbersicht.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        api(clara()).when().get(MODULES + "/" + id).then().statusCode(200).body("attachments", hasSize(1));
        // nobody else reads a draft's files
        api().when().get(location).then().statusCode(404);

        transition(clara(), id, "IN_REVIEW");
        transition(TestTokens.coordinator(), id, "PUBLISHED");
        byte[] publicCopy = api().when().get(location).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(PDF, publicCopy);
    }

    @Test
    void contentThatDoesNotMatchAnAllowedTypeIsRefusedAndNothingStored() {
        String id = draftByClara(unique("Falscher Typ"), "x");
        upload(clara(), id, "bild.pdf", PNG, "application/pdf")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("file"))
                .body("detail", containsString("image/png"));
        upload(clara(), id, "programm.pdf", EXE, "application/pdf").statusCode(415).body("violations[0].field", equalTo("file"));
        upload(clara(), id, "seite.txt", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "text/plain")
                .statusCode(415);
        upload(clara(), id, "bild.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml")
                .statusCode(415).body("detail", containsString(".svg"));
        upload(clara(), id, "archiv.docx", zip("notes.txt", "x"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .statusCode(415);
        upload(clara(), id, "tabelle.odt", odf("application/vnd.oasis.opendocument.spreadsheet"), "application/vnd.oasis.opendocument.text")
                .statusCode(415);
        assertNoAttachments(id);
    }

    @Test
    void officeDocumentsTextAndImagesAreAccepted() {
        String id = draftByClara(unique("Vorlagen"), "x");
        upload(clara(), id, "Vorlage.docx", zip("[Content_Types].xml", "<Types/>"), "application/octet-stream")
                .statusCode(201).body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload(clara(), id, "Kalkulation.ods", odf("application/vnd.oasis.opendocument.spreadsheet"), "application/octet-stream")
                .statusCode(201).body("contentType", equalTo("application/vnd.oasis.opendocument.spreadsheet"));
        upload(clara(), id, "Checkliste.md", "# Checkliste\n\n- [ ] Förderung beantragt\n".getBytes(StandardCharsets.UTF_8), "text/markdown")
                .statusCode(201).body("contentType", equalTo("text/markdown"));
        upload(clara(), id, "Foto.png", PNG, "image/png").statusCode(201).body("contentType", equalTo("image/png"));
        api().when().get(MODULES + "/" + id + "/attachments").then().statusCode(404);
        api(clara()).when().get(MODULES + "/" + id + "/attachments").then().statusCode(200).body("items", hasSize(4));
    }

    @Test
    void filesOverTenMegabytesAreRefusedAndNothingStored() {
        String id = draftByClara(unique("Zu groß"), "x");
        byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(clara(), id, "gross.pdf", big, "application/pdf")
                .statusCode(413)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("file"));
        assertNoAttachments(id);
    }

    @Test
    void onlyAuthorsAndStaffAttachAndDelete() {
        String id = draftByClara(unique("Rechte"), "x");
        upload(otherCoach(), id, "a.pdf", PDF, "application/pdf").statusCode(404);
        upload(TestTokens.advisorSaxony(), id, "a.pdf", PDF, "application/pdf").statusCode(403);
        String attachment = upload(TestTokens.coordinator(), id, "a.pdf", PDF, "application/pdf").statusCode(201).extract().path("id");
        api(otherCoach()).when().delete(MODULES + "/" + id + "/attachments/" + attachment).then().statusCode(404);
        api(clara()).when().delete(MODULES + "/" + id + "/attachments/" + attachment).then().statusCode(204);
        assertNoAttachments(id);
        // a published module's files are changed by staff only
        String published = publishedByClara(unique("Fertig"), "x");
        upload(clara(), published, "a.pdf", PDF, "application/pdf").statusCode(409);
        upload(TestTokens.coordinator(), published, "a.pdf", PDF, "application/pdf").statusCode(201);
    }

    static byte[] zip(String firstEntry, String content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(firstEntry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument container: the uncompressed mimetype entry first, as the ODF specification requires. */
    static byte[] odf(String mimetype) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
