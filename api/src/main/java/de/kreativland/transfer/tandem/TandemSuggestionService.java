package de.kreativland.transfer.tandem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.concept.ConceptStatus;
import de.kreativland.transfer.concept.TransferConcept;
import de.kreativland.transfer.concept.TransferStep;
import de.kreativland.transfer.partner.SettlementType;
import de.kreativland.transfer.partner.Submarket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Ranks candidate tandem organisations for a concept (see {@link TandemMatcher} for the score). Candidates are
 * organisations without a programme role or with role CANDIDATE or TANDEM, other than the concept's organisation
 * and not already in an open or completed tandem with the concept (a finished pair is not suggested again); a SQL prefilter hands at most
 * {@link TandemMatcher#MAX_CANDIDATES} of them, those sharing most submarkets and nearest first, to the matcher.
 * Three statements whatever the number of candidates.
 */
@ApplicationScoped
public class TandemSuggestionService {
    private static final TypeReference<List<TransferStep>> STEPS = new TypeReference<>() {
    };
    private static final String PROFILE_COLUMNS = """
            o.id, o.name, o.town, o.state, array_to_string(o.submarkets, ','), o.settlement_type, o.latitude, o.longitude,
            o.team_size, array_to_string(o.requested_topics, ',')""";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** One page of the ranking; staff only (checked by the resource's roles). */
    public TandemSuggestions suggestions(UUID conceptId, PageParams paging) {
        List<TandemMatcher.Match> ranking = ranking(requireMatchable(conceptId, null));
        List<TandemSuggestion> items = java.util.stream.IntStream.range(Math.min(paging.offset(), ranking.size()),
                Math.min(paging.offset() + paging.size(), ranking.size())).mapToObj(i -> suggestion(i + 1, ranking.get(i))).toList();
        return new TandemSuggestions(conceptId, items, paging.page(), paging.size(), ranking.size(), paging.totalPages(ranking.size()));
    }

    /** The whole ranking (bounded), best first, for a concept that may have tandems. */
    List<TandemMatcher.Match> ranking(TransferConcept concept) {
        TandemMatcher matcher = new TandemMatcher(owner(concept.organisationId), planTopics(concept), sectionTopics(concept), topicNames());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + PROFILE_COLUMNS + """

                from organisation o, organisation b
                where b.id = :owner and o.id <> b.id
                  and (o.programme_role is null or o.programme_role in ('CANDIDATE', 'TANDEM'))
                  and not exists (select 1 from tandem t where t.concept_id = :concept and t.tandem_organisation_id = o.id
                                  and t.status in ('PROPOSED', 'AGREED', 'ACTIVE', 'COMPLETED'))
                order by cardinality(array(select unnest(o.submarkets) intersect select unnest(b.submarkets))) desc,
                         coalesce(power(o.latitude - b.latitude, 2) + power((o.longitude - b.longitude) * 0.64, 2), 1e9), o.id""")
                .setParameter("owner", concept.organisationId).setParameter("concept", concept.id)
                .setMaxResults(TandemMatcher.MAX_CANDIDATES).getResultList();
        return matcher.rank(rows.stream().map(TandemSuggestionService::profile).toList());
    }

    /** The concept, when it exists and is APPROVED or PUBLISHED: 404 (or 400 naming field) and 409 otherwise. */
    TransferConcept requireMatchable(UUID conceptId, String field) {
        TransferConcept concept = em.find(TransferConcept.class, conceptId);
        if (concept == null) {
            if (field != null) {
                throw Problems.invalidField(field, "tandem.no-concept-with-id");
            }
            throw Problems.notFound("thing.transfer-concept", conceptId);
        }
        // a published concept under revision keeps its published version, which tandems apply
        boolean published = concept.publishedVersionNumber != null && concept.status != ConceptStatus.ARCHIVED;
        if (concept.status != ConceptStatus.APPROVED && !published) {
            throw Problems.conflict("tandem.concept-not-approved", conceptId, concept.status);
        }
        return concept;
    }

    static TandemSuggestion suggestion(int rank, TandemMatcher.Match m) {
        TandemMatcher.Profile c = m.candidate();
        return new TandemSuggestion(rank, new TandemOrganisation(c.id(), c.name(), c.town(), c.state()), m.score(), m.reasons());
    }

    private TandemMatcher.Profile owner(UUID organisationId) {
        Object[] row = (Object[]) em.createNativeQuery("select " + PROFILE_COLUMNS + " from organisation o where o.id = :id")
                .setParameter("id", organisationId).getSingleResult();
        return profile(row);
    }

    List<TransferStep> steps(TransferConcept concept) {
        try {
            return json.readValue(concept.transferPlanJson, STEPS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("transfer plan of concept " + concept.id + " is not readable", e);
        }
    }

    private Set<String> planTopics(TransferConcept concept) {
        return steps(concept).stream().map(TransferStep::topic).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The expertise topics of the concept's non-empty topical sections. */
    private static Set<String> sectionTopics(TransferConcept c) {
        Set<String> topics = new HashSet<>();
        addIfWritten(topics, c.organisationAndTeam, "ORGANISATION_DEVELOPMENT");
        addIfWritten(topics, c.financing, "FINANCING");
        addIfWritten(topics, c.marketingAndCommunication, "MARKETING");
        addIfWritten(topics, c.buildingLawAndPremises, "BUILDING_LAW");
        addIfWritten(topics, c.offer, "OFFER_DEVELOPMENT");
        addIfWritten(topics, c.digitalInfrastructure, "DIGITAL_INFRASTRUCTURE");
        return topics;
    }

    private static void addIfWritten(Set<String> topics, String section, String topic) {
        if (section != null && !section.isBlank()) {
            topics.add(topic);
        }
    }

    private Map<String, String> topicNames() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, name_de from expertise_topic").getResultList();
        Map<String, String> names = new HashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private static TandemMatcher.Profile profile(Object[] r) {
        Set<Submarket> submarkets = EnumSet.noneOf(Submarket.class);
        split((String) r[4]).forEach(s -> submarkets.add(Submarket.valueOf(s)));
        return new TandemMatcher.Profile((UUID) r[0], (String) r[1], (String) r[2], GermanState.valueOf(r[3].toString().trim()),
                submarkets, r[5] == null ? null : SettlementType.valueOf((String) r[5]),
                r[6] == null ? null : ((Number) r[6]).doubleValue(), r[7] == null ? null : ((Number) r[7]).doubleValue(),
                r[8] == null ? null : ((Number) r[8]).intValue(), new HashSet<>(split((String) r[9])));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).toList();
    }
}
