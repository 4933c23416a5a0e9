package org.fieldbook.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A time-dependent test, run at each of {@link FixedInstants#ALL}: the application's clock (and the engine's) is
 * set before the test's set-up, so data built in {@code @BeforeEach} is built at that instant too.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(FixedInstants.class)
public @interface AtFixedInstants {

}
