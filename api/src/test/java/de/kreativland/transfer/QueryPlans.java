package de.kreativland.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.common.SqlFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plans of the statements a list issues, on a database grown to a realistic size inside a transaction the
 * test rolls back: {@link #generateOrganisations} adds organisations (the change-feed triggers add their
 * sync_change rows), {@link #analyze} refreshes the statistics the planner reads, {@link #seqScans} names
 * every sequential scan of the given tables in the plan of a statement.
 */
public final class QueryPlans {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryPlans() {
    }

    /**
     * {@code count} organisations: states weighted by population, every kind, programme role (or none), settlement
     * type and some submarkets; names that sort all over the alphabet.
     */
    public static void generateOrganisations(Connection connection, int count) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                with w(state, weight) as (values ('NW',181),('BY',134),('BW',113),('NI',81),('HE',64),('SN',41),('RP',41),
                    ('BE',38),('SH',30),('BB',26),('ST',22),('TH',21),('HH',19),('MV',16),('SL',10),('HB',7)),
                c as (select state, sum(weight) over (order by state) as upto, sum(weight) over () as total from w),
                n as (select g, random() as r from generate_series(1, ?) g)
                insert into organisation (id, name, town, state, programme_role, kind, submarkets, settlement_type, founding_year,
                                          summary, created_by, updated_by)
                select gen_random_uuid(), 'Plan ' || md5(g::text), 'Planstadt ' || (g % 500),
                       (select state from c where c.upto >= n.r * c.total order by upto limit 1),
                       (array['TANDEM','BEST_PRACTICE','CANDIDATE',null])[1 + g % 4],
                       (array['CREATIVE_BUSINESS','ASSOCIATION','SOCIOCULTURAL_CENTRE','YOUTH_EDUCATION','NETWORK','MUNICIPALITY','OTHER'])[1 + g % 7],
                       array[(array['MUSIC','DESIGN','FILM','PRESS','ADVERTISING','SOFTWARE_GAMES'])[1 + g % 6]],
                       (array['LARGE_CITY','MEDIUM_TOWN','LARGER_SMALL_TOWN','SMALL_SMALL_TOWN','RURAL_MUNICIPALITY'])[1 + g % 5],
                       case when g % 10 = 0 then null else 1950 + g % 70 end,
                       'Kreative Initiative ' || g, 'plan-test', 'plan-test'
                from n""")) {
            statement.setInt(1, count);
            statement.executeUpdate();
        }
    }

    /**
     * ANALYZE of these tables (inside the transaction: the planner then counts its uncommitted rows too), after moving
     * the entries of their GIN indexes out of the pending list, as autovacuum would have done with that many rows.
     */
    public static void analyze(Connection connection, String... tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("select gin_clean_pending_list(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid"
                        + " join pg_am a on a.oid = c.relam where a.amname = 'gin' and i.indrelid = '" + table + "'::regclass");
                statement.execute("analyze " + table);
            }
        }
    }

    /** The plan of the statement with its values bound, as EXPLAIN (FORMAT JSON) gives it. */
    public static JsonNode plan(Connection connection, SqlFilter.Statement statement) throws SQLException {
        try (PreparedStatement explain = statement.prepareExplain(connection); ResultSet rs = explain.executeQuery()) {
            rs.next();
            return JSON.readTree(rs.getString(1)).get(0).get("Plan");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables among {@code tables} that the plan of the statement reads with a sequential scan. */
    public static List<String> seqScans(Connection connection, SqlFilter.Statement statement, Set<String> tables) throws SQLException {
        List<String> found = new ArrayList<>();
        collect(plan(connection, statement), tables, found);
        return found;
    }

    /** Every index condition in the plan of the statement ("Index Cond" of its index and bitmap index scans). */
    public static List<String> indexConditions(Connection connection, SqlFilter.Statement statement) throws SQLException {
        List<String> found = new ArrayList<>();
        indexConditions(plan(connection, statement), found);
        return found;
    }

    private static void indexConditions(JsonNode node, List<String> found) {
        if (node.has("Index Cond")) {
            found.add(node.get("Index Cond").asText());
        }
        for (JsonNode child : node.path("Plans")) {
            indexConditions(child, found);
        }
    }

    private static void collect(JsonNode node, Set<String> tables, List<String> found) {
        if ("Seq Scan".equals(node.path("Node Type").asText()) && tables.contains(node.path("Relation Name").asText())) {
            found.add(node.path("Relation Name").asText());
        }
        for (JsonNode child : node.path("Plans")) {
            collect(child, tables, found);
        }
    }
}
