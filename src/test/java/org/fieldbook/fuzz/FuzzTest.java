package org.fieldbook.fuzz;

import java.util.function.Function;

import org.fieldbook.support.FieldbookIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seeded random requests against everything a client can reach: the import file, the staff API, the portal and the
 * back office (through MockMvc), and the servlet container itself (raw HTTP on the random port). No answer may be a
 * 5xx, show a stack trace, an exception or class name or SQL text, or name a host in a redirect; a refused request
 * leaves every domain table's row count as it was. Each target prints its counts per status; a failure prints how to
 * replay exactly that request. See {@link FuzzSettings} for longer runs, replays and the report mode.
 */
@FieldbookIntegrationTest
class FuzzTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@AfterAll
	static void total() {
		System.out.println(FuzzRun.total());
	}

	@Test
	void hostileImportFilesAreRefusedCleanly() throws Exception {
		fuzz("import", 600, world -> new ImportRequests());
	}

	@Test
	void hostileApiRequestsAreRefusedCleanly() throws Exception {
		fuzz("api", 1200, ApiRequests::new);
	}

	@Test
	void hostilePortalRequestsAreRefusedCleanly() throws Exception {
		fuzz("portal", 1200, PortalRequests::new);
	}

	@Test
	void hostileBackOfficeRequestsAreRefusedCleanly() throws Exception {
		fuzz("backOffice", 800, BackOfficeRequests::new);
	}

	@Test
	void hostileRequestsOnTheWireAreRefusedCleanly() throws Exception {
		FuzzWorld world = isolatedWorld("servletContainer");
		Wire wire = new Wire(port);
		WireSessions sessions = WireSessions.signIn(wire, world.references.get(0));
		new FuzzRun("servletContainer", 1200, new DomainRows(jdbc)).run(new WireRequests(world, wire, sessions),
				new WireTransport(wire, sessions));
	}

	private void fuzz(String target, int requests, Function<FuzzWorld, FuzzRun.Requests> draw) throws Exception {
		FuzzWorld world = isolatedWorld(target);
		new FuzzRun(target, requests, new DomainRows(jdbc)).run(draw.apply(world), new MockMvcTransport(mvc, world));
	}

	/** The target's world; none when another target's case is replayed, and the test is skipped. */
	private FuzzWorld isolatedWorld(String target) throws Exception {
		Assumptions.assumeTrue(FuzzSettings.CURRENT.replayTarget().map(target::equals).orElse(true),
				() -> "replaying a case of " + FuzzSettings.CURRENT.replayTarget().orElseThrow());
		return FuzzWorld.create(context, mvc);
	}

}
