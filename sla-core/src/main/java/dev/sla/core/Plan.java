package dev.sla.core;

import java.util.List;
import java.util.Objects;

/**
 * A support plan (tariff). A plan may inherit another plan's terms: coverage cells and
 * targets it does not state itself are those of its parent.
 *
 * <p>Languages and channels describe the plan; they are not inherited and do not reject
 * tickets by themselves: what a plan does not accept is said by the policy's intake rules,
 * which can also tell a rejected request where to go. A plan may opt in to enforce them:
 * then a request that states a channel not among its channels, or a language neither among
 * its languages nor among those it serves only by exception, is not accepted, with the
 * reason; a request that does not state its channel or language is not refused for it.
 *
 * <p>A plan's {@link Requirement requirements} list what a request must carry and the
 * attribute values it must have; the decision lists what a request lacks, and a
 * requirement that refuses makes it not accepted. Requirements are not inherited either.
 *
 * @param id  the id, such as {@code on-premise}, not null
 * @param name  the name in the regulation's words, not null
 * @param parent  the id of the plan whose terms it inherits, or null
 * @param languages  the languages support is given in, as BCP 47 tags, not null
 * @param channels  the channels support is reached through, not null
 * @param languagesByException  the languages support is given in only by exception, not null
 * @param enforcesChannels  true if a request in another channel is not accepted
 * @param enforcesLanguages  true if a request in another language is not accepted
 * @param requirements  what a request must carry or have, not null
 *
 * @since 0.1
 */
public record Plan(String id, String name, String parent, List<String> languages, List<String> channels,
        List<String> languagesByException, boolean enforcesChannels, boolean enforcesLanguages,
        List<Requirement> requirements) {

    /**
     * Checks the fields.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param parent  the parent plan id, or null
     * @param languages  the languages, not null
     * @param channels  the channels, not null
     * @param languagesByException  the languages served by exception, not null
     * @param enforcesChannels  whether channels are enforced
     * @param enforcesLanguages  whether languages are enforced
     * @param requirements  the requirements, not null
     */
    public Plan {
        Ids.check(id, "plan id");
        Objects.requireNonNull(name, "name");
        languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
        Objects.requireNonNull(channels, "channels");
        channels = List.copyOf(channels);
        languagesByException = List.copyOf(Objects.requireNonNull(languagesByException, "languagesByException"));
        requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
    }

    /**
     * Obtains a plan that enforces neither channels nor languages and requires nothing.
     *
     * @param id  the id, not null
     * @param name  the name, not null
     * @param parent  the parent plan id, or null
     * @param languages  the languages, not null
     * @param channels  the channels, not null
     */
    public Plan(String id, String name, String parent, List<String> languages, List<String> channels) {
        this(id, name, parent, languages, channels, List.of(), false, false, List.of());
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
        return new Plan(id, name, Objects.requireNonNull(parentId, "parentId"), languages, channels,
                languagesByException, enforcesChannels, enforcesLanguages, requirements);
    }

    /**
     * Returns a copy with languages.
     *
     * @param tags  the languages, not null
     * @return the copy, not null
     */
    public Plan withLanguages(String... tags) {
        return new Plan(id, name, parent, List.of(Objects.requireNonNull(tags, "tags")), channels, languagesByException,
                enforcesChannels, enforcesLanguages, requirements);
    }

    /**
     * Returns a copy with channels.
     *
     * @param ids  the channels, not null
     * @return the copy, not null
     */
    public Plan withChannels(String... ids) {
        return new Plan(id, name, parent, languages, List.of(Objects.requireNonNull(ids, "ids")), languagesByException,
                enforcesChannels, enforcesLanguages, requirements);
    }

    /**
     * Returns a copy that serves languages only by exception.
     *
     * @param tags  the languages, as BCP 47 tags, not null
     * @return the copy, not null
     */
    public Plan withLanguagesByException(String... tags) {
        return new Plan(id, name, parent, languages, channels, List.of(Objects.requireNonNull(tags, "tags")),
                enforcesChannels, enforcesLanguages, requirements);
    }

    /**
     * Returns a copy that refuses requests in other channels and, if asked, in other languages.
     *
     * @param channels  true to enforce the channels
     * @param languages  true to enforce the languages
     * @return the copy, not null
     */
    public Plan enforcing(boolean channels, boolean languages) {
        return new Plan(id, name, parent, this.languages, this.channels, languagesByException, channels, languages,
                requirements);
    }

    /**
     * Returns a copy with requirements.
     *
     * @param list  what a request must carry or have, not null
     * @return the copy, not null
     */
    public Plan requiring(Requirement... list) {
        return new Plan(id, name, parent, languages, channels, languagesByException, enforcesChannels,
                enforcesLanguages, List.of(Objects.requireNonNull(list, "list")));
    }

    /**
     * Checks if a language is served on this plan, as one of its languages or by exception.
     *
     * @param tag  the language, not null
     * @return true if served
     */
    public boolean serves(String tag) {
        return languages.contains(tag) || languagesByException.contains(tag);
    }
}
