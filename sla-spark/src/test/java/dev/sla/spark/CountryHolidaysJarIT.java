package dev.sla.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.DayRule;
import dev.sla.core.Decision;
import dev.sla.core.Policy;
import dev.sla.core.Ticket;
import dev.sla.holidays.CountryHolidays;
import dev.sla.json.PolicyJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The shipped {@code sla-spark-VERSION-all.jar} judges a policy whose calendars name country holiday sets
 * ({@code fr}, {@code de-by}, {@code de-be}) on Spark in local mode.
 *
 * <p>Run by failsafe after {@code package}, on a class path of Spark's own jars and then the {@code -all} jar, as
 * on a cluster: no module of sla, no jollyday and no XML library of the build's class path, and Spark's
 * threeten-extra before the jar's (see {@code sla-spark/pom.xml}).
 */
class CountryHolidaysJarIT {

    private static final Instant AT = Instant.parse("2026-12-31T00:00:00Z");

    /** Ticket id, plan, received, the due instant of its first response of 8 working hours (09:00-17:00). */
    private static final Object[][] TICKETS = {
        // Monday 13 July 2026 16:00 Paris: 1 h on Monday, Bastille Day, 7 h on Wednesday until 16:00
        {"bastille-day", "france", "2026-07-13T14:00:00Z", "2026-07-15T14:00:00Z"},
        // Thursday 30 April 2026 16:00 Paris: 1 h on Thursday, 1 May, the weekend, 7 h on Monday 4 May
        {"labour-day", "france", "2026-04-30T14:00:00Z", "2026-05-04T14:00:00Z"},
        // Wednesday 3 June 2026 16:00 Munich: Corpus Christi on Thursday 4 June is a day off in Bavaria
        {"corpus-christi-bavaria", "bavaria", "2026-06-03T14:00:00Z", "2026-06-05T14:00:00Z"},
        // the same in Berlin, where Corpus Christi is a working day
        {"corpus-christi-berlin", "berlin", "2026-06-03T14:00:00Z", "2026-06-04T14:00:00Z"},
    };

    @Test
    void theAllJarJudgesAPolicyOnCountryHolidaySets() throws IOException {
        // the classes come from the -all jar, not from the module's build output
        assertThat(jarOf(SlaSpark.class)).endsWith("-all.jar");
        String policyJson = resource("offices.json");
        Policy policy = PolicyJson.read("offices.json", policyJson);
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Object[] t : TICKETS) {
            Instant received = Instant.parse((String) t[2]);
            tickets.put((String) t[0], Ticket.builder((String) t[1]).received(received).build());
            rows.add(RowFactory.create(t[0], t[1], null, Map.of(),
                    List.of(RowFactory.create(Timestamp.from(received), "received", null, null, null, null)), null));
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("sla-spark-it")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            spark.sparkContext().setLogLevel("ERROR");
            List<Row> out = SlaSpark.evaluate(spark.createDataFrame(rows, SlaSpark.TICKET_SCHEMA).repartition(2),
                    policyJson, AT).collectAsList();
            assertThat(out).hasSize(TICKETS.length);
            Map<String, Row> byId = new LinkedHashMap<>();
            out.forEach(r -> byId.put(r.getString(0), r));
            for (Object[] t : TICKETS) {
                String id = (String) t[0];
                Row r = byId.get(id);
                assertThat(r.<String>getAs("error")).as(id).isNull();
                Row metric = r.<Row>getList(r.fieldIndex("metrics")).get(0);
                Instant due = metric.<Timestamp>getAs("due").toInstant();
                assertThat(due).as(id).isEqualTo(Instant.parse((String) t[3]));
                Decision engine = policy.evaluate(tickets.get(id), AT);
                assertThat(due).as(id).isEqualTo(engine.metrics().get(0).due());
            }
        } finally {
            spark.stop();
        }
    }

    @Test
    void everyCountrySetReadsItsRulesFromTheJar() {
        // jollyday's XML data through the jar's relocated binding and the StAX implementation of Spark's class path
        assertThat(jarOf(CountryHolidays.class)).endsWith("-all.jar");
        // as on a cluster: Spark's threeten-extra wins, and the StAX implementation is Spark's (Hadoop's Woodstox)
        assertThat(jarOf(LocalDateRange.class)).isEqualTo("threeten-extra-1.8.0.jar");
        assertThat(XMLInputFactory.newFactory().getClass().getName()).startsWith("org.apache.hadoop.shaded.com.ctc.wstx");
        Set<String> codes = CountryHolidays.codes();
        assertThat(codes).contains("fr", "de-by", "us-ca").hasSizeGreaterThan(800);
        for (String code : codes) {
            assertThat(CountryHolidays.of(code).rules(Year.of(2026))).as(code).isNotEmpty();
        }
        assertThat(CountryHolidays.of("fr").dates(DayRule.Kind.HOLIDAY, Year.of(2026)))
                .contains(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 7, 14));
        assertThat(CountryHolidays.jollydayVersion()).isEqualTo("1.8.1");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CountryHolidaysJarIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
