package de.kreativland.transfer.portrait;

import de.kreativland.transfer.account.CurrentUser;
import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Markdown;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.Roles;
import de.kreativland.transfer.common.Versioned;
import de.kreativland.transfer.partner.Organisation;
import de.kreativland.transfer.partner.Submarket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creative portraits: anyone reads published ones; coordinators and admins draft, edit and publish; coaches
 * draft and edit their own drafts when the programme allows it ({@code kl.portraits.coaches-may-draft}).
 */
@ApplicationScoped
public class PortraitService {
    static final int MAX_FEED_ENTRIES = 50;
    private static final String MARK_START = "\u0002";
    private static final String MARK_END = "\u0003";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "kl.portraits.coaches-may-draft", defaultValue = "false")
    boolean coachesMayDraft;

    public record Filter(String q, GermanState state, Submarket submarket, String tag, UUID organisationId, PortraitStatus status) {
    }

    boolean isEditor() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.COORDINATOR);
    }

    boolean isCoachAuthor() {
        return coachesMayDraft && user.hasRole(Roles.COACH);
    }

    /** The portraits the caller may read, newest first (or by relevance with a search term). */
    @SuppressWarnings("unchecked")
    public Page<PortraitSummary> list(Filter filter, PageParams paging) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (isEditor()) {
            // every portrait
        } else if (isCoachAuthor()) {
            where.append(" and (p.status = 'PUBLISHED' or p.created_by = :me)");
            params.put("me", user.actor());
        } else {
            where.append(" and p.status = 'PUBLISHED'");
        }
        boolean searching = filter.q() != null && !filter.q().isBlank();
        if (searching) {
            where.append(" and p.search @@ websearch_to_tsquery('german', :q)");
            params.put("q", filter.q().strip());
        }
        if (filter.state() != null) {
            where.append(" and p.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.submarket() != null) {
            where.append(" and p.submarkets @> array[cast(:submarket as text)]");
            params.put("submarket", filter.submarket().name());
        }
        if (filter.tag() != null) {
            where.append(" and p.tags @> array[cast(:tag as text)]");
            params.put("tag", normaliseTag(filter.tag()));
        }
        if (filter.organisationId() != null) {
            where.append(" and p.organisation_id = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", filter.status().name());
        }
        String snippet = searching
                ? "ts_headline('german', p.teaser || ' ' || coalesce(p.interview_markdown, '') || ' ' || coalesce(p.transcript, ''),"
                        + " websearch_to_tsquery('german', :q), 'StartSel=" + MARK_START + ", StopSel=" + MARK_END
                        + ", MaxFragments=1, MaxWords=30, MinWords=12')"
                : "cast(null as text)";
        String order = searching ? " order by ts_rank(p.search, websearch_to_tsquery('german', :q)) desc, p.id"
                : " order by p.published_at desc nulls first, p.updated_at desc, p.id";
        Query page = em.createNativeQuery("select p.id, p.title, p.teaser, p.town, p.state, cast(p.submarkets as text[]), cast(p.tags as text[]),"
                + " p.organisation_id, p.video_url is not null, cast(p.photos -> 0 as text), p.status, p.published_at, " + snippet
                + " from portrait p" + where + order + " limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*) from portrait p" + where);
        params.forEach((k, v) -> {
            page.setParameter(k, v);
            count.setParameter(k, v);
        });
        page.setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        List<PortraitSummary> items = new ArrayList<>();
        for (Object[] row : (List<Object[]>) page.getResultList()) {
            items.add(new PortraitSummary((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], GermanState.valueOf((String) row[4]),
                    submarkets((String[]) row[5]), List.of((String[]) row[6]), (UUID) row[7], (Boolean) row[8], photo((String) row[9]),
                    PortraitStatus.valueOf((String) row[10]), offset(row[11]), snippet((String) row[12])));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, paging.page(), paging.size(), total, paging.totalPages(total));
    }

    /** The newest published portraits, for the feed. */
    public List<Portrait> newestPublished() {
        return em.createQuery("select p from Portrait p where p.status = :published order by p.publishedAt desc, p.id", Portrait.class)
                .setParameter("published", PortraitStatus.PUBLISHED).setMaxResults(MAX_FEED_ENTRIES).getResultList();
    }

    public Versioned<PortraitDetail> get(UUID id) {
        Portrait portrait = readable(id);
        return new Versioned<>(detail(portrait), portrait.version);
    }

    @Transactional
    public Versioned<PortraitDetail> create(PortraitInput input) {
        if (!isEditor() && !isCoachAuthor()) {
            throw Problems.forbidden("portrait.draft-forbidden");
        }
        Portrait portrait = new Portrait();
        portrait.id = UUID.randomUUID();
        apply(input, portrait);
        em.persist(portrait);
        em.flush();
        audit.record("portrait", portrait.id, "create", Map.of("title", portrait.title));
        return new Versioned<>(detail(portrait), portrait.version);
    }

    @Transactional
    public Versioned<PortraitDetail> update(UUID id, String ifMatch, PortraitInput input) {
        Portrait portrait = readable(id);
        if (!mayEdit(portrait)) {
            throw Problems.forbidden("portrait.edit-forbidden");
        }
        ETags.requireMatch(ifMatch, portrait.version);
        PortraitDetail before = detail(portrait);
        apply(input, portrait);
        em.flush();
        PortraitDetail after = detail(portrait);
        audit.recordUpdate("portrait", portrait.id, "update", before, after);
        return new Versioned<>(after, portrait.version);
    }

    @Transactional
    public Versioned<PortraitDetail> transition(UUID id, String ifMatch, PortraitTransitionInput input) {
        if (!isEditor()) {
            throw Problems.forbidden("portrait.publish-forbidden");
        }
        Portrait portrait = readable(id);
        ETags.requireMatch(ifMatch, portrait.version);
        if (portrait.status == input.to()) {
            throw Problems.illegalTransition(portrait.status.name(), input.to().name(),
                    List.of(portrait.status == PortraitStatus.DRAFT ? "PUBLISHED" : "DRAFT"));
        }
        portrait.status = input.to();
        portrait.publishedAt = input.to() == PortraitStatus.PUBLISHED ? OffsetDateTime.now() : null;
        portrait.touch();
        em.flush();
        audit.record("portrait", portrait.id, input.to() == PortraitStatus.PUBLISHED ? "publish" : "unpublish", Map.of("title", portrait.title));
        return new Versioned<>(detail(portrait), portrait.version);
    }

    private boolean mayEdit(Portrait portrait) {
        return isEditor() || (isCoachAuthor() && portrait.status == PortraitStatus.DRAFT && user.actor().equals(portrait.createdBy));
    }

    /** The portrait, or 404 when it does not exist or the caller may not read it (a draft stays unknown to the public). */
    private Portrait readable(UUID id) {
        Portrait portrait = em.find(Portrait.class, id);
        if (portrait == null || (portrait.status != PortraitStatus.PUBLISHED && !isEditor()
                && !(isCoachAuthor() && user.actor().equals(portrait.createdBy)))) {
            throw Problems.notFound("thing.portrait", id);
        }
        return portrait;
    }

    private void apply(PortraitInput input, Portrait portrait) {
        String interview = blankToNull(input.interviewMarkdown());
        String video = blankToNull(input.videoUrl());
        String transcript = blankToNull(input.transcript());
        if (interview == null && video == null) {
            throw Problems.invalidField("interviewMarkdown", "portrait.interview-or-video");
        }
        if (video != null && transcript == null) {
            throw Problems.invalidField("transcript", "portrait.transcript-required");
        }
        if (input.organisationId() != null && em.find(Organisation.class, input.organisationId()) == null) {
            throw Problems.invalidField("organisationId", "partner.no-such-organisation");
        }
        portrait.title = input.title().strip();
        portrait.teaser = input.teaser().strip();
        portrait.interviewMarkdown = interview;
        portrait.videoUrl = video;
        portrait.transcript = transcript;
        portrait.photosJson = writePhotos(input.photos() == null ? List.of() : input.photos().stream()
                .map(p -> new PortraitPhoto(p.url().strip(), p.alt().strip(), p.credit().strip())).toList());
        portrait.town = input.town().strip();
        portrait.state = input.state().name();
        portrait.submarkets = input.submarkets() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.submarkets().stream().map(Enum::name).toList()));
        portrait.organisationId = input.organisationId();
        portrait.tags = input.tags() == null ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.tags().stream().map(PortraitService::normaliseTag).toList()));
    }

    PortraitDetail detail(Portrait p) {
        String organisationName = p.organisationId == null ? null : em.find(Organisation.class, p.organisationId).name;
        String html = p.interviewMarkdown == null ? null : Markdown.HTML.render(Markdown.parse(p.interviewMarkdown));
        return new PortraitDetail(p.id, p.title, p.teaser, p.interviewMarkdown, html, p.videoUrl, p.transcript, readPhotos(p.photosJson), p.town,
                GermanState.valueOf(p.state), submarkets(p.submarkets.toArray(String[]::new)), p.organisationId, organisationName,
                List.copyOf(p.tags), p.status, p.publishedAt, p.updatedAt, p.version);
    }

    /** Tags are stored lower case with their #, so "Flächenglühen" and "#flächenglühen" are one tag. */
    static String normaliseTag(String tag) {
        String t = tag.strip().toLowerCase(Locale.GERMAN);
        return t.startsWith("#") ? t : "#" + t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<Submarket> submarkets(String[] values) {
        return values == null ? List.of() : java.util.Arrays.stream(values).map(Submarket::valueOf).toList();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper PHOTOS = new com.fasterxml.jackson.databind.ObjectMapper();

    private static PortraitPhoto photo(String json) {
        if (json == null) {
            return null;
        }
        try {
            return PHOTOS.readValue(json, PortraitPhoto.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("portrait photo is not JSON", e);
        }
    }

    static List<PortraitPhoto> readPhotos(String json) {
        try {
            return List.of(PHOTOS.readValue(json, PortraitPhoto[].class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("portrait photos are not JSON", e);
        }
    }

    private static String writePhotos(List<PortraitPhoto> photos) {
        try {
            return PHOTOS.writeValueAsString(photos);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime offset(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** A ts_headline passage as HTML: everything escaped, only the match marks become mark elements. */
    static String snippet(String headline) {
        if (headline == null) {
            return null;
        }
        String text = Markdown.plainText(headline);
        if (text.length() > 1500) {
            text = text.substring(0, 1500) + "…";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        return escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}
