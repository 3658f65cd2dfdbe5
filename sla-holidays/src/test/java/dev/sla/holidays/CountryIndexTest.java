package dev.sla.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The index of country sets is jollyday's calendar hierarchy, so naming the sets needs no holiday data. */
class CountryIndexTest {

    @Test
    void theIndexListsEveryCountryAndSubdivisionOfJollydayButRussiaAndTheMarkets() {
        List<String> expected = new ArrayList<>();
        for (String id : new TreeSet<>(HolidayManager.getSupportedCalendarCodes())) {
            if (id.length() != 2 || id.equalsIgnoreCase("ru")) {
                continue;
            }
            CalendarHierarchy h = Jollyday.manager(id.toLowerCase(Locale.ROOT)).getCalendarHierarchy();
            walk(h, h.getId().toLowerCase(Locale.ROOT), h.getId(), h.getDescription(Locale.ROOT), expected);
        }
        expected.sort(null);
        List<String> actual = new ArrayList<>();
        CountryIndex.entries().values().forEach(e -> actual.add(e.code() + "\t"
                + String.join("/", e.calendar(), String.join("/", e.subdivisions())).replaceAll("/$", "")
                + "\t" + e.title()));
        // On a new jollyday, regenerate src/main/resources/dev/sla/holidays/countries.tsv from `expected`.
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(CountryIndex.entries().get("de-by"))
                .isEqualTo(new CountryIndex.Entry("de-by", "de", List.of("by"), "Germany, Bavaria"));
        assertThat(CountryIndex.entries().get("fr").subdivisions()).isEmpty();
    }

    private static void walk(CalendarHierarchy h, String code, String path, String title, List<String> out) {
        out.add(code + "\t" + path + "\t" + title);
        Map<String, CalendarHierarchy> children = new TreeMap<>(h.getChildren());
        for (CalendarHierarchy c : children.values()) {
            walk(c, code + "-" + c.getId().toLowerCase(Locale.ROOT), path + "/" + c.getId(),
                    title + ", " + c.getDescription(Locale.ROOT), out);
        }
    }
}
