package org.throughcare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(systemName = "Throughcare", sharedModules = "shared")
public class ThroughcareApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThroughcareApplication.class, args);
    }
}
