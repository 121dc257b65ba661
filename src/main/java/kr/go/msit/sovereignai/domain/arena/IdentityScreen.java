package kr.go.msit.sovereignai.domain.arena;

import java.util.Collection;
import java.util.List;

/**
 * Flags answers that would reveal their team: any of the programme's names (teams, member
 * organisations, models; Korean and English) and the administrator's extra terms, found
 * case-insensitively (Latin terms on word boundaries, so "Solar" does not flag "solarium"...).
 */
public final class IdentityScreen {

    public IdentityScreen(Collection<String> terms) {
        throw new UnsupportedOperationException("todo");
    }

    /** The screen's terms as it matches them (normalised, de-duplicated, sorted). */
    public List<String> terms() {
        throw new UnsupportedOperationException("todo");
    }

    /** The terms {@code answer} contains, in the screen's order; empty when it reveals nothing. */
    public List<String> revealedIn(String answer) {
        throw new UnsupportedOperationException("todo");
    }
}
