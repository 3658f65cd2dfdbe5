package dev.sla.core;

import dev.sla.regulations.RegulationTables;
import dev.sla.calendar.DayHours;
import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.WeeklyHours;
import dev.sla.calendar.WorkCalendar;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The five example regulations (shared/seeds 000-004) built in Java, as test fixtures.
 *
 * <p>The ids of parties, plans, services, severities, attributes and their values,
 * statuses, metrics and calendars are a contract: the bundled JSON policies of the same
 * names must state the same policies. Choices the regulations leave open are marked
 * "choice" below and in each policy's description.
 */
final class Regulations {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZoneId UTC = ZoneId.of("UTC");

    /** Every regulation by policy id, for tests that go over all of them. */
    static final Map<String, Supplier<Policy>> ALL = Map.of(
            "navixy-ru", Regulations::navixyRu,
            "navixy-en", Regulations::navixyEn,
            "insales", Regulations::insales,
            "express", Regulations::express,
            "trackunit", Regulations::trackunit);

    private Regulations() {
    }

    // -----------------------------------------------------------------------
    // Navixy (seeds 000 ru, 001 en)

    /** The Navixy services common to both texts, in the order of the regulation's table. */
    static final List<String> NAVIXY_SERVICES = RegulationTables.NAVIXY_SERVICES.stream().map(r -> r[0]).toList();

    /** The Russian text: Mon-Fri 08:00-16:00 Moscow time, Russian holidays and transfers, no short days. */
    static Policy navixyRu() {
        WorkCalendar hours = WorkCalendar.builder()
                .name("support-hours")
                .zone(MOSCOW)
                .weeklyHours(WeeklyHours.parse("Mon-Fri 08:00-16:00"))
                .holidays(HolidaySet.builtIn("ru"))
                .shortDays(false)
                .build();
        PolicyBuilder b = Policy.builder("navixy-ru")
                .name("Регламент оказания технической поддержки Navixy")
                .description("Seed 000. Working hours Mon-Fri 08:00-16:00 MSK on the Russian production calendar "
                        + "(holidays and transferred working days; pre-holiday days are not shortened). "
                        + "Questions that are no incident get 8 working hours on PaaS (the regulation's first-reply time) "
                        + "and no stated time on On-premise and Cloud.")
                .zone(MOSCOW)
                .calendar("support-hours", hours);
        navixyCommon(b, "ru",
                new String[] {"Платформа Navixy", "Партнёр", "Производитель устройства"},
                new String[] {"PaaS", "On-premise", "Cloud"},
                new String[] {"Уровень 1", "Уровень 2", "Уровень 3", "Вопрос"},
                new String[] {"ru", "en"});
        return b.build();
    }

    /** The English text: Mon-Fri 05:00-13:00 UTC, no holidays; GPS hardware goes to the manufacturer. */
    static Policy navixyEn() {
        WorkCalendar hours = WorkCalendar.builder()
                .name("support-hours")
                .zone(UTC)
                .weeklyHours(WeeklyHours.parse("Mon-Fri 05:00-13:00"))
                .build();
        PolicyBuilder b = Policy.builder("navixy-en")
                .name("Navixy Technical Support Regulations")
                .description("Seed 001. Working hours Mon-Fri 05:00-13:00 UTC, no holidays. "
                        + "Questions that are no incident get 8 business hours on PaaS (the regulation's first-reply time) "
                        + "and no stated time on On-premise and Cloud.")
                .zone(UTC)
                .calendar("support-hours", hours);
        navixyCommon(b, "en",
                new String[] {"Navixy", "Partner", "Device manufacturer"},
                new String[] {"PaaS", "On-premise", "Cloud"},
                new String[] {"Level 1", "Level 2", "Level 3", "Question"},
                new String[] {"en", "es"});
        b.service(Service.of("gps-hardware-setup", "Configuration and installation of GPS hardware"));
        Assignment manufacturer = new Assignment("device-manufacturer", Mode.NOT_PROVIDED,
                "consultation on GPS hardware is not provided; contact the device manufacturer");
        b.cover("gps-hardware-setup", "paas", manufacturer);
        b.cover("gps-hardware-setup", "on-premise", manufacturer);
        return b.build();
    }

    private static void navixyCommon(PolicyBuilder b, String lang, String[] parties, String[] plans,
            String[] levels, String[] languages) {
        b.vendor("navixy")
                .party(Party.of("navixy", parties[0], Party.Kind.VENDOR))
                .party(Party.of("partner", parties[1], Party.Kind.CUSTOMER))
                .party(Party.of("device-manufacturer", parties[2], Party.Kind.THIRD_PARTY))
                .plan(Plan.of("paas", plans[0]).withLanguages(languages))
                .plan(Plan.of("on-premise", plans[1]).withLanguages(languages))
                .plan(Plan.of("cloud", plans[2]).inheriting("on-premise").withLanguages(languages))
                .defaultMode("on-premise", Mode.CONSULTATIVE);
        boolean ru = lang.equals("ru");
        String[] names = ru ? new String[] {
            "Консультация по функциям платформы Navixy", "Консультация по Navixy API",
            "Консультация по активации устройств (на стороне платформы)",
            "Консультация по проблемам получения данных с устройств (на стороне платформы)",
            "Массовая регистрация устройств", "Индивидуальные логотипы в учетных записях пользователей",
            "Подключение SMS-шлюза (шлюз предоставляется Партнером)",
            "Подключение дополнительных слоев карт (слои предоставляются Партнером)",
            "Подключение сторонних веб-приложений",
            "Подключение собственных GIS-ключей (ключи предоставляются Партнером)",
            "Установка и обновление SSL-сертификатов (SSL-сертификаты предоставляются Партнером)",
            "Конфигурация программного обеспечения", "Обновление платформы",
            "Консультация по производительности платформы Navixy", "Прочие вопросы по администрированию сервера"}
            : new String[] {
            "Consultation on Navixy features", "Consultations on Navixy API",
            "Consultations on device activation (platform related only)",
            "Consultations on issues with device reporting to the platform (platform related only)",
            "Bulk device registration", "Custom logos in user accounts",
            "SMS gateway implementation (gateway provided by the Partner)",
            "Custom map layers addition (layers provided by the Partner)",
            "Custom web apps integration (application provided by the Partner)",
            "GIS license keys implementation (keys provided by the Partner)",
            "SSL certificate setup and renewal (SSL provided by the Partner)", "Software configuration",
            "Software updates", "Navixy platform productivity questions", "Other server administration questions"};
        for (int i = 0; i < NAVIXY_SERVICES.size(); i++) {
            b.service(Service.of(NAVIXY_SERVICES.get(i), names[i]));
        }
        Assignment navixy = Assignment.of("navixy", Mode.FULL);
        Assignment partner = Assignment.of("partner", Mode.FULL);
        for (String s : NAVIXY_SERVICES.subList(0, 5)) {
            b.cover(s, "paas", navixy).cover(s, "on-premise", navixy);
        }
        for (String s : NAVIXY_SERVICES.subList(5, 12)) {
            b.cover(s, "paas", navixy).cover(s, "on-premise", partner);
        }
        b.cover("software-updates", "paas", Assignment.of("navixy", Mode.AUTOMATIC).withNote("always the newest version"))
                .cover("software-updates", "on-premise", partner)
                .cover("performance-questions", "paas", navixy)
                .cover("performance-questions", "on-premise", Assignment.of("navixy", Mode.LOG_ANALYSIS))
                .cover("server-administration", "paas", Assignment.nobody(Mode.NOT_NEEDED))
                .cover("server-administration", "on-premise", ru ? Assignment.nobody(Mode.NOT_PROVIDED)
                        : new Assignment("partner", Mode.NOT_PROVIDED, "handled only by the Partner's technician team"));

        b.attribute("impact", "all", "several", "single")
                .attribute("cause", "navixy-software", "third-party-software")
                .attribute("requester", "partner", "end-user");
        String[] descriptions = ru ? new String[] {
            "Сбой затрагивает 100% функций платформы и 100% пользователей и не относится к стороннему программному обеспечению",
            "Сбой затрагивает несколько функций или пользователей", "Сбой затрагивает одиночную функцию или пользователя",
            "Запрос, не являющийся инцидентом"}
            : new String[] {
            "The failure affects 100% of the features and 100% of the users and does not relate to a third-party software",
            "The failure affects several features or users", "The failure affects a single feature or a user",
            "A request that is no incident"};
        String[] ids = {"level-1", "level-2", "level-3", "question"};
        for (int i = 0; i < ids.length; i++) {
            b.severity(new SeverityLevel(ids[i], levels[i], descriptions[i]));
        }
        b.classify(new ClassificationRule(Condition.when("impact", "all").andNot("cause", "third-party-software"), "level-1"))
                .classify(new ClassificationRule(Condition.when("impact", "all", "several"), "level-2"))
                .classify(new ClassificationRule(Condition.when("impact", "single"), "level-3"))
                .defaultSeverity("question");
        b.mode(new ModeRule(Condition.when("cause", "third-party-software"), Mode.CONSULTATIVE, ru
                ? "неисправность вызвана сторонним программным обеспечением: только консультационная поддержка"
                : "the fault was caused by third-party software: only consultative support")
                .scoped(List.of("navixy"), List.of(Mode.FULL, Mode.LOG_ANALYSIS)));
        b.intake(new IntakeRule(Condition.when("requester", "end-user"), ru
                ? "запросы от конечных пользователей Партнера не принимаются; их следует направить Партнеру"
                : "requests from the Partner's end users are not considered; they go to the Partner as the service provider",
                "partner"));

        b.metric(Metric.of("first-response", ru ? "Время реакции" : "Response time", EventType.AGENT_RESPONSE)
                .restartedBy(EventType.CUSTOMER_MESSAGE));
        for (String[] row : RegulationTables.NAVIXY_RESPONSE_TIMES) {
            b.target(Target.of("first-response", "paas", row[0], Duration.parse(row[1]), "support-hours"));
            b.target(Target.of("first-response", "on-premise", row[0], Duration.parse(row[2]), "support-hours"));
        }
        b.target(Target.of("first-response", "paas", "question", Duration.ofHours(8), "support-hours"));
        b.target(Target.none("first-response", "on-premise", "question",
                "the regulation states no response time for questions on On-premise and Cloud"));
    }

    // -----------------------------------------------------------------------
    // InSales (seed 002)

    /** The InSales services, in the order of the regulation. */
    static final List<String> INSALES_SERVICES = RegulationTables.INSALES_PAID.stream().map(r -> r[0]).toList();

    /** 24/7; 24 hours to react, 3 on Premium; Social covers only system-error fixes. */
    static Policy insales() {
        PolicyBuilder b = Policy.builder("insales")
                .name("Регламент работы технической поддержки InSales")
                .description("Seed 002. Support around the clock (Moscow time); reaction within 24 hours, 3 hours on "
                        + "Premium; no resolution time is guaranteed. Only tickets from the knowledge-base page or the "
                        + "back office are registered; phone support is consultative.")
                .zone(MOSCOW)
                .calendar("always", WorkCalendar.builder().name("always").zone(MOSCOW)
                        .weeklyHours(WeeklyHours.ALWAYS).build())
                .vendor("insales")
                .party(Party.of("insales", "Техническая поддержка InSales", Party.Kind.VENDOR))
                .party(Party.of("merchant", "Владелец магазина", Party.Kind.CUSTOMER))
                .party(Party.of("sales-department", "Отдел продаж", Party.Kind.THIRD_PARTY))
                .party(Party.of("third-party", "Сторонний сервис", Party.Kind.THIRD_PARTY))
                .plan(Plan.of("social", "Социальный").withLanguages("ru").withChannels("knowledge-base", "back-office"))
                .plan(Plan.of("standard", "Стандартный").withLanguages("ru").withChannels("knowledge-base", "back-office"))
                .plan(Plan.of("premium", "Премиум").withLanguages("ru").withChannels("knowledge-base", "back-office"));
        String[] names = {
            "Консультации по возможностям платформы", "Консультации по функционалу тарифов",
            "Консультации по первичной настройке магазина", "Консультации по интеграциям, разработанным InSales",
            "Консультации по функционалу шаблонов, разработанных InSales", "Доработки шаблонов, разработанных InSales",
            "Консультации по использованию шаблонизатора liquid", "Настройка доменного имени", "Исправление системных ошибок",
            "Вёрстка, не относящаяся к функционалу InSales", "Организация бизнеса, юридические вопросы, реклама и SEO",
            "Удаление контента магазина", "Передача прав на магазин и домен", "Функционал стороннего сервиса"};
        for (int i = 0; i < INSALES_SERVICES.size(); i++) {
            b.service(Service.of(INSALES_SERVICES.get(i), names[i]));
        }
        Assignment insales = Assignment.of("insales", Mode.FULL);
        Assignment notProvided = Assignment.nobody(Mode.NOT_PROVIDED);
        Assignment socialNot = notProvided.withNote("the Social plan covers only system-error fixes");
        for (String s : INSALES_SERVICES) {
            Assignment paid;
            switch (s) {
                case "template-changes":
                    paid = insales.withNote("changes that take a specialist substantial time are a paid extra");
                    break;
                case "layout":
                    paid = notProvided.withNote("no consultations on layout not directly related to InSales features");
                    break;
                case "business-questions":
                    paid = new Assignment("insales", Mode.of("limited"),
                            "limited support; a substantial task goes to the sales-department");
                    break;
                case "content-deletion":
                case "ownership-transfer":
                    paid = insales.withNote("only in writing and only from the shop owner");
                    break;
                case "third-party-service":
                    paid = insales.withNote("the feature is provided by a third-party service: the solution may be late or impossible");
                    break;
                default:
                    paid = insales;
            }
            b.cover(s, "social", s.equals("system-error-fix") ? insales : socialNot);
            b.cover(s, "standard", paid);
            b.cover(s, "premium", paid);
        }
        b.defaultAssignment("social", socialNot);
        b.attribute("channel", "knowledge-base", "back-office", "email", "forum", "icq", "skype", "phone")
                .attribute("requester", "owner", "staff");
        b.intake(new IntakeRule(Condition.when("channel", "email", "forum", "icq", "skype"),
                "requests made by e-mail, forum, ICQ or Skype are not registered; use the knowledge-base page or the back office",
                null));
        b.intake(new IntakeRule(Condition.when("service", "content-deletion", "ownership-transfer").andNot("requester", "owner"),
                "content deletion and ownership transfer are accepted only from the shop owner", null));
        b.intake(new IntakeRule(Condition.when("service", "content-deletion", "ownership-transfer").and("channel", "phone"),
                "content deletion and ownership transfer are accepted only in writing", null));
        b.mode(new ModeRule(Condition.when("channel", "phone"), Mode.CONSULTATIVE,
                "phone support is consultative; account changes only by written request"));
        b.metric(Metric.of("first-response", "Время реакции", EventType.AGENT_RESPONSE));
        b.target(Target.of("first-response", "social", null, Duration.ofHours(24), "always"));
        b.target(Target.of("first-response", "standard", null, Duration.ofHours(24), "always"));
        b.target(Target.of("first-response", "premium", null, Duration.ofHours(3), "always"));
        return b.build();
    }

    // -----------------------------------------------------------------------
    // eXpress (seed 003)

    /** The eXpress statuses, in the order of the regulation. */
    static final List<String> EXPRESS_STATUSES = RegulationTables.EXPRESS_STATUSES;

    /** Free client support without SLA, and contract technical support with an example contract. */
    static Policy expressRegulation() {
        WorkCalendar client = WorkCalendar.builder()
                .name("client-support")
                .zone(MOSCOW)
                .weeklyHours(WeeklyHours.parse("Mon-Fri 08:00-21:00; Sat-Sun 10:00-18:00"))
                .holidays(HolidaySet.builtIn("ru"))
                .holidayHours(DayHours.parse("10:00-18:00"))
                .shortDays(false)
                .build();
        CalendarTemplate technical = new CalendarTemplate(WorkCalendar.builder()
                .name("technical-support")
                .zone(ZoneOffset.UTC)
                .weeklyHours(WeeklyHours.ALWAYS)
                .build(), "technical-support-zone", "technical-support-hours", "technical-support-holidays", false);
        PolicyBuilder b = Policy.builder("express")
                .name("Поддержка eXpress")
                .description("Seed 003. Client support: Mon-Fri 08:00-21:00, weekends and holidays 10:00-18:00 Moscow "
                        + "time, no SLA. Technical support: hours and SLA are per contract (parameters).")
                .zone(MOSCOW)
                .calendar("client-support", client)
                .calendar("technical-support", technical)
                .vendor("express")
                .party(Party.of("express", "Поддержка eXpress", Party.Kind.VENDOR))
                .plan(Plan.of("client-support", "Клиентская поддержка").withLanguages("ru"))
                .plan(Plan.of("technical-support", "Техническая поддержка").withLanguages("ru"))
                .severity(new SeverityLevel("highest", "Highest", "срочная, серьёзная проблема у многих пользователей"))
                .severity(new SeverityLevel("high", "High", "срочная, серьёзная проблема у многих пользователей"))
                .severity(new SeverityLevel("medium", "Medium", "повторяется достаточно часто, но не мешает работе в целом"))
                .severity(new SeverityLevel("low", "Low", "повторяется редко или некритичная проблема"))
                .severity(new SeverityLevel("lowest", "Lowest", "повторяется редко или некритичная проблема"))
                .statuses(EXPRESS_STATUSES.toArray(new String[0]))
                // a request resolved without an earlier answer has been answered; a cancelled one voids both
                .metric(Metric.of("first-response", "Первый ответ", EventType.AGENT_RESPONSE, EventType.RESOLVED)
                        .pausedIn("waiting-for-customer", "paused").stoppedIn("resolved").voidedIn("cancelled"))
                .metric(Metric.of("resolution", "Решение", EventType.RESOLVED)
                        .pausedIn("waiting-for-customer", "paused").stoppedIn("resolved").voidedIn("cancelled"));
        for (String[] row : RegulationTables.EXPRESS_STATUS_CLASSES) {
            b.statusClass(StatusClass.of(row[0], java.util.Arrays.copyOfRange(row, 1, row.length)));
        }
        String noSla = "client support tickets have no SLA";
        b.target(Target.none("first-response", "client-support", null, noSla));
        b.target(Target.none("resolution", "client-support", null, noSla));
        b.parameter(Parameter.of("technical-support-hours", ParameterKind.HOURS))
                .parameter(Parameter.of("technical-support-zone", ParameterKind.ZONE))
                .parameter(Parameter.of("technical-support-holidays", ParameterKind.HOLIDAYS));
        for (String metric : List.of("first-response", "resolution")) {
            for (String[] row : RegulationTables.EXPRESS_EXAMPLE_TIMES) {
                b.parameter(Parameter.of(metric + "-" + row[0], ParameterKind.DURATION));
                b.target(Target.ofParameter(metric, "technical-support", row[0], metric + "-" + row[0], "technical-support"));
            }
        }
        return b.build();
    }

    /** The example contract of eXpress technical support, with the numbers of {@link RegulationTables}. */
    static final Contract EXPRESS_EXAMPLE = Contract.of("express-example", "Example customer", "express",
            "technical-support", LocalDate.of(2024, 1, 1), RegulationTables.expressExampleValues());

    /** eXpress bound to its example contract: the numbers the tests of the clock count on. */
    static Policy express() {
        return expressRegulation().withContract(EXPRESS_EXAMPLE);
    }

    // -----------------------------------------------------------------------
    // Trackunit (seed 004)

    /** The critical categories, in the order of the regulation. */
    static final List<String> TRACKUNIT_CRITICAL = RegulationTables.TRACKUNIT_CRITICAL;
    /** The non-critical categories, in the order of the regulation. */
    static final List<String> TRACKUNIT_NON_CRITICAL = RegulationTables.TRACKUNIT_NON_CRITICAL;

    /** Critical / non-critical by category; the response time of an example contract. */
    static Policy trackunitRegulation() {
        String[] categories = new String[TRACKUNIT_CRITICAL.size() + TRACKUNIT_NON_CRITICAL.size()];
        for (int i = 0; i < categories.length; i++) {
            categories[i] = i < TRACKUNIT_CRITICAL.size() ? TRACKUNIT_CRITICAL.get(i)
                    : TRACKUNIT_NON_CRITICAL.get(i - TRACKUNIT_CRITICAL.size());
        }
        return Policy.builder("trackunit")
                .name("Ordre de priorité des tickets au support Trackunit")
                .description("Seed 004. The response time follows the customer's SLA (parameters).")
                .zone(PARIS)
                .parameter(Parameter.of("first-response-critical", ParameterKind.DURATION))
                .parameter(Parameter.of("first-response-non-critical", ParameterKind.DURATION))
                .parameter(Parameter.of("critical-hours", ParameterKind.HOURS))
                .parameter(Parameter.of("business-hours", ParameterKind.HOURS))
                .parameter(Parameter.of("zone", ParameterKind.ZONE))
                .calendar("critical-hours", new CalendarTemplate(WorkCalendar.always(ZoneOffset.UTC), "zone",
                        "critical-hours", null, false))
                .calendar("business-hours", new CalendarTemplate(WorkCalendar.always(ZoneOffset.UTC), "zone",
                        "business-hours", null, false))
                .vendor("trackunit")
                .party(Party.of("trackunit", "Trackunit Support", Party.Kind.VENDOR))
                .plan(Plan.of("standard", "SLA"))
                .severity(new SeverityLevel("critical", "Critique", "impact majeur sur vos opérations"))
                .severity(new SeverityLevel("non-critical", "Non critique", "impact limité sur vos opérations"))
                .attribute("category", categories)
                .classify(new ClassificationRule(Condition.when("category", TRACKUNIT_CRITICAL.toArray(new String[0])), "critical"))
                .classify(new ClassificationRule(Condition.when("category", TRACKUNIT_NON_CRITICAL.toArray(new String[0])),
                        "non-critical"))
                .metric(Metric.of("first-response", "Temps de réponse", EventType.AGENT_RESPONSE))
                .target(Target.ofParameter("first-response", "standard", "critical", "first-response-critical",
                        "critical-hours"))
                .target(Target.ofParameter("first-response", "standard", "non-critical", "first-response-non-critical",
                        "business-hours"))
                .build();
    }

    /** The example contract of a Trackunit customer, with the numbers of {@link RegulationTables}. */
    static final Contract TRACKUNIT_EXAMPLE = Contract.of("trackunit-example", "Example customer", "trackunit",
            "standard", LocalDate.of(2024, 1, 1), RegulationTables.trackunitExampleValues());

    /** Trackunit bound to its example contract: the numbers the tests count on. */
    static Policy trackunit() {
        return trackunitRegulation().withContract(TRACKUNIT_EXAMPLE);
    }
}
