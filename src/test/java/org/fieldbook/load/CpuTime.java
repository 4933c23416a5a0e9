package org.fieldbook.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time spent so far by this JVM (Fieldbook and the load generator) and by the benchmark's PostgreSQL (its
 * server and the backends alive now): per booking, a figure that does not depend on how busy the machine is.
 */
record CpuTime(Duration jvm, Duration postgres) {

	static CpuTime now() {
		var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		Duration postgres = ProcessHandle.allProcesses()
			.filter(process -> process.info().commandLine().orElse("").contains("load-bench-postgres"))
			.flatMap(server -> Stream.concat(Stream.of(server), server.descendants()))
			.map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
			.reduce(Duration.ZERO, Duration::plus);
		return new CpuTime(Duration.ofNanos(os.getProcessCpuTime()), postgres);
	}

	CpuTime since(CpuTime before) {
		return new CpuTime(jvm.minus(before.jvm), postgres.minus(before.postgres));
	}

}
