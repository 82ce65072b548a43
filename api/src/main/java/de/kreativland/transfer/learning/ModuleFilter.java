package de.kreativland.transfer.learning;

import de.kreativland.transfer.coach.ExpertiseTopics;
import de.kreativland.transfer.common.Problems;
import de.kreativland.transfer.partner.Submarket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Search term and filters of the module list (mine: only modules the caller authors), parsed from query parameters (400 naming the parameter). */
record ModuleFilter(
        String search,
        List<String> topics,
        List<Submarket> submarkets,
        List<ModuleFormat> formats,
        List<ModuleLevel> levels,
        List<ModuleStatus> statuses,
        boolean mine) {

    static ModuleFilter parse(String q, List<String> topics, List<String> submarkets, List<String> formats, List<String> levels,
            List<String> statuses, boolean mine) {
        String search = q == null || q.isBlank() ? null : q.strip();
        if (search != null && search.length() > 200) {
            throw Problems.invalidQuery("q", "learning.q-too-long");
        }
        List<String> topicKeys = new ArrayList<>();
        if (split(topics).size() > ExpertiseTopics.MAX_TOPICS) {
            throw Problems.invalidQuery("topic", "learning.too-many-values", String.valueOf(ExpertiseTopics.MAX_TOPICS));
        }
        for (String topic : split(topics)) {
            if (!topic.matches("^[A-Z_]{1,40}$")) {
                throw Problems.invalidQuery("topic", "learning.topic-unknown", topic);
            }
            if (!topicKeys.contains(topic)) {
                topicKeys.add(topic);
            }
        }
        return new ModuleFilter(search, topicKeys,
                values("submarket", submarkets, Submarket.class),
                values("format", formats, ModuleFormat.class),
                values("level", levels, ModuleLevel.class),
                values("status", statuses, ModuleStatus.class),
                mine);
    }

    /** Repeated parameters and comma-separated values: {@code level=BEGINNER&level=ADVANCED} or {@code level=BEGINNER,ADVANCED}. */
    private static List<String> split(List<String> raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            for (String item : raw) {
                for (String value : item.split(",")) {
                    if (!value.isBlank()) {
                        out.add(value.strip());
                    }
                }
            }
        }
        return out;
    }

    /** At most as many values as the filter has. */
    private static <E extends Enum<E>> List<E> values(String parameter, List<String> raw, Class<E> type) {
        List<E> out = new ArrayList<>();
        if (split(raw).size() > type.getEnumConstants().length) {
            throw Problems.invalidQuery(parameter, "learning.too-many-values", String.valueOf(type.getEnumConstants().length));
        }
        for (String value : split(raw)) {
            try {
                E parsed = Enum.valueOf(type, value);
                if (!out.contains(parsed)) {
                    out.add(parsed);
                }
            } catch (IllegalArgumentException e) {
                String names = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                throw Problems.invalidQuery(parameter, "learning.value-unknown", value, names);
            }
        }
        return out;
    }

    /** An expertise topic key in the contract (the topic filter's items). */
    @Schema(name = "ExpertiseTopicKey", type = SchemaType.STRING, maxLength = 40, pattern = "^[A-Z_]{1,40}$",
            description = "Key of an expertise topic, see /expertise-topics")
    static final class TopicKey {
        private TopicKey() {
        }
    }
}
