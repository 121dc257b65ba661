package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import kr.go.msit.sovereignai.domain.account.Role;

/**
 * Form sign-in through our own JSF page. A redirect (not a forward) to the login page, so the
 * browser's address bar and back button behave; the page that was asked for is resumed after
 * sign-in.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({Role.CITIZEN_NAME, Role.EXPERT_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
