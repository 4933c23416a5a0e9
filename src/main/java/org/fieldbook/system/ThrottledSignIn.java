package org.fieldbook.system;

import java.util.function.UnaryOperator;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * A username-and-password sign-in behind the {@link AttemptThrottle}: while its address or account is throttled
 * the password is not even checked ({@link SignInThrottledException}), and a wrong one counts. The throttle sees
 * the username exactly as the sign-in receives it, normalised by the function its lookup uses.
 */
public class ThrottledSignIn implements AuthenticationProvider {

	private final AuthenticationProvider signIn;

	private final AttemptThrottle throttle;

	private final SecurityWorlds world;

	private final UnaryOperator<String> normalizedUsername;

	public ThrottledSignIn(AuthenticationProvider signIn, AttemptThrottle throttle, SecurityWorlds world,
			UnaryOperator<String> normalizedUsername) {
		this.signIn = signIn;
		this.throttle = throttle;
		this.world = world;
		this.normalizedUsername = normalizedUsername;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		AttemptThrottle.Key[] keys = AttemptThrottle.signIn(world, normalizedUsername.apply(authentication.getName()),
				address(authentication));
		if (throttle.blocked(keys)) {
			throw new SignInThrottledException();
		}
		try {
			return signIn.authenticate(authentication);
		}
		catch (BadCredentialsException wrong) {
			throttle.failed(keys);
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return signIn.supports(authentication);
	}

	private static String address(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: "unknown";
	}

	/**
	 * A form sign-in that failed goes back to its page, saying why: {@code ?throttled} or {@code ?error}. One that
	 * could not look the user up because the database is unreachable is no wrong password: it is thrown on, to be
	 * answered 503.
	 */
	public static AuthenticationFailureHandler failurePage(String signInPage) {
		return (request, response, exception) -> {
			if (DatabaseUnreachable.causedBy(exception)) {
				throw exception;
			}
			response.sendRedirect(request.getContextPath() + signInPage
					+ (exception instanceof SignInThrottledException ? "?throttled" : "?error"));
		};
	}

}
