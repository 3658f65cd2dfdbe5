package dev.sla.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sla.calendar.HolidaySet;
import dev.sla.calendar.InvalidCalendarException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The text format of holiday sets over the kit's holiday sets: every set whose texts fit on a line survives the round trip. */
class HolidaySetFormatProperties {

    @Provide
    Arbitrary<HolidaySet> sets() {
        return SlaArbitraries.holidaySets();
    }

    /** Twice the tries of the sets whose texts all fit on a line: the kit makes the others as often. */
    @Property(tries = 600)
    void everySetSurvivesTheRoundTrip(@ForAll("sets") HolidaySet set) {
        String text;
        try {
            text = set.format();
        } catch (InvalidCalendarException ex) {
            // a title, source or note that is blank, padded or spans lines has no text form: refused, with a reason
            assertThat(ex.getMessage()).contains("cannot be written on one line");
            Statistics.collect("refused");
            return;
        }
        Statistics.collect("written");
        HolidaySet again = HolidaySet.parse(text);
        assertThat(again).as(text).isEqualTo(set);
        assertThat(again.rules()).isEqualTo(set.rules());
        assertThat(again.title()).isEqualTo(set.title());
        assertThat(again.sources()).isEqualTo(set.sources());
        assertThat(again.format()).isEqualTo(text);
    }
}
