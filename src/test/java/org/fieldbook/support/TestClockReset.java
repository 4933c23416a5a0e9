package org.fieldbook.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Puts the clock back to {@link TestClock#DEFAULT} after each test, so no test leaks its time into the next. */
class TestClockReset implements AfterEachCallback {

	@Override
	public void afterEach(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(TestClock.class).reset();
	}

}
