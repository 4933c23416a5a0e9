package org.fieldbook.backoffice.earlier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.fieldbook.customer.Contacts;
import org.fieldbook.waitlist.EarlierTimeFigures;
import org.fieldbook.waitlist.EarlierTimeFigures.WaitingVisit;
import org.fieldbook.workforce.Workforce;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visits waiting for an earlier time, one group per territory (of the visit's account) and day (the visit's
 * current date, on the account's clock): the territories by name, those without one last, the days in order.
 */
@Component
class WaitingVisitsByTerritory {

	/** The references of a group, in the order the freed times are offered; {@code territory} null: none. */
	record Group(String territory, LocalDate day, List<String> references) {

		public int count() {
			return references.size();
		}

	}

	private final EarlierTimeFigures figures;

	private final Contacts accounts;

	private final Workforce workforce;

	WaitingVisitsByTerritory(EarlierTimeFigures figures, Contacts accounts, Workforce workforce) {
		this.figures = figures;
		this.accounts = accounts;
		this.workforce = workforce;
	}

	@Transactional(readOnly = true)
	List<Group> groups() {
		List<WaitingVisit> waiting = figures.waiting();
		Map<Long, Long> territories = accounts
			.territories(waiting.stream().map(WaitingVisit::accountId).filter(Objects::nonNull).distinct().toList());
		Map<Long, String> names = workforce.territoryNamesById(territories.values().stream().distinct().toList());
		record Key(String territory, LocalDate day) {
		}
		Map<Key, List<String>> groups = new LinkedHashMap<>();
		for (WaitingVisit visit : waiting) {
			Long territory = visit.accountId() == null ? null : territories.get(visit.accountId());
			groups.computeIfAbsent(new Key(territory == null ? null : names.get(territory), visit.day()),
					key -> new ArrayList<>()).add(visit.reference());
		}
		return groups.entrySet()
			.stream()
			.map(group -> new Group(group.getKey().territory(), group.getKey().day(), group.getValue()))
			.sorted(Comparator.comparing(Group::territory, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
				.thenComparing(Group::day))
			.toList();
	}

}
