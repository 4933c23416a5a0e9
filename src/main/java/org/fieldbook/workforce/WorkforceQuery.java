package org.fieldbook.workforce;

/**
 * What a back-office list of technicians, territories or skills is narrowed to: a blank text or a null is no filter;
 * the text is found in the name or the external id. The territory narrows technicians only.
 */
public record WorkforceQuery(String text, Long territoryId, Boolean active, Order order, boolean descending, int page) {

	public enum Order {

		NAME("lower(x.name)"), EXTERNAL_ID("x.external_id");

		final String column;

		Order(String column) {
			this.column = column;
		}

	}

	public WorkforceQuery {
		text = text == null || text.isBlank() ? null : text.strip();
		order = order == null ? Order.NAME : order;
	}

	/** {@code ORDER BY}, with the id to make the order total. */
	String orderBy() {
		String direction = descending ? " DESC" : " ASC";
		return " ORDER BY " + order.column + direction + ", x.id" + direction;
	}

	/** A LIKE pattern of the text, its wildcards taken literally. */
	String pattern() {
		return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
