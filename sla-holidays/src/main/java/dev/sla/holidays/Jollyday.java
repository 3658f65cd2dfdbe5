package dev.sla.holidays;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/** The jollyday library: its version and one holiday manager a country, each made on first use. */
final class Jollyday {

    private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

    /** The version of the jollyday-core jar in use, read once. */
    private static final class Version {
        static final String VALUE = read();
    }

    private Jollyday() {
    }

    /** The version of jollyday in use, such as {@code 1.8.1}, or {@code unknown}. */
    static String version() {
        return Version.VALUE;
    }

    /** The holiday manager of a jollyday calendar, such as {@code fr}. */
    static HolidayManager manager(String calendar) {
        return MANAGERS.computeIfAbsent(calendar, c -> HolidayManager.getInstance(ManagerParameters.create(c)));
    }

    private static String read() {
        try (InputStream in = HolidayManager.class
                .getResourceAsStream("/META-INF/maven/de.focus-shift/jollyday-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException ex) {
            return "unknown";
        }
    }
}
