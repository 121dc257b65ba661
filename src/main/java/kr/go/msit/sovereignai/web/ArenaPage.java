package kr.go.msit.sovereignai.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import kr.go.msit.sovereignai.application.arena.ArenaViews.BattleView;
import kr.go.msit.sovereignai.application.arena.ArenaViews.VoteReceipt;
import kr.go.msit.sovereignai.application.arena.PublicArena;
import kr.go.msit.sovereignai.domain.account.EmailNotConfirmed;
import kr.go.msit.sovereignai.domain.account.IdentityNotVerified;
import kr.go.msit.sovereignai.domain.arena.ArenaOutcome;
import kr.go.msit.sovereignai.domain.arena.ArenaRefused;

/**
 * The citizen's blind arena ({@code /arena.xhtml}): one battle at a time, a prompt and two anonymous
 * answers (모델 A, 모델 B), four choices, a receipt; then the next battle. Which team answered is
 * never shown while the round is open.
 */
@Named
@ViewScoped
public class ArenaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicArena arena;

    private BattleView battle;
    private VoteReceipt receipt;
    private ArenaRefused.Reason refusal;
    private boolean emailUnconfirmed;
    private Integer identityRequiredIn;
    /** The battle's single-use token as the form sends it back. */
    private String token;

    @PostConstruct
    void load() {
        try {
            battle = arena.battleForCaller();
            token = battle.token();
        } catch (ArenaRefused refused) {
            refusal = refused.reason();
        } catch (EmailNotConfirmed unconfirmed) {
            emailUnconfirmed = true;
        } catch (IdentityNotVerified unverified) {
            identityRequiredIn = unverified.roundNumber();
        }
    }

    /** The open arena requires verified identity and the citizen has not verified theirs: its number, else null. */
    public Integer getIdentityRequiredIn() {
        return identityRequiredIn;
    }

    /** One of the four choices, with the battle's token. */
    public void vote(String choice) {
        if (battle == null) {
            return;
        }
        ArenaOutcome outcome;
        try {
            outcome = ArenaOutcome.valueOf(choice);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            Messages.error(null, "arena.vote.invalid");
            return;
        }
        PageActions.refusal(null, () -> {
                    receipt = arena.vote(battle.roundNumber(), token, outcome);
                    battle = null;
                })
                .ifPresent(refused -> {
                    if (refused instanceof IdentityNotVerified unverified) {
                        identityRequiredIn = unverified.roundNumber();
                        battle = null;
                    }
                    if (refused instanceof ArenaRefused arenaRefused) {
                        refusal = arenaRefused.reason();
                        if (arenaRefused.reason() != ArenaRefused.Reason.TOKEN_UNKNOWN) {
                            battle = null;
                        }
                    }
                });
    }

    public BattleView getBattle() {
        return battle;
    }

    public VoteReceipt getReceipt() {
        return receipt;
    }

    /** Why no battle is shown (null when one is, or a vote was just recorded). */
    public String getRefusal() {
        return refusal == null ? null : refusal.name();
    }

    public boolean isEmailUnconfirmed() {
        return emailUnconfirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
