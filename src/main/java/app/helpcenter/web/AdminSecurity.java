package app.helpcenter.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security guards the admin pages only ({@code /admin/**}): readers' pages, search and feedback posts
 * never pass through it (they set no cookie and keep no session). An operator signs in with the login form or
 * sends HTTP Basic credentials (so that scripts can fetch the exports); admin forms carry Spring Security's
 * CSRF token. Without an account configured, the admin pages answer that they are off.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurity {

	static final String ROLE = "FEEDBACK_ADMIN";

	@Bean
	SecurityFilterChain adminPages(HttpSecurity http, AdminProperties admin) throws Exception {
		http.securityMatcher("/admin/**");
		if (!admin.enabled()) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
			return http.build();
		}
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login")
			.permitAll()
			.anyRequest()
			.hasRole(ROLE))
			.formLogin((form) -> form.loginPage("/admin/login").defaultSuccessUrl("/admin/feedback", false))
			.httpBasic(Customizer.withDefaults())
			.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signed-out"));
		return http.build();
	}

	@Bean
	UserDetailsService operators(AdminProperties admin) {
		if (!admin.enabled()) {
			return new InMemoryUserDetailsManager();
		}
		return new InMemoryUserDetailsManager(
				User.withUsername(admin.username()).password(admin.password()).roles(ROLE).build());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
