package de.kreativland.transfer.partner;

import static de.kreativland.transfer.partner.DirectoryQuery.decimal;
import static de.kreativland.transfer.partner.DirectoryQuery.enumValue;
import static de.kreativland.transfer.partner.DirectoryQuery.integer;
import static de.kreativland.transfer.partner.DirectoryQuery.strings;
import static de.kreativland.transfer.partner.DirectoryQuery.uuid;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** Maps rows of {@link DirectoryQuery#COLUMNS} and entities to the DTOs. */
final class OrganisationRows {
    private OrganisationRows() {
    }

    static OrganisationDetail detail(ResultSet rs) throws SQLException {
        return new OrganisationDetail(uuid(rs, "id"), rs.getString("name"), rs.getString("legal_form"),
                enumValue(rs, "kind", OrganisationKind.class), submarkets(strings(rs, "submarkets")),
                enumValue(rs, "settlement_type", SettlementType.class), rs.getString("street"), rs.getString("postal_code"),
                rs.getString("town"), rs.getString("municipality"), rs.getString("district"),
                enumValue(rs, "state", GermanState.class), decimal(rs, "latitude"), decimal(rs, "longitude"),
                integer(rs, "founding_year"), integer(rs, "team_size"), rs.getString("website"), rs.getString("summary"),
                rs.getString("description"), strings(rs, "requested_topics"),
                enumValue(rs, "programme_role", ProgrammeRole.class), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }

    static PartnerSummary summary(OrganisationDetail o) {
        return new PartnerSummary(o.id(), o.name(), o.town(), o.state(), o.kind(), o.submarkets(), o.settlementType(),
                o.programmeRole(), o.foundingYear(), o.website(), o.summary(), o.latitude(), o.longitude());
    }

    static OrganisationDetail detail(Organisation o) {
        return new OrganisationDetail(o.id, o.name, o.legalForm, o.kind, submarkets(Arrays.asList(o.submarkets)),
                o.settlementType, o.street, o.postalCode, o.town, o.municipality, o.district, o.state, o.latitude, o.longitude,
                o.foundingYear, o.teamSize, o.website, o.summary, o.description, List.of(o.requestedTopics), o.programmeRole,
                o.version, o.createdAt, o.updatedAt);
    }

    static PartnerProfile profile(Organisation o) {
        return new PartnerProfile(o.id, o.name, o.legalForm, o.kind, submarkets(Arrays.asList(o.submarkets)),
                o.settlementType, o.street, o.postalCode, o.town, o.municipality, o.district, o.state, o.latitude, o.longitude,
                o.foundingYear, o.teamSize, o.website, o.summary, o.description, o.programmeRole);
    }

    private static List<Submarket> submarkets(List<String> values) {
        return values.stream().map(Submarket::valueOf).toList();
    }
}
