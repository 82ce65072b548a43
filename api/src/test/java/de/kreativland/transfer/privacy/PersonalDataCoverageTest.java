package de.kreativland.transfer.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import de.kreativland.transfer.TestDatabase;
import de.kreativland.transfer.common.PersonalDataHolder;
import de.kreativland.transfer.common.PersonalTable;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A new table, or a new column whose name says it holds a person (…_by, …name…, email, subject, author,
 * actor, juror, participants, phone), fails here until a feature's {@link PersonalDataHolder} declares it.
 */
@QuarkusTest
class PersonalDataCoverageTest extends TestDatabase {
    private static final Pattern PERSONAL = Pattern.compile(
            "(^|_)(by|name|email|e_mail|subject|author|actor|juror|participants?|phone|user|username)(_|$)|name");

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    private Map<String, List<String>> textColumns() {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select t.table_name, c.column_name, c.data_type from information_schema.tables t
                        left join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name
                        where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' and t.table_name <> 'flyway_schema_history'
                        order by 1, 2""")) {
            while (rows.next()) {
                List<String> list = columns.computeIfAbsent(rows.getString(1), t -> new ArrayList<>());
                String type = rows.getString(3);
                if (type != null && (type.equals("text") || type.equals("character varying") || type.equals("jsonb")
                        || type.equals("ARRAY"))) {
                    list.add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return columns;
    }

    private Map<String, PersonalTable> declared() {
        Map<String, PersonalTable> declared = new TreeMap<>();
        for (PersonalDataHolder holder : holders) {
            for (PersonalTable table : holder.personalTables()) {
                PersonalTable before = declared.put(table.name(), table);
                assertEquals(null, before, table.name() + " is declared by two features");
            }
        }
        return declared;
    }

    @Test
    void everyTableIsDeclaredByTheFeatureThatOwnsIt() {
        assertEquals(textColumns().keySet(), declared().keySet());
    }

    @Test
    void everyColumnThatCanNameAPersonIsHandled() {
        Map<String, PersonalTable> declared = declared();
        List<String> unhandled = new ArrayList<>();
        textColumns().forEach((table, columns) -> {
            PersonalTable declaration = declared.get(table);
            for (String column : columns) {
                if (PERSONAL.matcher(column).find() && (declaration == null
                        || !(declaration.personColumns().contains(column) || declaration.textOnly().contains(column)))) {
                    unhandled.add(table + "." + column);
                }
            }
        });
        assertEquals(List.of(), unhandled, "columns that may hold a person's name, e-mail or subject but no PersonalDataHolder handles");
    }
}
