package de.kreativland.transfer.sync;

import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reads a collection's change feed from a cursor until an item shows up (as item or tombstone). The feed
 * hands out a change once every older transaction on the database server has ended, so on a busy server
 * it may take a moment.
 */
public final class Feeds {
    private Feeds() {
    }

    /** All windows read from the cursor until {@code id} arrived or 20 s passed, merged into one answer. */
    public static Window readUntil(Supplier<RequestSpecification> request, String path, String cursor, String id) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> removed = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            JsonPath page = request.get().queryParam("cursor", cursor).queryParam("size", 100)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            items.addAll(page.getList("items"));
            removed.addAll(page.getList("removed"));
            cursor = page.getString("nextCursor");
            boolean arrived = items.stream().anyMatch(item -> id.equals(item.get("id")))
                    || removed.stream().anyMatch(item -> id.equals(item.get("id")));
            if (arrived || System.nanoTime() > deadline) {
                return new Window(items, removed, cursor);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Window(items, removed, cursor);
            }
        }
    }

    /** Waits until every change on the server is final, so that a cursor taken now is behind all of them. */
    public static void settle(AgroalDataSource dataSource) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet rs = statement.executeQuery(
                        "select count(*) from sync_change where txid >= pg_snapshot_xmin(pg_current_snapshot())")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("a transaction on the database server stayed open for a minute");
                }
                Thread.sleep(100);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bulk export request (plain RestAssured: the contract filter cannot read NDJSON); anonymous without a token. */
    public static RequestSpecification export(String token, String format) {
        RequestSpecification request = RestAssured.given().accept(format);
        return token == null ? request : request.header("Authorization", TestTokens.bearer(token));
    }

    /** The lines of an NDJSON export. */
    public static List<JsonPath> ndjson(String token, String path, Map<String, String> filters) {
        String body = export(token, "application/x-ndjson").queryParams(filters).when().get(path)
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("application/x-ndjson")).extract().asString();
        return body.lines().map(JsonPath::from).toList();
    }

    public record Window(List<Map<String, Object>> items, List<Map<String, Object>> removed, String nextCursor) {
        public List<Object> itemIds() {
            return items.stream().map(item -> item.get("id")).toList();
        }

        public List<Object> removedIds() {
            return removed.stream().map(item -> item.get("id")).toList();
        }
    }
}
