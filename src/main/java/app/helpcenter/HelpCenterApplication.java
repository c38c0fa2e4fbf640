package app.helpcenter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HelpCenterApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(CheckCommand.NAME)) {
			System.exit(CheckCommand.run(args, System.out, System.err));
		}
		if (args.length == 1 && args[0].equals(EncodePasswordCommand.NAME)) {
			System.exit(EncodePasswordCommand.run(System.out, System.err));
		}
		SpringApplication.run(HelpCenterApplication.class, args);
	}

}
