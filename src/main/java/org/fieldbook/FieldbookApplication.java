package org.fieldbook;

import org.fieldbook.admin.masterdata.MasterDataImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
public class FieldbookApplication {

	public static void main(String[] args) {
		if (MasterDataImportCommand.isInvokedBy(args)) {
			System.exit(MasterDataImportCommand.run(FieldbookApplication.class, args));
		}
		SpringApplication.run(FieldbookApplication.class, args);
	}

}
