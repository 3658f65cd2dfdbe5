package dev.sla.calendar;

import java.time.Year;
import java.util.List;

/**
 * Computes the day rules of a {@link HolidaySet} for the years its dated data does not
 * cover: the statutory holidays of a country with their carry-overs and shortened days
 * ({@link StatutoryRules}), or holidays computed by another source.
 *
 * <p>Implementations must be immutable and thread-safe, and must give the same rules
 * each time they are asked for a year.
 *
 * @since 0.1
 */
public interface YearRules {

    /**
     * Computes the day rules of a year, each dated in that year, at most one holiday or day
     * off, one working day and one short day a date, and no date both a holiday and a
     * working or short day.
     *
     * @param year  the year, not null
     * @return the rules, not null
     */
    List<DayRule> rulesOf(Year year);

    /**
     * Checks if the years these rules compute are provisional: the law fixes them, but an
     * authority may still move days off, as the Russian Government does each year by decree.
     *
     * @return true if provisional
     */
    boolean isProvisional();

    /**
     * Describes where the rules come from, such as the law that fixes them, for messages.
     *
     * @return the description, not null
     */
    String description();
}
