package org.fieldbook.workforce;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The back-office lists of technicians, territories and skills: one count and one page query, whatever the page holds. */
final class WorkforceLists {

	private WorkforceLists() {
	}

	/**
	 * @param select     the columns of the rows, the table called {@code x}
	 * @param conditions conditions of the table's own, with their {@code params}; the query's text and flag are added
	 */
	static <T> WorkforcePage<T> page(JdbcClient jdbc, String select, String table, WorkforceQuery query,
			List<String> conditions, List<Object> params, RowMapper<T> rows) {
		List<String> where = new ArrayList<>(conditions);
		List<Object> values = new ArrayList<>(params);
		if (query.text() != null) {
			where.add("(lower(x.name) LIKE ? OR lower(x.external_id) LIKE ?)");
			values.add(query.pattern());
			values.add(query.pattern());
		}
		if (query.active() != null) {
			where.add("x.active = ?");
			values.add(query.active());
		}
		String from = " FROM " + table + " x" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
		long total = jdbc.sql("SELECT count(*)" + from).params(values).query(Long.class).single();
		int shown = WorkforcePage.shown(query.page(), total);
		List<Object> paging = new ArrayList<>(values);
		paging.add(WorkforcePage.SIZE);
		paging.add((long) (shown - 1) * WorkforcePage.SIZE);
		List<T> items = jdbc.sql(select + from + query.orderBy() + " LIMIT ? OFFSET ?").params(paging).query(rows).list();
		return new WorkforcePage<>(items, shown, WorkforcePage.pages(total), total);
	}

}
