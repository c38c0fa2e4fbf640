package app.helpcenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HelpCenterApplication {

	public static void main(String[] args) {
		SpringApplication.run(HelpCenterApplication.class, args);
	}

}
