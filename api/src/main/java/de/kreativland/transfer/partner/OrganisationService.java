package de.kreativland.transfer.partner;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.sync.Audience;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.ProgrammeRole;
import de.kreativland.transfer.common.Totals;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OrganisationService {
    /** What the public directory shows: partners, not candidates under assessment. */
    static final Set<ProgrammeRole> PUBLIC_ROLES = EnumSet.of(ProgrammeRole.BEST_PRACTICE, ProgrammeRole.TANDEM);
    static final int MAP_LIMIT = 2000;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    OrganisationAccess access;

    @Inject
    AuditLog audit;

    public Page<PartnerSummary> publicPage(DirectoryFilter filter, PageParams paging) {
        Rows page = query(publicQuery(filter, access.stateLimit()), paging);
        return new Page<>(page.items.stream().map(OrganisationRows::summary).toList(), paging.page(), paging.size(),
                page.total.value(), paging.totalPages(page.total.value())).withNextAfter(page.nextAfter)
                .withTotalEstimated(page.total.estimated());
    }

    /** The query of the public directory with these filters, for a caller whose token names no states. */
    DirectoryQuery publicQuery(DirectoryFilter filter) {
        return publicQuery(filter, List.of());
    }

    /** The query of the public directory with these filters, within the states a caller's token limits it to (empty: all). */
    DirectoryQuery publicQuery(DirectoryFilter filter, Collection<GermanState> stateLimit) {
        return new DirectoryQuery(filter, PUBLIC_ROLES, stateLimit);
    }

    /** The public partners among these ids that match the filter. */
    /** Who reads the public directory's feed: published partners, within the caller's states. */
    public Audience publicAudience() {
        return new Audience(java.util.Set.of(Audience.PUBLIC), access.stateLimit());
    }

    /** Who reads the internal organisation feed: every organisation of the caller's states. */
    public Audience internalAudience() {
        return Audience.everything(access.stateLimit());
    }

    public List<PartnerSummary> publicByIds(DirectoryFilter filter, Collection<String> ids) {
        List<PartnerSummary> items = new ArrayList<>();
        rows(new DirectoryQuery(filter, PUBLIC_ROLES, access.stateLimit()).onlyIds(ids), null, null, o -> items.add(OrganisationRows.summary(o)));
        return items;
    }

    /** The organisations among these ids that the caller may list and that match the filter. */
    public List<OrganisationDetail> internalByIds(DirectoryFilter filter, Collection<String> ids) {
        List<OrganisationDetail> items = new ArrayList<>();
        rows(new DirectoryQuery(filter, null, access.stateLimit()).onlyIds(ids), null, null, items::add);
        return items;
    }

    public PartnerProfile publicProfile(UUID id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !PUBLIC_ROLES.contains(organisation.programmeRole) || !access.withinLimit(organisation.state)) {
            throw Problems.notFound("thing.partner", id);
        }
        return OrganisationRows.profile(organisation);
    }

    public PartnerMap publicMap(DirectoryFilter filter) {
        List<PartnerMap.Feature> features = new ArrayList<>();
        DirectoryQuery query = new DirectoryQuery(filter, PUBLIC_ROLES, access.stateLimit());
        rows(query, MAP_LIMIT, 0, o -> {
            if (o.latitude() != null && o.longitude() != null) {
                features.add(new PartnerMap.Feature("Feature", o.id(),
                        new PartnerMap.Point("Point", List.of(o.longitude(), o.latitude())),
                        new PartnerMap.Properties(o.name(), o.town(), o.state(), o.programmeRole())));
            }
        });
        return new PartnerMap(features);
    }

    /** Staff and advisors: every non-personal field, advisors only within their states. */
    public Page<OrganisationDetail> internalPage(DirectoryFilter filter, PageParams paging) {
        Rows page = query(new DirectoryQuery(filter, null, access.stateLimit()), paging);
        return new Page<>(page.items, paging.page(), paging.size(), page.total.value(), paging.totalPages(page.total.value()))
                .withNextAfter(page.nextAfter).withTotalEstimated(page.total.estimated());
    }

    public OrganisationDetail get(UUID id) {
        Organisation organisation = visible(id);
        return OrganisationRows.detail(organisation);
    }

    /** The organisation if the caller may read its internal profile; 404 otherwise, so ids reveal nothing. */
    Organisation visible(UUID id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !access.canReadInternal(organisation)) {
            throw Problems.notFound("thing.organisation", id);
        }
        return organisation;
    }

    @Transactional
    public OrganisationDetail create(OrganisationInput input) {
        if (!user.isStaff()) {
            throw Problems.forbidden("partner.staff-create-organisations");
        }
        checkTopics(input.requestedTopics());
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        apply(organisation, input);
        organisation.programmeRole = input.programmeRole();
        em.persist(organisation);
        em.flush();
        audit.record("organisation", organisation.id, "created", Map.of("name", organisation.name));
        return OrganisationRows.detail(organisation);
    }

    @Transactional
    public OrganisationDetail update(UUID id, String ifMatch, OrganisationInput input) {
        Organisation organisation = visible(id);
        if (!access.canEdit(organisation)) {
            throw Problems.forbidden("partner.organisation-not-yours");
        }
        ETags.requireMatch(ifMatch, organisation.version);
        if (!user.isStaff() && !Objects.equals(input.programmeRole(), organisation.programmeRole)) {
            throw Problems.forbiddenField("programmeRole", "partner.staff-change-programme-role");
        }
        checkTopics(input.requestedTopics());
        OrganisationDetail before = OrganisationRows.detail(organisation);
        apply(organisation, input);
        organisation.programmeRole = input.programmeRole();
        em.flush();
        OrganisationDetail after = OrganisationRows.detail(organisation);
        audit.recordUpdate("organisation", id, "updated", before, after);
        return after;
    }

    private void apply(Organisation o, OrganisationInput input) {
        o.name = input.name().strip();
        o.legalForm = blankToNull(input.legalForm());
        o.kind = input.kind();
        o.submarkets = input.submarkets().stream().distinct().map(Enum::name).toArray(String[]::new);
        o.settlementType = input.settlementType();
        o.street = blankToNull(input.street());
        o.postalCode = blankToNull(input.postalCode());
        o.town = input.town().strip();
        o.municipality = blankToNull(input.municipality());
        o.district = blankToNull(input.district());
        o.state = input.state();
        o.latitude = input.latitude();
        o.longitude = input.longitude();
        o.foundingYear = input.foundingYear();
        o.teamSize = input.teamSize();
        o.website = blankToNull(input.website());
        o.summary = blankToNull(input.summary());
        o.description = blankToNull(input.description());
        o.requestedTopics = input.requestedTopics() == null ? new String[0]
                : input.requestedTopics().stream().distinct().toArray(String[]::new);
    }

    private void checkTopics(List<String> topics) {
        if (topics == null || topics.isEmpty()) {
            return;
        }
        List<String> known = em.createNativeQuery("select key from expertise_topic", String.class).getResultList();
        for (String topic : topics) {
            if (!known.contains(topic)) {
                throw Problems.invalidField("requestedTopics", "common.not-one-of", topic, String.join(", ", known));
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Directory totals are counted again only after organisations changed. */
    private static final Totals.Remembered TOTALS = new Totals.Remembered("organisations");

    private record Rows(List<OrganisationDetail> items, Totals.Total total, String nextAfter) {
    }

    /**
     * A page, by number or after a keyset cursor, and the total; one row more than the page is read to know whether
     * another page follows (its cursor is the last item's).
     */
    private Rows query(DirectoryQuery query, PageParams paging) {
        List<OrganisationDetail> items = new ArrayList<>();
        int offset = 0;
        if (paging.after() != null) {
            query.after(paging.after());
        } else {
            offset = paging.offset();
        }
        rows(query, paging.size() + 1, offset, items::add);
        String nextAfter = null;
        if (items.size() > paging.size()) {
            items.remove(items.size() - 1);
            nextAfter = query.cursorAfter(items.get(items.size() - 1));
        }
        Totals.Total total;
        try (Connection connection = dataSource.getConnection()) {
            total = TOTALS.count(connection, query.rowsForTotal());
        } catch (SQLException e) {
            throw new IllegalStateException("organisation count failed", e);
        }
        return new Rows(items, total, nextAfter);
    }

    private interface RowConsumer {
        void accept(OrganisationDetail row);
    }

    /** Streams the rows to the consumer with a bounded fetch size, so memory stays constant. */
    private void rows(DirectoryQuery query, Integer limit, Integer offset, RowConsumer consumer) {
        try (Connection connection = dataSource.getConnection()) {
            // a fetch size only streams inside a transaction; open one unless the caller's is running
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = query.prepareSelect(connection, limit, offset)) {
                statement.setFetchSize(500);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(OrganisationRows.detail(rs));
                    }
                }
            } finally {
                if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("organisation query failed", e);
        }
    }
}
