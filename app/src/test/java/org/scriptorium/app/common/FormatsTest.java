package org.scriptorium.app.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, times, zones, counts and money as a user in the US, Germany or Britain reads them, whatever this machine's locale. */
class FormatsTest {
    private static final ZonedDateTime THURSDAY = ZonedDateTime.of(2026, 12, 17, 14, 30, 0, 0, ZoneId.of("Europe/Berlin"));
    private static final LocalDate THIS_YEAR = LocalDate.of(2026, 12, 4);
    private static final LocalDate NEXT_YEAR = LocalDate.of(2027, 1, 2);

    private final Formats us = new Formats(Locale.US);
    private final Formats germany = new Formats(Locale.GERMANY);
    private final Formats britain = new Formats(Locale.UK);

    @Test
    void aMomentIsWrittenTheWayTheLocaleWritesItWithTheYearOnlyWhenItIsNotThisYear() {
        assertThat(us.dateTime(THURSDAY, THIS_YEAR)).isEqualTo("Thu, Dec 17, 2:30\u202fPM");
        assertThat(us.dateTime(THURSDAY, NEXT_YEAR)).isEqualTo("Thu, Dec 17, 2026, 2:30\u202fPM");
        assertThat(britain.dateTime(THURSDAY, THIS_YEAR)).isEqualTo("Thu 17 Dec, 14:30");
        assertThat(germany.dateTime(THURSDAY, THIS_YEAR)).isEqualTo("Do., 17. Dez., 14:30");
        assertThat(britain.dateTimeWithZone(THURSDAY, THIS_YEAR)).isEqualTo("Thu 17 Dec, 14:30 (Berlin)");
        assertThat(us.time(LocalTime.of(9, 5))).isEqualTo("9:05\u202fAM");
        assertThat(germany.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(britain.fullDate(THURSDAY.toLocalDate())).isEqualTo("Thu, 17 Dec 2026");
        assertThat(us.monthDay(THURSDAY.toLocalDate())).isEqualTo("Dec 17");
        assertThat(germany.monthDay(THURSDAY.toLocalDate())).isEqualTo("17. Dez.");
    }

    @Test
    void aDatePickerShowsTheDayInWordsAndReadsItAsTheUserTypesIt() {
        var us = this.us.dayConverter();
        assertThat(us.toString(LocalDate.of(2026, 12, 17))).isEqualTo("Dec 17, 2026");
        assertThat(us.fromString("Dec 17, 2026")).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(us.fromString("Thu, Dec 17, 2026")).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(us.fromString("12/17/26")).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(germany.dayConverter().fromString("17.12.26")).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(us.fromString(" ")).isNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> us.fromString("next Thursday"))
                .isInstanceOf(java.time.format.DateTimeParseException.class);
    }

    @Test
    void zonesAreNamedByTheirCity() {
        assertThat(us.zone(ZoneId.of("Europe/Berlin"))).isEqualTo("Berlin");
        assertThat(us.zone(ZoneId.of("America/New_York"))).isEqualTo("New York");
        assertThat(us.zone(ZoneId.of("America/Argentina/Buenos_Aires"))).isEqualTo("Buenos Aires");
        assertThat(us.zone(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
        assertThat(us.zone(ZoneId.of("UTC"))).isEqualTo("UTC");
    }

    @Test
    void countsAgreeWithTheirNounAndCostsAreMoney() {
        assertThat(us.count(1, "source")).isEqualTo("1 source");
        assertThat(us.count(0, "poll")).isEqualTo("0 polls");
        assertThat(us.count(1204, "document")).isEqualTo("1,204 documents");
        assertThat(germany.count(1204, "Dokument", "Dokumente")).isEqualTo("1.204 Dokumente");
        assertThat(us.money(BigDecimal.ZERO)).isEqualTo("$0.00");
        assertThat(us.money(new BigDecimal("1.25"))).isEqualTo("$1.25");
        assertThat(us.money(new BigDecimal("0.00423"))).isEqualTo("$0.0042");
        assertThat(germany.money(new BigDecimal("1.5"))).isEqualTo("1,50\u00a0$");
    }
}
