package org.fieldbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalTime;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fieldbook.scheduling.ArrivalWindow;
import org.junit.jupiter.api.Test;

/** How the back office, the API and the import write arrival windows: a list, a grid, or blank for exact times. */
class ArrivalWindowsTest {

	@Test
	void aListIsWrittenInTheOrderOfTheDayWithLeadingZerosAndOnceEach() {
		ArrivalWindows windows = ArrivalWindows.parse(" 12:00 – 16:00; 8:00-12:00,12:00-16:00 ");

		assertThat(windows.text()).isEqualTo("08:00-12:00, 12:00-16:00");
		assertThat(windows.windows()).containsExactly(window("08:00", "12:00"), window("12:00", "16:00"));
		assertThat(windows.exact()).isFalse();
		assertThat(ArrivalWindows.parse(windows.text())).as("the canonical text reads as itself").isEqualTo(windows);
	}

	@Test
	void twoWindowsStartingTogetherAreRefusedSinceABookingNamesItsWindowByItsStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("08:00-16:00, 08:00-12:00"))
			.withMessageContaining("two windows start at 08:00");
		assertThat(ArrivalWindows.parse("08:00-12:00, 08:00-12:00").text()).as("the same window twice is one")
			.isEqualTo("08:00-12:00");
	}

	@Test
	void aGridIsExpandedUntilTheLastWindowThatEndsInTime() {
		// 240 minutes every 120 from 08:00: 08–12, 10–14, 12–16, 14–18, 16–20; 18–22 would end after 20:00.
		ArrivalWindows windows = ArrivalWindows.parse(ArrivalWindows.EXAMPLE_GRID);

		assertThat(windows.windows()).containsExactly(window("08:00", "12:00"), window("10:00", "14:00"),
				window("12:00", "16:00"), window("14:00", "18:00"), window("16:00", "20:00"));
		assertThat(windows.text()).isEqualTo("240 min every 120 min from 08:00 until 20:00");
	}

	@Test
	void aGridIsWrittenCanonicallyWhateverItsCaseAndSpacing() {
		assertThat(ArrivalWindows.parse("0060MIN  Every 90 min FROM 8:30 until 12:00").text())
			.isEqualTo("60 min every 90 min from 08:30 until 12:00");
	}

	@Test
	void blankOrNullIsExactTimes() {
		assertThat(ArrivalWindows.parse(null)).isSameAs(ArrivalWindows.EXACT);
		assertThat(ArrivalWindows.parse("  \t")).isSameAs(ArrivalWindows.EXACT);
		assertThat(ArrivalWindows.EXACT.exact()).isTrue();
		assertThat(ArrivalWindows.EXACT.text()).isNull();
	}

	@Test
	void theExamplesOfTheMessagesAreAccepted() {
		assertThat(ArrivalWindows.tryParse(ArrivalWindows.EXAMPLE_LIST)).isPresent();
		assertThat(ArrivalWindows.tryParse(ArrivalWindows.EXAMPLE_GRID)).isPresent();
	}

	@Test
	void aWindowEndingBeforeItStartsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("12:00-08:00"))
			.withMessageContaining("12:00-08:00");
	}

	@Test
	void aWindowUnderFifteenMinutesIsRefusedAndOneOfFifteenAccepted() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("08:00-08:14"))
			.withMessageContaining("15 minutes");
		assertThat(ArrivalWindows.parse("08:00-08:15").windows()).containsExactly(window("08:00", "08:15"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArrivalWindows.parse("10 min every 60 min from 08:00 until 12:00"))
			.withMessageContaining("15 minutes");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArrivalWindows.parse("60 min every 10 min from 08:00 until 12:00"))
			.withMessageContaining("15 minutes");
	}

	@Test
	void aGridWithNoWindowIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArrivalWindows.parse("240 min every 60 min from 08:00 until 11:00"))
			.withMessage("no window of 240 minutes fits from 08:00 until 11:00");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArrivalWindows.parse("60 min every 60 min from 18:00 until 08:00"))
			.withMessageContaining("no window");
	}

	@Test
	void garbageIsRefusedNamingThePartThatIsNoWindow() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("mornings"))
			.withMessage("'mornings' is not a window such as 08:00-12:00");
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("08:00-12:00, afternoons"))
			.withMessageContaining("'afternoons'");
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("08:00-12:00,,12:00-16:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("08:00-29:00"))
			.withMessageContaining("'29:00' is not a time of day");
		assertThat(ArrivalWindows.tryParse("mornings")).isEmpty();
	}

	@Test
	void twentyFourHundredIsRefusedRatherThanReadAsMidnight() {
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse("24:00-08:00"))
			.withMessageContaining("'24:00' is not a time of day");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArrivalWindows.parse("60 min every 60 min from 20:00 until 24:00"))
			.withMessageContaining("'24:00' is not a time of day");
	}

	@Test
	void aTextLongerThanTheColumnIsRefused() {
		String grid = " ".repeat(ArrivalWindows.MAX_TEXT) + ArrivalWindows.EXAMPLE_GRID;
		assertThat(ArrivalWindows.parse(grid).text()).as("surrounding blanks do not count")
			.isEqualTo(ArrivalWindows.EXAMPLE_GRID);

		String tooLong = "08:00-12:00" + ", 08:00-12:00".repeat(30);
		assertThat(tooLong).hasSizeGreaterThan(ArrivalWindows.MAX_TEXT);
		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse(tooLong))
			.withMessage("longer than 400 characters");
	}

	@Test
	void aShortListWhoseCanonicalTextWouldNotFitTheColumnIsRefused() {
		// 31 quarter hours from 8:00, written without leading zeros: 356 characters; as 08:00-08:15, … 401.
		String list = IntStream.range(0, 31)
			.mapToObj(quarter -> LocalTime.of(8, 0).plusMinutes(15L * quarter))
			.map(from -> withoutLeadingZero(from) + "-" + withoutLeadingZero(from.plusMinutes(15)))
			.collect(Collectors.joining(","));
		assertThat(list).hasSizeLessThanOrEqualTo(ArrivalWindows.MAX_TEXT);

		assertThatIllegalArgumentException().isThrownBy(() -> ArrivalWindows.parse(list))
			.withMessageContaining("longer than 400 characters");
		assertThat(ArrivalWindows.parse(list.substring(0, list.lastIndexOf(","))).text())
			.as("30 of them fit").hasSizeLessThanOrEqualTo(ArrivalWindows.MAX_TEXT);
	}

	@Test
	void moreThanFortyEightWindowsAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ArrivalWindows.parse("15 min every 15 min from 08:00 until 20:30"))
			.withMessage("more than 48 windows");
		assertThat(ArrivalWindows.parse("15 min every 15 min from 08:00 until 20:00").windows()).hasSize(48);
	}

	/** "8:00", as a person may type it. */
	private static String withoutLeadingZero(LocalTime time) {
		return time.getHour() + ":" + "%02d".formatted(time.getMinute());
	}

	private static ArrivalWindow window(String from, String to) {
		return new ArrivalWindow(LocalTime.parse(from), LocalTime.parse(to));
	}

}
