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
     * On-premise (Cloud follows On-premise); a null performer is nobody.
     */
    public static final List<String[]> NAVIXY_SERVICES = List.of(
            new String[] {"feature-consultation", "navixy", "full", "navixy", "full"},
            new String[] {"api-consultation", "navixy", "full", "navixy", "full"},
            new String[] {"device-activation", "navixy", "full", "navixy", "full"},
            new String[] {"device-data-issues", "navixy", "full", "navixy", "full"},
            new String[] {"bulk-device-registration", "navixy", "full", "navixy", "full"},
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

    /** The row the English text adds: GPS hardware questions go to the device manufacturer on every plan. */
    public static final String[] NAVIXY_EN_GPS = {"gps-hardware-setup", "device-manufacturer", "full",
        "device-manufacturer", "full"};

    /** Response times by level: level, PaaS, On-premise (and Cloud), as ISO durations of working time. */
    public static final List<String[]> NAVIXY_RESPONSE_TIMES = List.of(
            new String[] {"level-1", "PT2H", "PT3H"},
            new String[] {"level-2", "PT4H", "PT6H"},
            new String[] {"level-3", "PT6H", "PT8H"});

    // ----------------------------------------------------------------------- InSales (seed 002)
    /**
     * Service, performer and mode on the paid plans (standard and premium); the Social plan covers only
     * {@code system-error-fix}.
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
            new String[] {"third-party-service", "third-party", "full"});

    // ----------------------------------------------------------------------- eXpress (seed 003)
    /** The ticket statuses, in the order of the regulation. */
    public static final List<String> EXPRESS_STATUSES = List.of(
            "waiting-for-support", "waiting-for-customer", "checking", "in-progress", "passed-to-development",
            "analyzing", "filed", "in-active-development", "paused", "waiting-for-release", "resolved", "cancelled");

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
