package app.helpcenter.web;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The one operator account of the admin pages ({@code /admin/**}). There is no default: without both settings
 * the admin pages are off and say how to turn them on.
 *
 * @param username the operator's name
 * @param password the operator's password, encoded as Spring Security stores passwords
 * ({@code {bcrypt}$2a$10$...}), never as plain text: start-up stops naming this property otherwise
 */
@Validated
@ConfigurationProperties("helpcenter.admin")
public record AdminProperties(String username,
		@Pattern(regexp = "\\{(bcrypt|argon2@SpringSecurity_v5_8|pbkdf2@SpringSecurity_v5_8|scrypt@SpringSecurity_v5_8)\\}\\S+",
				message = "must be an encoded password such as {bcrypt}$2a$10$... (java -jar helpcenter.jar "
						+ "encode-password makes one), never plain text") String password) {

	/** Whether an operator account is configured, so that the admin pages are on. */
	public boolean enabled() {
		return this.username != null && !this.username.isBlank() && this.password != null && !this.password.isBlank();
	}

}
