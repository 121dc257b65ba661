package kr.go.msit.sovereignai.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import kr.go.msit.sovereignai.domain.account.Role;

/**
 * The roles the platform declares. Sign-in itself is {@link PlatformAuthenticationMechanism}, the one Jakarta Security
 * authentication mechanism of the deployment.
 */
@DeclareRoles({Role.CITIZEN_NAME, Role.EXPERT_NAME, Role.ADMIN_NAME})
@ApplicationScoped
public class SecurityConfiguration {}
