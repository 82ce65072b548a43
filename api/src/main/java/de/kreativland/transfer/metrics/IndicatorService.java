package de.kreativland.transfer.metrics;

import de.kreativland.transfer.audit.AuditLog;
import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.Page;
import de.kreativland.transfer.common.PageParams;
import de.kreativland.transfer.common.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The indicator catalogue: everybody reads the public indicators, staff and advisors all; admins edit. */
@ApplicationScoped
public class IndicatorService {
    @Inject
    EntityManager em;

    @Inject
    MetricsAccess access;

    @Inject
    AuditLog audit;

    public Page<IndicatorDefinition> list(PageParams paging) {
        Lists.Slice<Indicator> slice = visible().page(em, "e.position, e.key", paging);
        return new Page<>(slice.items().stream().map(IndicatorDefinition::of).toList(), paging.page(), paging.size(),
                slice.total(), paging.totalPages(slice.total()));
    }

    /** The indicators with these keys that the caller may list. */
    public List<IndicatorDefinition> byKeys(Collection<String> keys) {
        return visible().onlyKeys("e.key", keys).all(em).stream().map(IndicatorDefinition::of).toList();
    }

    private Lists<Indicator> visible() {
        return Lists.of(Indicator.class).where("e.isPublic = :public", "public", access.fullView() ? null : Boolean.TRUE);
    }

    public IndicatorDefinition get(String key) {
        return IndicatorDefinition.of(readable(key));
    }

    Indicator readable(String key) {
        Indicator indicator = em.find(Indicator.class, key);
        if (indicator == null || !indicator.isPublic && !access.fullView()) {
            throw Problems.notFound("thing.indicator", key);
        }
        return indicator;
    }

    @Transactional
    public IndicatorDefinition create(IndicatorInput input) {
        if ((input.source() == IndicatorSource.DERIVED) != (input.derivation() != null)) {
            throw Problems.invalidField("derivation", input.source() == IndicatorSource.DERIVED ? "metrics.derivation-required" : "metrics.derivation-absent");
        }
        if (input.derivation() != null && derivedKind(input.derivation()) != input.kind()) {
            throw Problems.invalidField("kind", "metrics.derivation-kind", input.derivation(), derivedKind(input.derivation()));
        }
        if (em.find(Indicator.class, input.key()) != null) {
            throw Problems.conflict("metrics.indicator-exists", input.key());
        }
        Indicator indicator = new Indicator();
        indicator.key = input.key();
        indicator.kind = input.kind();
        indicator.source = input.source();
        indicator.derivation = input.derivation();
        apply(indicator, input.nameDe(), input.nameEn(), input.definition(), input.unit(), input.category(), input.impactLevel(),
                Boolean.TRUE.equals(input.isPublic()), input.position() == null ? 100 : input.position());
        em.persist(indicator);
        em.flush();
        audit.record("indicator", indicator.key, "create", snapshot(indicator));
        return IndicatorDefinition.of(indicator);
    }

    @Transactional
    public IndicatorDefinition update(String key, String ifMatch, IndicatorUpdateInput input) {
        Indicator indicator = em.find(Indicator.class, key);
        if (indicator == null) {
            throw Problems.notFound("thing.indicator", key);
        }
        ETags.requireMatch(ifMatch, indicator.version);
        Map<String, Object> before = snapshot(indicator);
        apply(indicator, input.nameDe(), input.nameEn(), input.definition(), input.unit(), input.category(), input.impactLevel(),
                input.isPublic(), input.position());
        em.flush();
        audit.recordChanges("indicator", key, "update", before, snapshot(indicator), null);
        return IndicatorDefinition.of(indicator);
    }

    static IndicatorKind derivedKind(Derivation derivation) {
        return derivation == Derivation.COUNSELLING_LOCATIONS || derivation == Derivation.NEWSLETTER_SUBSCRIBERS ? IndicatorKind.STOCK : IndicatorKind.FLOW;
    }

    private static void apply(Indicator i, String nameDe, String nameEn, String definition, String unit, IndicatorCategory category,
            ImpactLevel impactLevel, boolean isPublic, int position) {
        i.nameDe = nameDe.strip();
        i.nameEn = nameEn.strip();
        i.definition = definition.strip();
        i.unit = unit.strip();
        i.category = category;
        i.impactLevel = impactLevel;
        i.isPublic = isPublic;
        i.position = position;
    }

    private static Map<String, Object> snapshot(Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nameDe", i.nameDe);
        m.put("nameEn", i.nameEn);
        m.put("unit", i.unit);
        m.put("kind", i.kind);
        m.put("category", i.category);
        m.put("impactLevel", i.impactLevel);
        m.put("source", i.source);
        m.put("isPublic", i.isPublic);
        m.put("position", i.position);
        return m;
    }
}
