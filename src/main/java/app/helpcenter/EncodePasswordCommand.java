package app.helpcenter;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code java -jar helpcenter.jar encode-password}: reads a password (from the terminal without echo, or one
 * line of standard input) and prints it encoded for {@code helpcenter.admin.password}
 * ({@code {bcrypt}$2a$10$...}), so that no plain password is ever written into a configuration file.
 */
final class EncodePasswordCommand {

	static final String NAME = "encode-password";

	private EncodePasswordCommand() {
	}

	static int run(PrintStream out, PrintStream err) {
		String password;
		Console console = System.console();
		try {
			if (console != null) {
				char[] typed = console.readPassword("Password for the admin pages: ");
				password = (typed != null) ? new String(typed) : null;
			}
			else {
				password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			}
		}
		catch (IOException ex) {
			err.println("cannot read the password: " + ex.getMessage());
			return 2;
		}
		if (password == null || password.length() < 12) {
			err.println("a password of at least 12 characters is needed");
			return 2;
		}
		out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
		return 0;
	}

}
