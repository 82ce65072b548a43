package de.kreativland.transfer.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.ApiTest;
import de.kreativland.transfer.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The directory's total is not counted for every page, yet it is the number of rows there are: after every change,
 * through the API or straight in the database, committed or rolled back, the next page says the new total.
 */
@QuarkusTest
class DirectoryTotalsTest extends ApiTest {
    @Inject
    AgroalDataSource dataSource;

    private static int total(String state) {
        return api().queryParam("state", state).queryParam("size", 1).when().get("/api/v1/partners")
                .then().statusCode(200).extract().path("totalItems");
    }

    private void sql(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void theTotalFollowsEveryChangeOfTheRows() throws Exception {
        int before = total("MV");
        assertEquals(before, total("MV"), "the same total on the next page");

        UUID written = UUID.randomUUID();
        sql("""
                insert into organisation (id, name, town, state, programme_role, kind, created_by, updated_by)
                values (?, 'Zählprobe Greifswald', 'Greifswald', 'MV', 'TANDEM', 'NETWORK', 'test', 'test')""", written);
        assertEquals(before + 1, total("MV"), "a row written in the database");

        String created = api(TestTokens.coordinator()).contentType("application/json").body(Organisations.input("Zählprobe", "MV", "TANDEM"))
                .when().post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        assertEquals(before + 2, total("MV"), "a row created through the API");

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("update organisation set state = 'SN' where id = ?")) {
                s.setObject(1, written);
                s.executeUpdate();
            }
            assertEquals(before + 2, total("MV"), "a change not yet committed");
            c.rollback();
        }
        assertEquals(before + 2, total("MV"), "a change rolled back");

        sql("update organisation set state = 'SN' where id = ?", written);
        assertEquals(before + 1, total("MV"), "a row moved to another state");
        sql("delete from organisation where id in (?, ?)", written, UUID.fromString(created));
        assertEquals(before, total("MV"), "rows deleted");
    }
}
