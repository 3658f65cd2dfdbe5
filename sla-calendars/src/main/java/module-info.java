/**
 * Working-time calendars: a time zone, weekly opening hours and dated day rules
 * (holidays, transferred working days, shortened days, one-off overrides), with
 * fast arithmetic on business durations.
 *
 * <p>The entry point is {@link dev.sla.calendar.WorkCalendar}. The package {@code dev.sla}
 * holds the root exception of the whole library, {@link dev.sla.SlaException}.
 */
module dev.sla.calendar {
    requires transitive org.threeten.extra;

    exports dev.sla;
    exports dev.sla.calendar;

    uses dev.sla.calendar.HolidaySetProvider;
}
