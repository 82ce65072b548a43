package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.common.ProgrammeRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Filters, search and sort of an organisation list, parsed from query parameters. */
public record DirectoryFilter(
        List<GermanState> states,
        List<Submarket> submarkets,
        List<SettlementType> settlementTypes,
        List<ProgrammeRole> programmeRoles,
        List<OrganisationKind> kinds,
        String search,
        Sort sort) {

    public enum Sort {
        NAME("name"), NAME_DESC("-name"), TOWN("town"), TOWN_DESC("-town"), FOUNDING_YEAR("foundingYear"),
        FOUNDING_YEAR_DESC("-foundingYear"), RELEVANCE("relevance");

        public final String parameter;

        Sort(String parameter) {
            this.parameter = parameter;
        }
    }

    public static final String SORT_VALUES = "name, -name, town, -town, foundingYear, -foundingYear, relevance";

    public static DirectoryFilter parse(List<String> states, List<String> submarkets, List<String> settlementTypes,
            List<String> programmeRoles, List<String> kinds, String q, String sort) {
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 200) {
            throw Problems.invalidQuery("q", "common.at-most-characters", 200);
        }
        return new DirectoryFilter(
                values("state", states, GermanState.class),
                values("submarket", submarkets, Submarket.class),
                values("settlementType", settlementTypes, SettlementType.class),
                values("programmeRole", programmeRoles, ProgrammeRole.class),
                values("kind", kinds, OrganisationKind.class),
                search,
                sort(sort, search));
    }

    /**
     * Accepts repeated parameters and comma-separated values: {@code state=SN&state=BY} or {@code state=SN,BY};
     * at most as many values as the filter has.
     */
    private static <E extends Enum<E>> List<E> values(String parameter, List<String> raw, Class<E> type) {
        List<E> out = new ArrayList<>();
        if (raw == null) {
            return out;
        }
        int max = type.getEnumConstants().length;
        if (raw.stream().mapToLong(item -> Arrays.stream(item.split(",")).filter(v -> !v.isBlank()).count()).sum() > max) {
            throw Problems.invalidQuery(parameter, "common.at-most-values", max);
        }
        for (String item : raw) {
            for (String value : item.split(",")) {
                if (value.isBlank()) {
                    continue;
                }
                try {
                    E parsed = Enum.valueOf(type, value.strip());
                    if (!out.contains(parsed)) {
                        out.add(parsed);
                    }
                } catch (IllegalArgumentException e) {
                    throw Problems.invalidQuery(parameter, "common.not-one-of", value.strip(),
                            String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
            }
        }
        return out;
    }

    private static Sort sort(String raw, String search) {
        if (raw == null || raw.isBlank()) {
            return search == null ? Sort.NAME : Sort.RELEVANCE;
        }
        for (Sort sort : Sort.values()) {
            if (sort.parameter.equals(raw.strip())) {
                if (sort == Sort.RELEVANCE && search == null) {
                    throw Problems.invalidQuery("sort", "partner.relevance-needs-q");
                }
                return sort;
            }
        }
        throw Problems.invalidQuery("sort", "common.must-be-one-of", SORT_VALUES);
    }
}
