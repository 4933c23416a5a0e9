package org.fieldbook.backoffice;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.fieldbook.backoffice.signin.StaffRoles;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The navigation of the back-office pages: the screens the signed-in staff member may open (the same rules as
 * StaffSecurityConfiguration's), the current one marked.
 */
@ControllerAdvice(basePackageClasses = BackOfficeNavigation.class)
class BackOfficeNavigation {

	/** One entry: {@code label} is a message key. */
	record Link(String href, String label, boolean current) {
	}

	private record Screen(String href, String label, List<StaffRoles> roles) {

		boolean isOpenTo(HttpServletRequest request) {
			return roles.stream().anyMatch(role -> request.isUserInRole(role.name()));
		}

		boolean isShowing(String path) {
			return path.equals(href) || !href.equals("/admin") && path.startsWith(href + "/");
		}

	}

	private static final List<StaffRoles> DISPATCHING = List.of(StaffRoles.ADMIN, StaffRoles.DISPATCHER);

	private static final List<Screen> SCREENS = List.of(new Screen("/admin", "admin.nav.overview", List.of(StaffRoles.STAFF)),
			new Screen("/admin/dispatch", "admin.nav.dispatch", DISPATCHING),
			new Screen("/admin/notifications", "admin.nav.notifications", DISPATCHING),
			new Screen("/admin/links", "admin.nav.links", DISPATCHING),
			new Screen("/admin/invitations", "admin.nav.invitations", DISPATCHING),
			new Screen("/admin/earlier-times", "admin.nav.earlierTimes", DISPATCHING),
			new Screen("/admin/settings", "admin.nav.settings", List.of(StaffRoles.ADMIN)),
			new Screen("/admin/service-types", "admin.nav.serviceTypes", List.of(StaffRoles.ADMIN)),
			new Screen("/admin/master-data", "admin.nav.masterData", List.of(StaffRoles.ADMIN)),
			new Screen("/admin/audit", "admin.nav.audit", List.of(StaffRoles.ADMIN)));

	@ModelAttribute("backOfficeNavigation")
	List<Link> navigation(HttpServletRequest request) {
		if (request.getUserPrincipal() == null) {
			return List.of();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return SCREENS.stream()
			.filter(screen -> screen.isOpenTo(request))
			.map(screen -> new Link(screen.href(), screen.label(), screen.isShowing(path)))
			.toList();
	}

}
