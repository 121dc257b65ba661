package kr.go.msit.sovereignai.infrastructure.seed;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.PasswordHashing;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.infrastructure.config.PlatformConfiguration;
import kr.go.msit.sovereignai.infrastructure.persistence.PlatformSettings;

/**
 * Creates the first administrator when there is none. The email and password come from the
 * environment ({@code PLATFORM_ADMIN_EMAIL}, {@code PLATFORM_ADMIN_PASSWORD}) or system
 * properties ({@code platform.admin.email}, {@code platform.admin.password}); without a
 * password, a random one is generated and printed once in the server log. There is no default
 * password anywhere, and a generated one must be changed at the first sign-in (so the logged one
 * is useless after that). There is no predictable address either: without a configured email, an
 * unguessable one ({@code admin-<random>@platform.local}) is generated and logged once, so a
 * stranger cannot aim sign-in attempts at the administrator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class AdministratorBootstrap {

    static final String SEED_KEY = "seed.administrator";
    static final String DISPLAY_NAME = "관리자 Administrator";
    static final String GENERATED_EMAIL_DOMAIN = "@platform.local";
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    PlatformSettings settings;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwordHashing;

    @Inject
    Clock clock;

    @PostConstruct
    void atStartup() {
        settings.lock(SEED_KEY);
        if (accounts.existsWithRole(Role.ADMIN)) {
            return;
        }
        String email = PlatformConfiguration.setting("PLATFORM_ADMIN_EMAIL", "platform.admin.email")
                .orElseGet(AdministratorBootstrap::randomEmail);
        Optional<String> configuredPassword =
                PlatformConfiguration.setting("PLATFORM_ADMIN_PASSWORD", "platform.admin.password");
        String password = createAdministrator(email, configuredPassword);
        settings.put(SEED_KEY, "done");
        if (configuredPassword.isPresent()) {
            LOG.warning(() -> "Created the first administrator " + email + " with the configured password");
        } else {
            LOG.warning(() -> "\n==========================================================\n"
                    + " First administrator created (shown once, not stored):\n"
                    + "   email:    " + email + "\n"
                    + "   password: " + password + "\n"
                    + " It must be changed at the first sign-in; after that it is worth nothing.\n"
                    + "==========================================================");
        }
    }

    /**
     * Stores an administrator with the configured password, or with a generated one that must be
     * changed at the first sign-in, and returns the password that signs in. Only the start-up
     * above calls it (and the in-container tests, for a second administrator).
     */
    public String createAdministrator(String email, Optional<String> configuredPassword) {
        String password = configuredPassword.orElseGet(AdministratorBootstrap::randomPassword);
        String hash = passwordHashing.hash(password.toCharArray());
        accounts.store(
                configuredPassword.isPresent()
                        ? Account.administrator(email, DISPLAY_NAME, hash, clock.instant())
                        : Account.administratorWithGeneratedPassword(email, DISPLAY_NAME, hash, clock.instant()));
        return password;
    }

    /** An address nobody can guess: 16 random letters and digits (about 80 bits). */
    static String randomEmail() {
        SecureRandom random = new SecureRandom();
        String lower = "abcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder local = new StringBuilder("admin-");
        for (int i = 0; i < 16; i++) {
            local.append(lower.charAt(random.nextInt(lower.length())));
        }
        return local + GENERATED_EMAIL_DOMAIN;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
