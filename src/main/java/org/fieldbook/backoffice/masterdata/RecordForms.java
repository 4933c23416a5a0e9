package org.fieldbook.backoffice.masterdata;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The master-data forms are records, built through their constructors. A request naming a nested field of a part
 * the record left empty (such as {@code location.lon} of an asset without a location) is no field: it is left out,
 * not an error page.
 */
@ControllerAdvice(basePackageClasses = RecordForms.class)
class RecordForms {

	@InitBinder("form")
	void constructorBindingOnly(WebDataBinder binder) {
		binder.setAutoGrowNestedPaths(false);
		binder.setIgnoreInvalidFields(true);
	}

}
