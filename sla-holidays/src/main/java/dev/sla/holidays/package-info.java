/**
 * Country holiday sets: the public holidays of a country or one of its subdivisions, computed
 * for any year by the jollyday library, as {@link dev.sla.calendar.HolidaySet}s; see
 * {@link dev.sla.holidays.CountryHolidays}.
 */
package dev.sla.holidays;
