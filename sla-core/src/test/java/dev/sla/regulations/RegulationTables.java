package dev.sla.regulations;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of the five regulations in {@code shared/seeds}, written once from the
 * regulations' texts: the policies built in Java (sla-core tests) and the bundled JSON
 * policies (sla-json tests) are both checked against them. Ids are the policies' ids.
 */
public final class RegulationTables {

    private RegulationTables() {
    }

    // ----------------------------------------------------------------------- Navixy (seeds 000 ru, 001 en)
    /**
     * The service table of both Navixy texts: service, performer and mode on PaaS, performer and mode on
     * On-premise (Cloud follows On-premise); a null performer is nobody. On On-premise and Cloud support "is
     * provided on a consultative basis": what Navixy provides there it provides consultatively.
     */
    public static final List<String[]> NAVIXY_SERVICES = List.of(
            new String[] {"feature-consultation", "navixy", "full", "navixy", "consultative"},
            new String[] {"api-consultation", "navixy", "full", "navixy", "consultative"},
            new String[] {"device-activation", "navixy", "full", "navixy", "consultative"},
            new String[] {"device-data-issues", "navixy", "full", "navixy", "consultative"},
            new String[] {"bulk-device-registration", "navixy", "full", "navixy", "consultative"},
            new String[] {"custom-logos", "navixy", "full", "partner", "full"},
            new String[] {"sms-gateway", "navixy", "full", "partner", "full"},
            new String[] {"custom-map-layers", "navixy", "full", "partner", "full"},
            new String[] {"custom-web-apps", "navixy", "full", "partner", "full"},
            new String[] {"gis-keys", "navixy", "full", "partner", "full"},
            new String[] {"ssl-certificates", "navixy", "full", "partner", "full"},
            new String[] {"software-configuration", "navixy", "full", "partner", "full"},
            new String[] {"software-updates", "navixy", "automatic", "partner", "full"},
            new String[] {"performance-questions", "navixy", "full", "navixy", "log-analysis"},
            new String[] {"server-administration", null, "not-needed", null, "not-provided"});

    /**
     * The row the English text adds: consultation on GPS hardware "is not provided ... contact the device
     * manufacturer" on every plan: not provided by Navixy, the request goes to the manufacturer.
     */
    public static final String[] NAVIXY_EN_GPS = {"gps-hardware-setup", "device-manufacturer", "not-provided",
        "device-manufacturer", "not-provided"};

    /**
     * The English text's server administration row: on On-premise and Cloud it "is handled only by the Partner's
     * technician team": not provided by Navixy, performed by the partner.
     */
    public static final String[] NAVIXY_EN_SERVER_ADMINISTRATION = {"server-administration", null, "not-needed",
        "partner", "not-provided"};

    /**
     * Classification by impact and cause, for both texts: impact, cause (null: not stated), level. Level 1
     * "does not relate to a third-party software"; a failure of everything caused by third-party software
     * affects several features and users: level 2.
     */
    public static final List<String[]> NAVIXY_CLASSIFICATION = List.of(
            new String[] {"all", null, "level-1"},
            new String[] {"all", "navixy-software", "level-1"},
            new String[] {"all", "third-party-software", "level-2"},
            new String[] {"several", "third-party-software", "level-2"},
            new String[] {"single", "third-party-software", "level-3"},
            new String[] {null, null, "question"});

    /** Response times by level: level, PaaS, On-premise (and Cloud), as ISO durations of working time. */
    public static final List<String[]> NAVIXY_RESPONSE_TIMES = List.of(
            new String[] {"level-1", "PT2H", "PT3H"},
            new String[] {"level-2", "PT4H", "PT6H"},
            new String[] {"level-3", "PT6H", "PT8H"});

    /**
     * Intake by plan, the same on PaaS, On-premise and Cloud: policy, languages, languages served only by
     * exception, channels (each plan enforces its channels and languages). Russian: "по электронной почте";
     * "на русском языке. В исключительных случаях ... на английском языке". English: "via email"; "in English
     * and Spanish language".
     */
    public static final List<String[]> NAVIXY_INTAKE = List.of(
            new String[] {"navixy-ru", "ru", "en", "email"},
            new String[] {"navixy-en", "en,es", "", "email"});

    /**
     * What a request should carry (noted when missing), in the order of both texts: requirement id, and for a
     * requirement of an attribute the attribute and its value.
     */
    public static final List<String[]> NAVIXY_REQUIREMENTS = List.of(
            new String[] {"description"},
            new String[] {"identifiers"},
            new String[] {"elements"},
            new String[] {"actions"},
            new String[] {"screenshots"},
            new String[] {"one-question", "questions", "one"});

    /**
     * The subject of a request on On-premise and Cloud: policy, subject, refused. Russian: "Вопросы по работе
     * стороннего программного обеспечения, операционных систем, сетевого и серверного оборудования технической
     * поддержкой не рассматриваются". English: the same, and "Navixy technical support applies only to the supplied
     * software, and does not cover any issues beyond it".
     */
    public static final List<String[]> NAVIXY_SUBJECTS = List.of(
            new String[] {"navixy-ru", "navixy-software", "false"},
            new String[] {"navixy-ru", "third-party-software", "true"},
            new String[] {"navixy-ru", "operating-system", "true"},
            new String[] {"navixy-ru", "network-hardware", "true"},
            new String[] {"navixy-ru", "server-hardware", "true"},
            new String[] {"navixy-en", "navixy-software", "false"},
            new String[] {"navixy-en", "third-party-software", "true"},
            new String[] {"navixy-en", "operating-system", "true"},
            new String[] {"navixy-en", "network-hardware", "true"},
            new String[] {"navixy-en", "server-hardware", "true"});

    /** On-premise and Cloud support is available on monthly subscription: refused without an active one. */
    public static final String[] NAVIXY_SUBSCRIPTION = {"subscription", "subscription", "active"};

    /** Whose messages restart the response time: "the last received email from the authorized Navixy Partner". */
    public static final String NAVIXY_RESTART_AUTHOR = "partner";

    /**
     * The targets that hold only for tickets received while a calendar is open: policy, plan, severity, the
     * calendar. English: the severity table's times are "valid if a ticket was received ... during working hours
     * Monday through Friday"; both texts: the PaaS first reply "may vary on holidays and weekends".
     */
    public static final List<String[]> NAVIXY_CONDITIONAL_TARGETS = List.of(
            new String[] {"navixy-ru", "paas", "question", "working-days"},
            new String[] {"navixy-en", "paas", "level-1", "support-hours"},
            new String[] {"navixy-en", "paas", "level-2", "support-hours"},
            new String[] {"navixy-en", "paas", "level-3", "support-hours"},
            new String[] {"navixy-en", "paas", "question", "working-days"},
            new String[] {"navixy-en", "on-premise", "level-1", "support-hours"},
            new String[] {"navixy-en", "on-premise", "level-2", "support-hours"},
            new String[] {"navixy-en", "on-premise", "level-3", "support-hours"});

    // ----------------------------------------------------------------------- InSales (seed 002)
    /**
     * What a request should state "для более оперативного решения проблем", on every plan, noted when missing:
     * the steps that lead to the problem, the site's address, a screenshot.
     */
    public static final List<String> INSALES_REQUIREMENTS = List.of("steps", "site-address", "screenshot");

    /**
     * Service, performer and mode on the paid plans (standard and premium); the Social plan covers only
     * {@code system-error-fix}, and a request on it that names no service is not provided.
     */
    public static final List<String[]> INSALES_PAID = List.of(
            new String[] {"platform-consultation", "insales", "full"},
            new String[] {"plan-consultation", "insales", "full"},
            new String[] {"initial-setup", "insales", "full"},
            new String[] {"integration-consultation", "insales", "full"},
            new String[] {"template-consultation", "insales", "full"},
            new String[] {"template-changes", "insales", "full"},
            new String[] {"liquid-consultation", "insales", "full"},
            new String[] {"domain-setup", "insales", "full"},
            new String[] {"system-error-fix", "insales", "full"},
            new String[] {"layout", null, "not-provided"},
            new String[] {"business-questions", "insales", "limited"},
            new String[] {"content-deletion", "insales", "full"},
            new String[] {"ownership-transfer", "insales", "full"},
            new String[] {"third-party-service", "insales", "full"});

    // ----------------------------------------------------------------------- eXpress (seed 003)
    /**
     * Service, performers on client support (in order, separated by {@code |}; null: nobody) and mode, performers
     * on technical support and mode. Client support handles end users of the client application; the server side
     * is technical support's; "the server software is updated by the organisation's system administrators or by
     * eXpress technical support"; "changes to existing systems can be discussed with the sales department".
     */
    public static final List<String[]> EXPRESS_SERVICES = List.of(
            new String[] {"client-app", "express", "full", "express", "full"},
            new String[] {"server-side", null, "not-provided", "express", "full"},
            new String[] {"server-update", "customer", "full", "customer|express", "full"},
            new String[] {"feature-request", "express", "full", "express", "full"},
            new String[] {"integration-changes", "sales-department", "not-provided", "sales-department", "not-provided"});

    /**
     * Intake: plan, requester, application (null: not stated), accepted, the plan a refused request goes to, the
     * party it goes to (null: none). End users of technical support go to client support; "if your organisation
     * uses a special application instead of eXpress, contact your organisation's support".
     */
    public static final List<String[]> EXPRESS_INTAKE = List.of(
            new String[] {"technical-support", "end-user", null, "false", "client-support", null},
            new String[] {"technical-support", "system-administrator", null, "true", null, null},
            new String[] {"technical-support", "partner", "express", "true", null, null},
            new String[] {"client-support", "end-user", null, "true", null, null},
            new String[] {"client-support", "end-user", "special", "false", null, "organisation-support"},
            new String[] {"technical-support", "system-administrator", "special", "false", null, "organisation-support"});

    /** The ticket statuses, in the order of the regulation. */
    public static final List<String> EXPRESS_STATUSES = List.of(
            "waiting-for-support", "waiting-for-customer", "checking", "in-progress", "passed-to-development",
            "analyzing", "filed", "in-active-development", "paused", "waiting-for-release", "resolved", "cancelled");

    /**
     * The status classes the regulation's list of statuses supports: class, then its statuses, each by
     * what the regulation says of it. Waiting for the requester: "support needs more information from
     * the requester" (waiting-for-customer) and "on hold when the requester gives no feedback for a long
     * time, or at the requester's request" (paused). Waiting for support: "the request waits to be taken
     * into work". Support at work: "support checks or tries to reproduce the error" (checking), "support
     * is working on the request" (in-progress), "support or the developers analyse the information
     * gathered" (analyzing). With development: "passed to development, waiting for an answer", "filed
     * with development, waiting for it to be done", "the developers are working on the task or fix",
     * "done or fixed but not yet released, waiting for a new version". Resolved and cancelled end the
     * request and are in no class.
     */
    public static final List<String[]> EXPRESS_STATUS_CLASSES = List.of(
            new String[] {"requester-wait", "waiting-for-customer", "paused"},
            new String[] {"support-queue", "waiting-for-support"},
            new String[] {"agent-work", "checking", "in-progress", "analyzing"},
            new String[] {"development", "passed-to-development", "filed", "in-active-development", "waiting-for-release"});

    /**
     * Technical support by priority: priority, first response, resolution (null: none), in working hours, as
     * the bundled example contract {@code express-example} states them (the regulation leaves them to the
     * contract; the {@code express} policy states none of them).
     */
    public static final List<String[]> EXPRESS_EXAMPLE_TIMES = List.of(
            new String[] {"highest", "PT1H", "PT8H"},
            new String[] {"high", "PT2H", "PT16H"},
            new String[] {"medium", "PT8H", "PT40H"},
            new String[] {"low", "PT16H", "PT80H"},
            new String[] {"lowest", "PT40H", null});

    /**
     * What an administrator passes to technical support about an error ("передать подробную информацию об
     * ошибке: описание, шаги, скриншоты/видео"), noted when missing, for requests on the client application and
     * the server side.
     */
    public static final List<String> EXPRESS_TECHNICAL_REQUIREMENTS = List.of("description", "steps", "screenshots");

    /**
     * What a request for a new function states, on both plans, for service {@code feature-request} only, noted when
     * missing: "Суть запроса, отвечая на вопросы «Что?», «Где?», «Когда?»; К какой клиентской платформе относится
     * запрос; Как часто просят эту функцию; Личная оценка или приоритетность запрашиваемой функции".
     */
    public static final List<String> EXPRESS_FEATURE_REQUEST_REQUIREMENTS = List.of("what-where-when", "platform",
            "frequency", "priority");

    /**
     * The bundled example contract {@code express-example} (the regulation leaves all of it to the contract):
     * technical support's weekly hours, zone and holiday sets.
     */
    public static final String[] EXPRESS_EXAMPLE_CALENDAR = {"Mon-Fri 09:00-18:00", "Europe/Moscow", "ru"};

    /**
     * The values of the bundled example contract {@code express-example}, by parameter of the {@code express}
     * policy: the calendar, then {@code METRIC-PRIORITY} for each time ({@code none} where it sets none).
     *
     * @return the values in order, not null
     */
    public static Map<String, String> expressExampleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("technical-support-hours", EXPRESS_EXAMPLE_CALENDAR[0]);
        values.put("technical-support-zone", EXPRESS_EXAMPLE_CALENDAR[1]);
        values.put("technical-support-holidays", EXPRESS_EXAMPLE_CALENDAR[2]);
        for (int metric = 1; metric <= 2; metric++) {
            for (String[] row : EXPRESS_EXAMPLE_TIMES) {
                values.put((metric == 1 ? "first-response-" : "resolution-") + row[0], row[metric] == null ? "none" : row[metric]);
            }
        }
        return values;
    }

    // ----------------------------------------------------------------------- Trackunit (seed 004)
    /**
     * The bundled example contract {@code trackunit-example} (the regulation says only "as stated in your SLA"):
     * severity, first response, the weekly hours it is counted in; all in {@link #TRACKUNIT_EXAMPLE_ZONE}.
     */
    public static final List<String[]> TRACKUNIT_EXAMPLE_TIMES = List.of(
            new String[] {"critical", "PT2H", "24/7"},
            new String[] {"non-critical", "PT8H", "Mon-Fri 08:00-17:00"});

    /** The zone of the bundled example contract {@code trackunit-example}. */
    public static final String TRACKUNIT_EXAMPLE_ZONE = "Europe/Paris";

    /**
     * The values of the bundled example contract {@code trackunit-example}, by parameter of the
     * {@code trackunit} policy.
     *
     * @return the values in order, not null
     */
    public static Map<String, String> trackunitExampleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("first-response-critical", TRACKUNIT_EXAMPLE_TIMES.get(0)[1]);
        values.put("first-response-non-critical", TRACKUNIT_EXAMPLE_TIMES.get(1)[1]);
        values.put("critical-hours", TRACKUNIT_EXAMPLE_TIMES.get(0)[2]);
        values.put("business-hours", TRACKUNIT_EXAMPLE_TIMES.get(1)[2]);
        values.put("zone", TRACKUNIT_EXAMPLE_ZONE);
        return values;
    }

    /** The critical categories, in the order of the regulation. */
    public static final List<String> TRACKUNIT_CRITICAL = List.of(
            "incident", "platform-unreachable", "outage", "machine-down", "machine-unreachable",
            "stolen-equipment-recovery", "data-loss", "outbound-api-interrupted");

    /** The non-critical categories, in the order of the regulation. */
    public static final List<String> TRACKUNIT_NON_CRITICAL = List.of(
            "equipment-activation", "ownership-transfer", "equipment-cancellation", "metadata-change",
            "single-equipment-issue", "account-settings", "feature-request", "minor-bug", "inbound-api-data-missing",
            "other");
}
