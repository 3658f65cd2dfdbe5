package dev.sla.core;

import java.util.List;
import java.util.Objects;

/**
 * A support plan (tariff). A plan may inherit another plan's terms: coverage cells and
 * targets it does not state itself are those of its parent.
 *
 * <p>Languages and channels describe the plan; they are not inherited and do not reject
 * tickets by themselves: what a plan does not accept is said by the policy's intake rules,
 * which can also tell a rejected request where to go.
 *
 * @param id  the id, such as {@code on-premise}, not null
 * @param name  the name in the regulation's words, not null
 * @param parent  the id of the plan whose terms it inherits, or null
 * @param languages  the languages support is given in, as BCP 47 tags, not null
 * @param channels  the channels support is reached through, not null
 *
 * @since 0.1
 */
public record Plan(String id, String name, String parent, List<String> languages, List<String> channels) {

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param parent  the parent plan id, or null
     * @param languages  the languages, not null
     * @param channels  the channels, not null
     */
    public Plan {
        Ids.check(id, "plan id");
        Objects.requireNonNull(name, "name");
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        Objects.requireNonNull(channels, "channels");
        channels = List.copyOf(channels);
    }

    /**
     * Obtains a plan with no parent, languages or channels.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @return the plan, not null
     */
    public static Plan of(String id, String name) {
        return new Plan(id, name, null, List.of(), List.of());
    }

    /**
     * Returns a copy that inherits another plan's terms.
     *
     * @param parentId  the id of the parent plan, not null
     * @return the copy, not null
     */
    public Plan inheriting(String parentId) {
        return new Plan(id, name, Objects.requireNonNull(parentId, "parentId"), languages, channels);
    }

    /**
     * Returns a copy with languages.
     *
     * @param tags  the languages, not null
     * @return the copy, not null
     */
    public Plan withLanguages(String... tags) {
        return new Plan(id, name, parent, List.of(Objects.requireNonNull(tags, "tags")), channels);
    }

    /**
     * Returns a copy with channels.
     *
     * @param ids  the channels, not null
     * @return the copy, not null
     */
    public Plan withChannels(String... ids) {
        return new Plan(id, name, parent, languages, List.of(Objects.requireNonNull(ids, "ids")));
    }
}
