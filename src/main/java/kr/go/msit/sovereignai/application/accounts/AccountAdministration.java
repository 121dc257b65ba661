package kr.go.msit.sovereignai.application.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.go.msit.sovereignai.application.audit.StateChange;
import kr.go.msit.sovereignai.domain.DomainRuleViolation;
import kr.go.msit.sovereignai.domain.NotFound;
import kr.go.msit.sovereignai.domain.account.Account;
import kr.go.msit.sovereignai.domain.account.AccountRepository;
import kr.go.msit.sovereignai.domain.account.EmailAddress;
import kr.go.msit.sovereignai.domain.account.Role;
import kr.go.msit.sovereignai.domain.account.SecondFactor;
import kr.go.msit.sovereignai.domain.account.SecondFactorRepository;
import kr.go.msit.sovereignai.domain.audit.AuditAction;
import kr.go.msit.sovereignai.domain.round.ReviewRound;
import kr.go.msit.sovereignai.domain.round.ReviewRoundRepository;
import kr.go.msit.sovereignai.domain.scoring.PanelRepository;

/**
 * Administrators disable an account (a citizen, a reviewer or another administrator) with a stated reason, and
 * enable it again; both audited. They also reset another person's lost second factor, with a reason. A disabled account cannot sign in and its sessions end. A disabled reviewer leaves
 * the panels of the rounds that have not closed (scheduled or open); sheets already submitted stay counted, drafts
 * never count, and the panels of closed rounds stay as they were (the record of who reviewed). Enabling again does
 * not put a reviewer back on a panel: an administrator assigns them again.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

    /** A disabled account as the administration page lists it. */
    public record DisabledAccount(String email, String displayName, Role role, Instant disabledAt, String reason) {}

    private final AccountRepository accounts;
    private final SecondFactorRepository factors;
    private final PanelRepository panels;
    private final ReviewRoundRepository rounds;
    private final Event<StateChange> changes;
    private final Event<CredentialsChanged> credentialsChanged;
    private final Clock clock;
    private final Principal caller;

    @Inject
    public AccountAdministration(
            AccountRepository accounts,
            SecondFactorRepository factors,
            PanelRepository panels,
            ReviewRoundRepository rounds,
            Event<StateChange> changes,
            Event<CredentialsChanged> credentialsChanged,
            Clock clock,
            Principal caller) {
        this.accounts = accounts;
        this.factors = factors;
        this.panels = panels;
        this.rounds = rounds;
        this.changes = changes;
        this.credentialsChanged = credentialsChanged;
        this.clock = clock;
        this.caller = caller;
    }

    /** For the container's proxies only. */
    protected AccountAdministration() {
        this(null, null, null, null, null, null, null, null);
    }

    /**
     * Disables the account with this address for {@code reason}. Refused for the caller's own account and for the
     * last administrator who can sign in. The caller's and the target's rows are locked (in id order), so two
     * administrators cannot disable each other at once.
     */
    public void disable(String email, String reason) {
        Account target = lockedWithCaller(email);
        String callerEmail = EmailAddress.canonical(caller.getName());
        if (target.getEmail().equals(callerEmail)) {
            throw new DomainRuleViolation("account.disable.self");
        }
        if (target.getRole() == Role.ADMIN && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new DomainRuleViolation("account.disable.lastAdministrator");
        }
        target.disable(reason, clock.instant());
        String unassigned = target.getRole() == Role.EXPERT ? leavePanels(target) : "";
        changes.fire(new StateChange(
                AuditAction.ACCOUNT_DISABLED,
                "account " + target.getId() + " (" + target.getRole() + ")",
                "enabled",
                "disabled: " + target.getDisabledReason() + unassigned));
        credentialsChanged.fire(new CredentialsChanged(target.getEmail()));
    }

    /** Enables a disabled account again; the reason goes to the audit log. */
    public void enable(String email, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new DomainRuleViolation("account.disable.reasonRequired");
        }
        Account target = lockedWithCaller(email);
        String before = "disabled: " + target.getDisabledReason();
        target.enable();
        changes.fire(new StateChange(
                AuditAction.ACCOUNT_ENABLED,
                "account " + target.getId() + " (" + target.getRole() + ")",
                before,
                "enabled: " + reason.strip()));
    }

    /**
     * Removes another person's second factor (a lost phone and lost recovery codes), for a stated reason: they sign in
     * with the password alone until they enrol again (at once, when the operator setting makes it mandatory).
     */
    public void resetSecondFactor(String email, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new DomainRuleViolation("account.disable.reasonRequired");
        }
        Account target = lockedWithCaller(email);
        if (target.getEmail().equals(EmailAddress.canonical(caller.getName()))) {
            throw new DomainRuleViolation("secondFactor.reset.self");
        }
        SecondFactor factor = factors.findForUpdate(target.getId())
                .filter(SecondFactor::isEnrolled)
                .orElseThrow(() -> new DomainRuleViolation("secondFactor.notEnrolled"));
        factors.remove(factor);
        changes.fire(new StateChange(
                AuditAction.SECOND_FACTOR_RESET,
                "account " + target.getId() + " (" + target.getRole() + ")",
                "enrolled",
                "reset: " + reason.strip()));
    }

    /** Every disabled account, the latest first. */
    public List<DisabledAccount> disabledAccounts() {
        return accounts.disabled().stream()
                .map(a -> new DisabledAccount(
                        a.getEmail(), a.getDisplayName(), a.getRole(), a.getDisabledAt(), a.getDisabledReason()))
                .toList();
    }

    /** The reviewer leaves the panels of rounds that have not closed; what the audit entry says about it. */
    private String leavePanels(Account reviewer) {
        Map<Long, ReviewRound> byId = rounds.findAll().stream().collect(Collectors.toMap(ReviewRound::getId, r -> r));
        List<Integer> left = panels.roundsOf(reviewer.getId()).stream()
                .map(byId::get)
                .filter(r -> r != null && !r.hasClosed() && !r.isCancelled())
                .peek(r -> panels.unassign(reviewer.getId(), r.getId()))
                .map(ReviewRound::getNumber)
                .sorted()
                .toList();
        return left.isEmpty() ? "" : "; unassigned from review " + left;
    }

    private Account lockedWithCaller(String email) {
        Account target;
        Account self;
        try {
            target = accounts.findByEmail(EmailAddress.canonical(email))
                    .orElseThrow(() -> new NotFound("account.notFound"));
            self = accounts.findByEmail(EmailAddress.canonical(caller.getName()))
                    .orElseThrow(() -> new NotFound("account.notFound"));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainRuleViolation notAnAddress) {
            throw new NotFound("account.notFound");
        }
        long first = Math.min(target.getId(), self.getId());
        long second = Math.max(target.getId(), self.getId());
        accounts.findForUpdate(first);
        accounts.findForUpdate(second);
        if (self.isDisabled()) {
            throw new DomainRuleViolation("account.disable.callerDisabled");
        }
        return target;
    }
}
