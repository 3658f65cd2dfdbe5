package dev.sla.testkit;

import dev.sla.calendar.DayHours;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.StatutoryRules;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import dev.sla.core.Assignment;
import dev.sla.core.ClassificationRule;
import dev.sla.core.Condition;
import dev.sla.core.IntakeRule;
import dev.sla.core.Mode;
import dev.sla.core.ModeRule;
import dev.sla.core.Party;
import dev.sla.core.Plan;
import dev.sla.core.Policy;
import dev.sla.core.PolicyBuilder;
import dev.sla.core.RelativeDeadline;
import dev.sla.core.Service;
import dev.sla.core.SeverityLevel;
import dev.sla.core.StatusClass;
import dev.sla.core.Target;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;

/**
 * Valid policies made from random choices, with every section of the format: holiday sets (with
 * years, every kind of day rule, recurring holidays and statutory rules), calendars (built-in and own sets,
 * own day rules, holiday hours, overrides, options), parties of every kind, plans that
 * inherit, attributes, statuses and status classes (with and without a calendar), services with every form of coverage cell
 * (stated on every plan that inherits none, stated or inherited on the others), a default
 * assignment, plans' own default assignments and modes, severities with classification rules, mode and intake rules,
 * metrics of {@link MetricRecipe} over the policy's statuses, and targets of a duration or none, per plan, severity,
 * service or both, or inherited from a parent plan. Rule conditions take every form: none,
 * one of values, none of values, both on one attribute, and several attributes. With every
 * choice 0 it is the simplest policy: a vendor, one plan, nothing else.
 */
final class PolicyRecipe {

    /** The forms a condition takes; {@link #forms} tells which a policy uses. */
    enum Form { ALWAYS, ANY_OF, NONE_OF, BOTH_ON_ONE_ATTRIBUTE, SEVERAL_ATTRIBUTES }

    private static final String[] ZONES = {"UTC", "Europe/Moscow", "Europe/Paris", "America/New_York", "Asia/Tokyo"};
    private static final String[] HOURS = {"Mon-Fri 09:00-18:00", "24/7", "Mon-Fri 08:00-12:00,13:00-17:00; Sat 10:00-14:00",
        "Mon-Thu 08:00-16:00; Fri 08:00-15:00", "Mon-Sun 10:00-22:00"};
    private static final String[] TEXTS = {"Support", "Поддержка", "a \"quoted\" name", "tab\tand\nnewline", "€ 𝄞 ü",
        "", "Plan B", "slash / and backslash \\"};
    private static final Mode[] MODES = {Mode.FULL, Mode.CONSULTATIVE, Mode.LOG_ANALYSIS, Mode.AUTOMATIC,
        Mode.NOT_NEEDED, Mode.NOT_PROVIDED, Mode.of("on-site")};

    /** The dates the built-in set {@code ru} has a rule on, and their days of the year. */
    private static final Set<LocalDate> RU_DATES = new LinkedHashSet<>();
    private static final Set<MonthDay> RU_DAYS = new LinkedHashSet<>();

    static {
        for (dev.sla.calendar.DayRule r : HolidaySet.builtIn("ru").rules()) {
            RU_DATES.add(r.date());
            RU_DAYS.add(MonthDay.from(r.date()));
        }
    }

    private final Random random;
    private final Set<Form> forms = EnumSet.noneOf(Form.class);
    /** Each plan's parent, or null for a plan that inherits none. */
    private final Map<String, String> parents = new LinkedHashMap<>();
    private int serial;

    private PolicyRecipe(Random random) {
        this.random = random;
    }

    /** The most choices a policy takes. */
    static final int CHOICES = 600;

    /** Valid policies, each with the forms of condition it uses, for statistics. */
    static Arbitrary<Map.Entry<Policy, Set<Form>>> policiesWithForms() {
        return Choices.of(CHOICES, random -> {
            PolicyRecipe g = new PolicyRecipe(random);
            Policy p = g.policy();
            return Map.entry(p, g.forms);
        });
    }

    /** A valid policy made from the choices. */
    static Policy policy(Random random) {
        return new PolicyRecipe(random).policy();
    }

    /** A holiday set made from the choices: dated rules of 2025 and 2026, recurring holidays, perhaps statutory rules. */
    static HolidaySet holidaySet(Random random) {
        PolicyRecipe g = new PolicyRecipe(random);
        return g.holidaySet(g.id("set"), g.dates());
    }

    private Policy policy() {
        PolicyBuilder b = Policy.builder(id("policy"));
        if (random.nextBoolean()) {
            b.name(text());
        }
        if (random.nextBoolean()) {
            b.description(text());
        }
        if (random.nextBoolean()) {
            // from 2024 to mid-2026: months of tickets are left before the holiday data of the strict calendars ends
            b.effectiveFrom(LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900)));
        }
        if (random.nextBoolean()) {
            b.zone(ZoneId.of(pick(ZONES)));
        }
        String vendor = id("vendor");
        b.party(Party.of(vendor, text(), Party.Kind.VENDOR)).vendor(vendor);
        List<String> parties = new ArrayList<>(List.of(vendor));
        for (int i = random.nextInt(4); i > 0; i--) {
            String party = id("party");
            b.party(Party.of(party, text(), pick(Party.Kind.values())));
            parties.add(party);
        }
        List<String> calendars = calendars(b);
        List<String> plans = plans(b);
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String attribute = id("attribute");
            List<String> values = new ArrayList<>();
            for (int j = 1 + random.nextInt(3); j > 0; j--) {
                values.add(random.nextBoolean() ? id("value") : text() + serial++);
            }
            b.attribute(attribute, values.toArray(new String[0]));
            attributes.put(attribute, values);
        }
        List<String> statuses = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            statuses.add(id("status"));
        }
        if (!statuses.isEmpty()) {
            b.statuses(statuses.toArray(new String[0]));
            // up to two status classes over the statuses, the second on a calendar
            int cut = random.nextInt(statuses.size() + 1);
            if (cut > 0) {
                b.statusClass(new StatusClass(id("class"), statuses.subList(0, cut), null));
            }
            if (cut < statuses.size() && !calendars.isEmpty() && random.nextBoolean()) {
                b.statusClass(new StatusClass(id("class"), statuses.subList(cut, statuses.size()), pick(calendars)));
            }
        }
        List<String> services = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String service = id("service");
            b.service(Service.of(service, text()));
            services.add(service);
            for (String plan : plans) {
                // a plan that inherits states a cell now and then; it takes its parent's otherwise
                if (parents.get(plan) == null || random.nextBoolean()) {
                    b.cover(service, plan, cell(parties));
                }
            }
        }
        if (random.nextBoolean()) {
            b.defaultAssignment(cell(parties));
        }
        for (String plan : plans) {
            if (random.nextInt(4) == 1) {
                b.defaultAssignment(plan, cell(parties));
            }
            if (random.nextInt(4) == 1) {
                b.defaultMode(plan, pick(MODES));
            }
        }
        List<String> levels = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String level = id("level");
            b.severity(new SeverityLevel(level, text(), random.nextBoolean() ? "" : text()));
            levels.add(level);
        }
        Map<String, List<String>> vocabulary = new LinkedHashMap<>(attributes);
        vocabulary.put("plan", plans);
        if (!services.isEmpty()) {
            vocabulary.put("service", services);
        }
        if (!levels.isEmpty()) {
            vocabulary.put("severity", levels);
        }
        vocabulary.put("requester", List.of("partner", "end-user", "customer"));
        vocabulary.put("channel", List.of("email", "portal", "phone"));
        if (!levels.isEmpty()) {
            for (Condition when : conditions(vocabulary, random.nextInt(4), true)) {
                b.classify(new ClassificationRule(when, pick(levels)));
            }
            if (random.nextBoolean()) {
                b.defaultSeverity(pick(levels));
            }
        }
        for (Condition when : conditions(vocabulary, random.nextInt(4), true)) {
            b.mode(new ModeRule(when, pick(MODES), text()));
        }
        for (Condition when : conditions(vocabulary, random.nextInt(4), false)) {
            b.intake(new IntakeRule(when, text(), random.nextBoolean() ? pick(parties) : null));
        }
        metricsAndTargets(b, plans, levels, services, statuses, calendars);
        return b.build();
    }

    // ------------------------------------------------------------------ calendars
    private List<String> calendars(PolicyBuilder b) {
        List<String> ids = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String id = id("calendar");
            WorkCalendar.Builder cb = WorkCalendar.builder().name(id).zone(ZoneId.of(pick(ZONES)))
                    .weeklyHours(WeeklyHours.parse(pick(HOURS)));
            // each date and each day of the year is used once in the calendar, so no two rules conflict
            List<LocalDate> dates = dates();
            if (random.nextBoolean()) {
                cb.holidays(HolidaySet.builtIn("ru"));
            }
            if (random.nextBoolean()) {
                cb.holidays(holidaySet(random.nextBoolean() ? id + "-days" : id("set"), dates));
            }
            if (random.nextBoolean()) {
                cb.holidays(holidaySet(id("set"), dates));
            }
            if (random.nextBoolean()) {
                ownDays(cb, dates);
            }
            if (random.nextBoolean()) {
                cb.shortDays(false);
            }
            if (random.nextBoolean()) {
                cb.strict(true);
            }
            if (random.nextBoolean()) {
                cb.holidayHours(DayHours.parse("10:00-18:00"));
            }
            if (random.nextBoolean()) {
                cb.override(take(dates), DayHours.parse(random.nextBoolean() ? "closed" : "09:00-13:00"));
            }
            b.calendar(id, cb.build());
            ids.add(id);
        }
        return ids;
    }

    /**
     * Distinct dates of 2025 and 2026, none on a day of the year a recurring holiday may take
     * and none on which the built-in set {@code ru} has a rule; {@link #take} draws from them.
     */
    private List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            if (d.getDayOfMonth() < 20 && !RU_DATES.contains(d)) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** Removes a random date from the pool of {@link #dates()}. */
    private LocalDate take(List<LocalDate> dates) {
        return dates.remove(random.nextInt(dates.size()));
    }

    /** A recurring holiday's day, on the 20th or later, which no dated rule and no rule of {@code ru} takes. */
    private MonthDay recurringDay(Set<MonthDay> taken) {
        int i = random.nextInt(12 * 9);
        MonthDay day = MonthDay.of(1 + i / 9, 20 + i % 9);
        // a day taken already: the next one, so that the choices 0 end too
        while (RU_DAYS.contains(day) || !taken.add(day)) {
            i = (i + 1) % (12 * 9);
            day = MonthDay.of(1 + i / 9, 20 + i % 9);
        }
        return day;
    }

    private HolidaySet holidaySet(String name, List<LocalDate> dates) {
        HolidaySet.Builder sb = HolidaySet.builder(name);
        if (random.nextBoolean()) {
            sb.title(text());
        }
        if (random.nextBoolean()) {
            sb.source(text());
        }
        // statutory rules compute the years outside 2025 and 2026, which hold the dated rules
        boolean statutory = random.nextInt(3) == 0;
        if (statutory || random.nextBoolean()) {
            sb.year(2025, text(), false).year(2026, "decree " + serial++, random.nextBoolean());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            sb.holiday(take(dates), text());
        }
        for (int i = random.nextInt(2); i > 0; i--) {
            sb.dayOff(take(dates), text());
        }
        for (int i = random.nextInt(2); i > 0; i--) {
            sb.workingDay(take(dates), pick(DayOfWeek.values()), text());
        }
        for (int i = random.nextInt(2); i > 0; i--) {
            sb.shortDay(take(dates), random.nextBoolean() ? Duration.ofHours(1) : Duration.ofMinutes(30), text());
        }
        Set<MonthDay> taken = new LinkedHashSet<>();
        for (int i = random.nextInt(2); i > 0; i--) {
            sb.recurringHoliday(recurringDay(taken), text());
        }
        if (statutory) {
            sb.yearRules(statutoryRules());
        }
        return sb.build();
    }

    /**
     * Statutory rules with every option of the format: ranges, carry-over with and without
     * exceptions, shortening, weekend. Their holidays fall on the 29th to 31st, which no dated
     * rule, no recurring holiday and no rule of {@code ru} takes, and their carry-overs never
     * on a Saturday or Sunday, on which {@code ru} has its working days.
     */
    private StatutoryRules statutoryRules() {
        StatutoryRules.Builder rb = StatutoryRules.builder(random.nextBoolean() ? "Labour Code, article 112" : "law " + serial++);
        List<MonthDay> free = new ArrayList<>();
        for (java.time.Month m : java.time.Month.values()) {
            for (int d = 29; d <= m.minLength(); d++) {
                if (!RU_DAYS.contains(MonthDay.of(m, d))) {
                    free.add(MonthDay.of(m, d));
                }
            }
        }
        java.util.Collections.shuffle(free, random);
        Set<MonthDay> used = new LinkedHashSet<>();
        for (MonthDay day : free.subList(0, 1 + random.nextInt(3))) {
            MonthDay next = day.getDayOfMonth() == 29 ? MonthDay.of(day.getMonth(), 30) : null;
            if (next != null && free.contains(next) && !used.contains(day) && !used.contains(next) && random.nextBoolean()) {
                rb.holidays(day, next, "holidays of " + day);
                used.add(day);
                used.add(next);
            } else if (used.add(day)) {
                rb.holiday(day, text());
            }
        }
        switch (random.nextInt(3)) {
            case 0:
                rb.carryOver(Set.of());
                break;
            case 1:
                rb.carryOver(EnumSet.of(java.time.Month.JANUARY, pick(java.time.Month.values())));
                break;
            default:
        }
        if (random.nextBoolean()) {
            rb.shortBeforeHoliday(random.nextBoolean() ? Duration.ofHours(1) : Duration.ofMinutes(30));
        }
        if (random.nextInt(4) == 0) {
            rb.weekend(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
        rb.provisional(random.nextBoolean());
        return rb.build();
    }

    private void ownDays(WorkCalendar.Builder cb, List<LocalDate> dates) {
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            cb.holiday(take(dates), text());
        }
        if (random.nextBoolean()) {
            cb.workingDay(take(dates), pick(DayOfWeek.values()), text());
        }
        if (random.nextBoolean()) {
            cb.shortDay(take(dates), Duration.ofHours(1), text());
        }
        if (random.nextBoolean()) {
            cb.recurringHoliday(recurringDay(new LinkedHashSet<>()), text());
        }
    }

    // ------------------------------------------------------------------ plans, cells
    private List<String> plans(PolicyBuilder b) {
        List<String> plans = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            String id = id("plan");
            String parent = !plans.isEmpty() && random.nextBoolean() ? pick(plans) : null;
            List<String> languages = random.nextBoolean() ? List.of() : List.of("en", "ru").subList(0, 1 + random.nextInt(2));
            List<String> channels = random.nextBoolean() ? List.of() : List.of("email", "portal");
            b.plan(new Plan(id, text(), parent, languages, channels));
            plans.add(id);
            parents.put(id, parent);
        }
        return plans;
    }

    private Assignment cell(List<String> parties) {
        switch (random.nextInt(4)) {
            case 0:
                return Assignment.of(pick(parties), Mode.FULL);
            case 1:
                return new Assignment(pick(parties), pick(MODES), random.nextBoolean() ? null : text());
            case 2:
                return new Assignment(null, Mode.NOT_PROVIDED, random.nextBoolean() ? null : text());
            default:
                return new Assignment(null, Mode.NOT_NEEDED, text());
        }
    }

    // ------------------------------------------------------------------ conditions
    /** Distinct conditions; an unconditional one only last, and only where allowed. */
    private List<Condition> conditions(Map<String, List<String>> vocabulary, int count, boolean alwaysAllowed) {
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Condition c = condition(vocabulary, alwaysAllowed && i == count - 1);
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private Condition condition(Map<String, List<String>> vocabulary, boolean mayBeAlways) {
        List<String> attributes = new ArrayList<>(vocabulary.keySet());
        int form = random.nextInt(mayBeAlways ? 5 : 4);
        Condition c = Condition.ALWAYS;
        switch (form) {
            case 0: {
                String a = pick(attributes);
                forms.add(Form.ANY_OF);
                return c.and(a, some(vocabulary.get(a)));
            }
            case 1: {
                String a = pick(attributes);
                forms.add(Form.NONE_OF);
                return c.andNot(a, some(vocabulary.get(a)));
            }
            case 2: {
                String a = pick(attributes);
                forms.add(Form.BOTH_ON_ONE_ATTRIBUTE);
                return c.and(a, some(vocabulary.get(a))).andNot(a, some(vocabulary.get(a)));
            }
            case 3: {
                java.util.Collections.shuffle(attributes, random);
                int n = Math.min(attributes.size(), 2 + random.nextInt(2));
                for (String a : attributes.subList(0, n)) {
                    int how = random.nextInt(3);
                    c = how == 0 ? c.and(a, some(vocabulary.get(a))) : how == 1 ? c.andNot(a, some(vocabulary.get(a)))
                            : c.and(a, some(vocabulary.get(a))).andNot(a, some(vocabulary.get(a)));
                }
                forms.add(n > 1 ? Form.SEVERAL_ATTRIBUTES : Form.ANY_OF);
                return c;
            }
            default:
                forms.add(Form.ALWAYS);
                return c;
        }
    }

    /** One or more distinct values of a list. */
    private String[] some(List<String> values) {
        List<String> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, 1 + random.nextInt(copy.size())).toArray(new String[0]);
    }

    // ------------------------------------------------------------------ metrics, targets
    private void metricsAndTargets(PolicyBuilder b, List<String> plans, List<String> levels, List<String> services,
            List<String> statuses, List<String> calendars) {
        List<String> pool = statuses.isEmpty() ? List.of("waiting", "on-hold", "closed") : statuses;
        for (int i = random.nextInt(3); i > 0; i--) {
            String metric = id("metric");
            b.metric(MetricRecipe.metric(random, metric, text(), pool));
            List<String> perLevel = levels.isEmpty() ? java.util.Collections.singletonList(null) : levels;
            for (String plan : plans) {
                if (parents.get(plan) != null && random.nextInt(3) == 1) {
                    continue;       // the plan takes its parent's targets
                }
                if (random.nextInt(4) == 0) {
                    b.target(target(metric, plan, null, null, calendars));
                    continue;
                }
                for (String level : perLevel) {
                    b.target(target(metric, plan, level, null, calendars));
                }
            }
            if (!services.isEmpty()) {
                // targets for a service, with or without a severity, on any plan
                Set<List<String>> named = new LinkedHashSet<>();
                for (int j = random.nextInt(4); j > 0; j--) {
                    List<String> key = java.util.Arrays.asList(pick(plans),
                            levels.isEmpty() || random.nextBoolean() ? null : pick(levels), pick(services));
                    if (named.add(key)) {
                        b.target(target(metric, key.get(0), key.get(1), key.get(2), calendars));
                    }
                }
            }
        }
    }

    private Target target(String metric, String plan, String level, String service, List<String> calendars) {
        String note = random.nextBoolean() ? null : text();
        if (calendars.isEmpty() || random.nextInt(4) == 0) {
            return new Target(metric, plan, level, service, null, null, note);
        }
        if (random.nextInt(5) == 0) {
            RelativeDeadline deadline = random.nextBoolean() ? RelativeDeadline.endOfBusinessDay(1 + random.nextInt(5))
                    : RelativeDeadline.at(1 + random.nextInt(5), java.time.LocalTime.of(random.nextInt(24), random.nextInt(60)));
            return new Target(metric, plan, level, service, null, pick(calendars), note, deadline);
        }
        Duration d = random.nextBoolean() ? Duration.ofHours(1 + random.nextInt(48)) : Duration.ofMinutes(1 + random.nextInt(600));
        return new Target(metric, plan, level, service, d, pick(calendars), note);
    }

    // ------------------------------------------------------------------ values
    private String id(String prefix) {
        return prefix + "-" + serial++;
    }

    private String text() {
        return pick(TEXTS);
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
