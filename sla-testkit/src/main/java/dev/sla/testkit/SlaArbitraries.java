package dev.sla.testkit;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.StatutoryRules;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Metric;
import dev.sla.core.MetricKind;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Obtains jqwik arbitraries of the library's values: weekly hours, holiday sets, calendars,
 * instants inside and outside working time, business durations, metric definitions, valid
 * tickets of a policy and whole valid policies.
 *
 * <p>Every arbitrary shrinks towards the simplest value of its kind: a calendar towards one
 * range on Mondays in UTC without holidays, a ticket towards the first plan, received at the
 * start of its window with five events a minute apart, a policy towards one vendor and one plan. The
 * composite values (calendars, holiday sets, tickets, policies) are made from a list of
 * random choices that jqwik shrinks, so a failing value shrinks as a whole and stays valid.
 *
 * <pre>
 * {@literal @}Property
 * void dueIsNeverBeforeReceipt({@literal @}ForAll("tickets") Ticket ticket) { ... }
 *
 * {@literal @}Provide
 * Arbitrary&lt;Ticket&gt; tickets() {
 *     return SlaArbitraries.tickets(PolicyJson.bundled("navixy-ru"));
 * }
 * </pre>
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SlaArbitraries {

    /** The first instant of {@link #instants()}. */
    private static final Instant FIRST_INSTANT = Instant.parse("2019-01-01T00:00:00Z");
    /** The instant before which {@link #instants()} ends. */
    private static final Instant END_INSTANT = Instant.parse("2029-01-01T00:00:00Z");
    /** The most choices a holiday set takes. */
    private static final int HOLIDAY_SET_CHOICES = 400;
    /** The most choices a calendar takes. */
    private static final int CALENDAR_CHOICES = 1_200;

    private SlaArbitraries() {
    }

    /**
     * Obtains weekly hours: each day closed, open all day, or one to three ranges on quarter
     * hours, minutes or seconds, some ranges touching or running past midnight, and now and
     * then 24/7.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WeeklyHours> weeklyHours() {
        return Choices.of(60, CalendarRecipe::randomWeekly);
    }

    /**
     * Obtains holiday sets: dated holidays, days off, transferred working days and short days
     * in 2025 and 2026, recurring holidays, declared years, and sometimes statutory rules that
     * compute the other years; or, as often, dense sets: up to thirty dated rules over one to
     * four years between 2018 and 2028, short days of any length up to four hours, up to three
     * recurring holidays, and titles, sources and notes of several words with doubled spaces,
     * digits, punctuation and Cyrillic. A set shrinks towards the first kind.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<HolidaySet> holidaySets() {
        return Choices.of(HOLIDAY_SET_CHOICES,
                r -> r.nextInt(2) == 0 ? PolicyRecipe.holidaySet(r) : HolidaySetRecipe.dense(r));
    }

    /**
     * Obtains statutory rules of a made-up law, which compute the holidays, days off and short
     * days of any year: one to fifteen holidays on days of a year that is not a leap year, a
     * weekend of one to three days, sometimes carry-over of a holiday that falls on the weekend
     * (up to three months excepted), and sometimes the day before a holiday shortened by half an
     * hour or an hour. Rules shrink towards one holiday on 1 January and a Monday weekend.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<StatutoryRules> statutoryRules() {
        return Choices.of(StatutoryRulesRecipe.CHOICES, StatutoryRulesRecipe::rules);
    }

    /**
     * Obtains calendars in zones with and without daylight saving time (UTC, Moscow, Paris,
     * New York, Sydney, Kolkata), with random weekly hours, sometimes the built-in {@code ru}
     * holidays, dated holidays, working days, short days and overrides between November 2018
     * and June 2029, recurring holidays and holiday hours.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WorkCalendar> calendars() {
        return Choices.of(CALENDAR_CHOICES, r -> CalendarRecipe.random(r, CalendarRecipe.ZONES).calendar());
    }

    /**
     * Obtains calendars as {@link #calendars()} does, in zones without daylight saving time
     * (UTC, Moscow, Kolkata, Tokyo).
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WorkCalendar> calendarsWithoutDst() {
        return Choices.of(CALENDAR_CHOICES, r -> CalendarRecipe.random(r, CalendarRecipe.ZONES_WITHOUT_DST).calendar());
    }

    /**
     * Obtains calendars as {@link #calendars()} does, in zones with daylight saving time
     * (Paris, New York, Sydney), whose gaps and overlaps the working hours often touch.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WorkCalendar> calendarsWithDst() {
        return Choices.of(CALENDAR_CHOICES, r -> CalendarRecipe.random(r, CalendarRecipe.ZONES_WITH_DST).calendar());
    }

    /**
     * Obtains calendars as {@link #calendars()} does whose every opening and closing falls on
     * a whole minute: weekly hours, holiday hours, overrides and short days on quarter hours
     * or minutes, never on seconds (the zones' offsets and transitions are on whole minutes
     * too). Inside a minute such a calendar is open throughout or closed throughout, so a
     * reference may step through time a minute at a time.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<WorkCalendar> calendarsOnWholeMinutes() {
        return Choices.of(CALENDAR_CHOICES, r -> CalendarRecipe.random(r, CalendarRecipe.ZONES, 60).calendar());
    }

    /**
     * Obtains instants on whole seconds from 2019 to 2028, shrinking towards the start of 2019.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FIRST_INSTANT.getEpochSecond(), END_INSTANT.getEpochSecond() - 1)
                .map(Instant::ofEpochSecond);
    }

    /**
     * Obtains instants inside a calendar's working time, from 2019 to 2028: an instant of
     * {@link #instants()}, or the next opening after it when the calendar is closed then.
     *
     * @param calendar  the calendar, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instant> workingInstants(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return instants().map(t -> calendar.isOpen(t) ? t : calendar.nextOpen(t));
    }

    /**
     * Obtains instants outside a calendar's working time, from 2019 to 2028: an instant of
     * {@link #instants()}, or the next closing after it when the calendar is open then. A
     * calendar that never closes has none: a property then fails for too many misses.
     *
     * @param calendar  the calendar, not null
     * @return the arbitrary, not null
     */
    public static Arbitrary<Instant> closedInstants(WorkCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        return instants().map(t -> calendar.isOpen(t) ? calendar.nextClose(t) : Optional.of(t))
                .filter(Optional::isPresent).map(Optional::get).filter(t -> !calendar.isOpen(t));
    }

    /**
     * Obtains business durations: whole minutes from one minute to 400 hours, shrinking
     * towards one minute.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Duration> businessDurations() {
        return Arbitraries.integers().between(1, 400 * 60).map(Duration::ofMinutes);
    }

    /**
     * Obtains metric definitions, valid in a policy that declares the statuses {@code waiting},
     * {@code on-hold}, {@code closed} and {@code cancelled}: of every {@link MetricKind}, with
     * the id {@code metric}, started by the received event, a customer message or both,
     * restarted by a customer message or an agent response or not at all, stopped by an agent
     * response, the resolved event, both or (elapsed metrics only) nothing, sometimes voided
     * by the resolved event, each of those statuses pausing, stopping, voiding the clock or
     * none of these, and up to three warning thresholds, shares of the target (round and any)
     * and times before the due instant (on quarter hours and any minute up to ten hours). The
     * metrics of {@link #policies()} are made the same way. A metric shrinks towards an
     * elapsed metric started by the received event and stopped by an agent response, with no
     * status rule and no warning.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Metric> metrics() {
        return Choices.of(MetricRecipe.CHOICES, r -> MetricRecipe.metric(r, "metric", "Metric", MetricRecipe.STATUSES));
    }

    /**
     * Obtains valid tickets of a policy: one of its plans, a service provided on the plan or
     * none, one of its severity levels or none, a value of each declared attribute or none,
     * received in 2025 or 2026 (not before the policy takes effect, and inside the holiday
     * data of its strict calendars, sixty days before the data ends), then four to eleven
     * agent responses, customer messages and changes to the policy's statuses a minute to a
     * day and a half apart, most ending with the resolved event: the tickets of
     * {@link dev.sla.core.TicketGenerator}, made from choices that shrink. A ticket shrinks
     * towards the first plan and severity level, no service or other attribute, received at
     * the start of the window, agent responses a minute apart and the fifth event resolved.
     *
     * @param policy  the policy, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the policy has no plan
     */
    public static Arbitrary<Ticket> tickets(Policy policy) {
        TicketRecipe recipe = new TicketRecipe(Objects.requireNonNull(policy, "policy"));
        return Choices.of(TicketRecipe.CHOICES, recipe::ticket);
    }

    /**
     * Obtains valid tickets of a policy as {@link #tickets(Policy)} does, received in a
     * window of time: for a policy whose calendars are strict about the years of their
     * holiday data, or to look at other years.
     *
     * @param policy  the policy, not null
     * @param from  the earliest received instant, not null
     * @param to  the instant before which every ticket is received, after {@code from}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the policy has no plan or the window is empty
     */
    public static Arbitrary<Ticket> tickets(Policy policy, Instant from, Instant to) {
        TicketRecipe recipe = new TicketRecipe(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(from, "from"),
                Objects.requireNonNull(to, "to"));
        return Choices.of(TicketRecipe.CHOICES, recipe::ticket);
    }

    /**
     * Obtains tickets of a policy as {@link #tickets(Policy)} does, whose timelines now and
     * then hold the cases hardest on a clock: a timeline cut short, down to the received event
     * alone; events at the instant of the event before them; changes to any status the policy
     * declares or its metrics name, those that pause, stop or void a clock included; changes
     * to the ticket's severity or to a declared attribute ({@link dev.sla.core.Event#change}),
     * a re-prioritisation that gives a metric another target in the middle of its clock,
     * several at one instant too; a service that the plan may not provide; and, when the
     * policy classifies, no stated severity. A ticket shrinks towards the ticket of
     * {@link #tickets(Policy)} unchanged.
     *
     * @param policy  the policy, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the policy has no plan
     */
    public static Arbitrary<Ticket> edgeTickets(Policy policy) {
        return edgeTickets(new EdgeTicketRecipe(Objects.requireNonNull(policy, "policy"), null, null));
    }

    /**
     * Obtains tickets of a policy as {@link #edgeTickets(Policy)} does, received in a window of
     * time as {@link #tickets(Policy, Instant, Instant)} receives them.
     *
     * @param policy  the policy, not null
     * @param from  the earliest received instant, not null
     * @param to  the instant before which every ticket is received, after {@code from}, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the policy has no plan or the window is empty
     */
    public static Arbitrary<Ticket> edgeTickets(Policy policy, Instant from, Instant to) {
        return edgeTickets(new EdgeTicketRecipe(Objects.requireNonNull(policy, "policy"),
                Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to")));
    }

    private static Arbitrary<Ticket> edgeTickets(EdgeTicketRecipe recipe) {
        return Combinators.combine(Choices.tapes(TicketRecipe.CHOICES), Choices.tapes(EdgeTicketRecipe.CHOICES))
                .as((ticket, edges) -> recipe.ticket(new Choices(ticket), new Choices(edges)));
    }

    /**
     * Obtains whole valid policies with every section of the format: holiday sets, calendars,
     * parties, plans that inherit (cells, default assignments and modes, targets), attributes,
     * statuses, services and their coverage, severities with classification rules, mode and
     * intake rules, metrics with clock rules and warnings, and targets naming a severity, a
     * service or both.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Policy> policies() {
        return Choices.of(PolicyRecipe.CHOICES, PolicyRecipe::policy);
    }
}
