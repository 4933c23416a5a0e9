package org.fieldbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DESIGN.md: lower layers never import higher ones. */
@AnalyzeClasses(packages = "org.fieldbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule slotEngineIsPlainJava = noClasses().that()
		.resideInAPackage("org.fieldbook.scheduling..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.camunda..", "org.fieldbook.customer..",
				"org.fieldbook.workforce..", "org.fieldbook.booking..", "org.fieldbook.invitation..",
				"org.fieldbook.notification..", "org.fieldbook.settings..", "org.fieldbook.portal..",
				"org.fieldbook.backoffice..", "org.fieldbook.api..", "org.fieldbook.web..",
				"org.fieldbook.masterdata..", "org.fieldbook.system..")
		.allowEmptyShould(true);

	@ArchTest
	static final ArchRule featuresDoNotImportTheWebLayers = noClasses().that()
		.resideInAnyPackage("org.fieldbook.customer..", "org.fieldbook.workforce..", "org.fieldbook.scheduling..",
				"org.fieldbook.booking..", "org.fieldbook.invitation..", "org.fieldbook.notification..",
				"org.fieldbook.settings..", "org.fieldbook.system..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.fieldbook.portal..", "org.fieldbook.backoffice..", "org.fieldbook.api..",
				"org.fieldbook.web..", "org.fieldbook.masterdata..");

	@ArchTest
	static final ArchRule portalAndBackOfficeStayApart = noClasses().that()
		.resideInAPackage("org.fieldbook.portal..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.fieldbook.backoffice..", "org.fieldbook.api..");

	@ArchTest
	static final ArchRule controllersDoNotTouchTheEngine = noClasses().that()
		.haveSimpleNameEndingWith("Controller")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.camunda.bpm.engine..");

}
