package org.fieldbook.system;

/** Master data that carries the company's own id from its CRM/ERP. */
public interface ExternallyIdentified {

	Long getId();

	String getExternalId();

}
