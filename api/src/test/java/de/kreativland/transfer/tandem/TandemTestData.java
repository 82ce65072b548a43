package de.kreativland.transfer.tandem;

import de.kreativland.transfer.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Organisations, concepts, memberships and coach assignments the tandem tests need, written straight to the test
 * database; {@link #removeCreated()} removes the organisations with their concepts and tandems (cascade).
 */
@ApplicationScoped
public class TandemTestData extends TestDatabase {
    static final String PLAN = """
            [{"title": "Leerstand erfassen", "description": "Häuser sammeln", "typicalDuration": "3 Monate", "topic": "BUILDING_LAW"},
             {"title": "Verein gründen", "description": "Satzung und Vorstand", "typicalDuration": "2 Monate", "topic": "ORGANISATION_DEVELOPMENT"},
             {"title": "Förderung beantragen", "typicalDuration": "4 Monate", "topic": "FINANCING"},
             {"title": "Offene Ateliers", "typicalDuration": "nach Absprache", "topic": "MARKETING"}]""";

    /** A new organisation with a full matching profile; programmeRole and the arrays may be null. */
    public UUID organisation(String name, String programmeRole, String submarkets, String settlementType, Double latitude,
            Double longitude, Integer teamSize, String requestedTopics) {
        UUID id = UUID.randomUUID();
        update("""
                insert into organisation (id, name, town, state, kind, programme_role, submarkets, settlement_type, latitude, longitude,
                                          team_size, requested_topics)
                values (?, ?, 'Prüfstadt', 'TH', 'ASSOCIATION', ?, coalesce(?::text[], '{}'), ?, ?, ?, ?, coalesce(?::text[], '{}'))""",
                id, unique(name, id), programmeRole, submarkets, settlementType, latitude, longitude, teamSize,
                requestedTopics);
        return created(id);
    }

    public UUID organisation(String name, String programmeRole) {
        return organisation(name, programmeRole, null, null, null, null, null, null);
    }

    /** A concept of the organisation in the given status with the four-step {@link #PLAN} and a financing section. */
    public UUID concept(UUID organisationId, String status) {
        UUID id = UUID.randomUUID();
        update("""
                insert into transfer_concept (id, organisation_id, title, status, financing, transfer_plan, created_by, updated_by)
                values (?, ?, ?, ?, 'Fördermittel und Beiträge', ?::jsonb, 'test', 'test')""",
                id, organisationId, "Testkonzept " + id.toString().substring(0, 8), status, PLAN);
        return id;
    }
}
