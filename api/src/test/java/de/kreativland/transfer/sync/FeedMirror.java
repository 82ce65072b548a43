package de.kreativland.transfer.sync;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** What a mirroring client learns by paging a collection's change feed from a cursor. */
public class FeedMirror {
    public final Map<String, Integer> deliveries = new HashMap<>();
    public final Map<String, Map<String, Object>> items = new HashMap<>();
    public final Set<String> removed = new HashSet<>();
    public String cursor;
    private final AgroalDataSource database;
    private final Supplier<RequestSpecification> request;
    private final String key;

    /**
     * @param request a request as the mirroring client (its token)
     * @param key the field that names an item ({@code id}, or {@code key} for topics)
     */
    protected FeedMirror(AgroalDataSource dataSource, Supplier<RequestSpecification> request, String cursor, String key) {
        this.database = dataSource;
        this.request = request;
        this.cursor = cursor;
        this.key = key;
    }

    /** Reads windows of two until the feed has nothing more. */
    protected void read(String path, Map<String, String> filters) {
        Feeds.settle(database);
        while (true) {
            JsonPath window = request.get().queryParams(filters).queryParam("cursor", cursor).queryParam("size", 2)
                    .when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> changed = window.getList("items");
            List<String> gone = window.getList("removed.id");
            for (Map<String, Object> item : changed) {
                String id = String.valueOf(item.get(key));
                deliveries.merge(id, 1, Integer::sum);
                items.put(id, item);
                removed.remove(id);
            }
            for (String id : gone) {
                items.remove(id);
                removed.add(id);
            }
            cursor = window.getString("nextCursor");
            assertNotNull(cursor);
            if (changed.isEmpty() && gone.isEmpty()) {
                return;
            }
        }
    }
}
