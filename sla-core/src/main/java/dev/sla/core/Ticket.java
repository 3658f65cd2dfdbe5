package dev.sla.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket as a policy sees it: its plan, its attributes (service, severity or the facts
 * to classify it, requester, channel, language, ...) and its timeline of events.
 *
 * <p>The attributes are plain strings by name; {@code plan}, {@code service} and
 * {@code severity} have accessors of their own. The timeline starts with a
 * {@link EventType#RECEIVED} event and is in time order; events at one instant are listed
 * in the order of {@link EventType#orderAtOneInstant()}, whatever order they were added in.
 * {@link EventType#CHANGE} events change attributes over the ticket's life:
 * {@link #attributes()} are the values at receipt, {@link #attributesAt(Instant)} those in
 * force at an instant.
 *
 * <p>A ticket may state the content it carries ({@link #carries()}), such as the steps
 * that lead to the problem or a screenshot, by the ids of its plan's requirements; a ticket
 * that does not say is not judged on content.
 *
 * <p>This class is immutable and thread-safe. Build it with {@link #builder(String)}.
 * Two tickets are equal when they have the same attributes, content and timeline.
 *
 * @since 0.1
 */
public final class Ticket {

    /** The attribute naming the plan. */
    public static final String PLAN = "plan";
    /** The attribute naming the service. */
    public static final String SERVICE = "service";
    /** The attribute naming the severity level, when the requester or support states it. */
    public static final String SEVERITY = "severity";
    /** The attribute naming who asks, such as {@code partner} or {@code end-user}; its values are author roles too. */
    public static final String REQUESTER = "requester";
    /** The attribute naming the channel the request came through, such as {@code email}. */
    public static final String CHANNEL = "channel";
    /** The attribute naming the request's language, as a BCP 47 tag such as {@code en}. */
    public static final String LANGUAGE = "language";
    /**
     * The attribute naming the customer's contract, which the policy must be bound to
     * ({@link Policy#withContract(Contract)}). Every policy accepts it without declaring it;
     * conditions do not test it, as it is none of {@link #BUILT_IN_ATTRIBUTES}.
     */
    public static final String CONTRACT = "contract";
    /**
     * The attributes every policy knows without declaring them: {@code plan}, {@code service},
     * {@code severity}, {@code requester}, {@code channel}, {@code language}, {@code impact},
     * {@code cause} and {@code category}. A policy may declare any of them to restrict its values.
     */
    public static final Set<String> BUILT_IN_ATTRIBUTES = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            PLAN, SERVICE, SEVERITY, REQUESTER, CHANNEL, LANGUAGE, "impact", "cause", "category")));

    private final Map<String, String> attributes;
    private final List<Event> events;
    /** The content the ticket states it carries, or null if it does not say. */
    private final Set<String> carries;

    /** True if the timeline has a change event. */
    private final boolean changes;

    private Ticket(Map<String, String> attributes, List<Event> events, Set<String> carries) {
        this.attributes = attributes;
        this.events = events;
        this.carries = carries;
        boolean any = false;
        for (Event e : events) {
            any |= e.type() == EventType.CHANGE;
        }
        this.changes = any;
    }

    /**
     * Creates a builder of a ticket on a plan.
     *
     * @param plan  the plan id, not null
     * @return a new builder, not null
     */
    public static Builder builder(String plan) {
        return new Builder().attribute(PLAN, Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Gets the plan id.
     *
     * @return the plan id, not null
     */
    public String plan() {
        return attributes.get(PLAN);
    }

    /**
     * Gets the service id, if given.
     *
     * @return the service id, empty if none
     */
    public Optional<String> service() {
        return Optional.ofNullable(attributes.get(SERVICE));
    }

    /**
     * Gets the stated severity level id, if given.
     *
     * @return the severity id, empty if it is to be classified
     */
    public Optional<String> severity() {
        return Optional.ofNullable(attributes.get(SEVERITY));
    }

    /**
     * Gets an attribute.
     *
     * @param name  the attribute name, not null
     * @return the value, empty if not given
     */
    public Optional<String> attribute(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * Gets all attributes at receipt, including plan, service and severity.
     *
     * @return the attributes by name, unmodifiable, not null
     */
    public Map<String, String> attributes() {
        return attributes;
    }

    /**
     * Gets the attributes in force at an instant: those at receipt, changed by every
     * {@link EventType#CHANGE} event at or before the instant.
     *
     * @param instant  the instant, not null
     * @return the attributes by name, unmodifiable, not null
     */
    public Map<String, String> attributesAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        if (!changes) {
            return attributes;
        }
        Map<String, String> at = new LinkedHashMap<>(attributes);
        for (Event e : events) {
            if (e.at().isAfter(instant)) {
                break;
            }
            if (e.type() == EventType.CHANGE) {
                at.put(e.attribute(), e.value());
            }
        }
        return Collections.unmodifiableMap(at);
    }

    /**
     * Gets the content the ticket states it carries, by the ids of requirements, such as
     * {@code steps} or {@code screenshot}.
     *
     * @return the ids, unmodifiable, empty if the ticket does not say (then it is not judged
     *     on content), not null
     */
    public Optional<Set<String>> carries() {
        return Optional.ofNullable(carries);
    }

    /**
     * Checks if the timeline changes an attribute.
     *
     * @return true if it has a {@link EventType#CHANGE} event
     */
    public boolean hasChanges() {
        return changes;
    }

    /**
     * Gets the timeline.
     *
     * @return the events in time order, unmodifiable, not null
     */
    public List<Event> events() {
        return events;
    }

    /**
     * Gets the instant the ticket was received, the first event.
     *
     * @return the received instant, not null
     */
    public Instant received() {
        return events.get(0).at();
    }

    /**
     * Checks if this ticket has the same attributes and timeline as another.
     *
     * @param obj  the object to check, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof Ticket && attributes.equals(((Ticket) obj).attributes)
                && events.equals(((Ticket) obj).events) && Objects.equals(carries, ((Ticket) obj).carries);
    }

    /**
     * A hash code for this ticket.
     *
     * @return a suitable hash code
     */
    @Override
    public int hashCode() {
        return (attributes.hashCode() * 31 + events.hashCode()) * 31 + Objects.hashCode(carries);
    }

    /**
     * Outputs the attributes and events.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Ticket" + attributes + (carries == null ? "" : " carries " + carries) + events;
    }

    /**
     * A builder of a {@link Ticket}.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Event> events = new ArrayList<>();
        private Set<String> carries;

        private Builder() {
        }

        /**
         * States the content the ticket carries, by requirement ids; an empty list states
         * that it carries none.
         *
         * @param ids  the ids, such as {@code steps}, not null
         * @return this builder
         */
        public Builder carries(String... ids) {
            Set<String> set = new LinkedHashSet<>();
            for (String id : Objects.requireNonNull(ids, "ids")) {
                set.add(Objects.requireNonNull(id, "id"));
            }
            carries = Collections.unmodifiableSet(set);
            return this;
        }

        /**
         * Sets an attribute; a null value removes it.
         *
         * @param name  the name, not null
         * @param value  the value, or null
         * @return this builder
         */
        public Builder attribute(String name, String value) {
            Objects.requireNonNull(name, "name");
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
            return this;
        }

        /**
         * Sets the service.
         *
         * @param service  the service id, or null
         * @return this builder
         */
        public Builder service(String service) {
            return attribute(SERVICE, service);
        }

        /**
         * Sets the severity level, instead of classifying the ticket.
         *
         * @param severity  the level id, or null
         * @return this builder
         */
        public Builder severity(String severity) {
            return attribute(SEVERITY, severity);
        }

        /**
         * Adds the received event.
         *
         * @param at  when the ticket was received, not null
         * @return this builder
         */
        public Builder received(Instant at) {
            return event(Event.of(at, EventType.RECEIVED));
        }

        /**
         * Adds an event.
         *
         * @param event  the event, not null
         * @return this builder
         */
        public Builder event(Event event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /**
         * Adds an event of a type that names no status.
         *
         * @param at  when, not null
         * @param type  the type, not null
         * @return this builder
         */
        public Builder event(Instant at, EventType type) {
            return event(Event.of(at, type));
        }

        /**
         * Adds a status change.
         *
         * @param at  when, not null
         * @param status  the new status, not null
         * @return this builder
         */
        public Builder status(Instant at, String status) {
            return event(Event.status(at, status));
        }

        /**
         * Builds the ticket, checking its timeline.
         *
         * @return the ticket, not null
         * @throws TicketException if the timeline is empty, does not start with the
         *     received event, has an event before it, is out of order, or receives twice
         */
        public Ticket build() {
            if (events.isEmpty()) {
                throw new TicketException("ticket has no events; its timeline must start with a 'received' event");
            }
            Event first = events.get(0);
            if (first.type() != EventType.RECEIVED) {
                throw new TicketException("ticket timeline must start with a 'received' event, not "
                        + first.type().id() + " at " + first.at());
            }
            for (int i = 1; i < events.size(); i++) {
                Event e = events.get(i);
                if (e.at().isBefore(first.at())) {
                    throw new TicketException("event " + (i + 1) + " (" + e + ") is before the ticket was received at "
                            + first.at());
                }
                if (e.at().isBefore(events.get(i - 1).at())) {
                    throw new TicketException("event " + (i + 1) + " (" + e + ") is out of order: it is before event "
                            + i + " (" + events.get(i - 1) + ")");
                }
                if (e.type() == EventType.RECEIVED) {
                    throw new TicketException("event " + (i + 1) + " (" + e + ") receives the ticket a second time");
                }
            }
            List<Event> ordered = new ArrayList<>(events);
            ordered.sort(Builder::byInstantThenType);
            return new Ticket(Collections.unmodifiableMap(new LinkedHashMap<>(attributes)),
                    List.copyOf(ordered), carries);
        }

        /** Orders events by instant, and events at one instant by their type's order. */
        private static int byInstantThenType(Event a, Event b) {
            int c = a.at().compareTo(b.at());
            return c != 0 ? c : Integer.compare(a.type().orderAtOneInstant(), b.type().orderAtOneInstant());
        }
    }
}
