package kr.go.msit.sovereignai.domain.sortition;

/**
 * The winning numbers of a named 로또 6/45 draw: six distinct numbers 1..45 and a bonus number distinct from them.
 * Canonical form {@code 03-11-19-27-38-42+07} (ascending, two digits). {@link #parse} accepts spaces, commas or
 * hyphens between numbers and {@code +} or a space before the bonus, refusing anything else with
 * {@link IllegalArgumentException}.
 */
public record LottoNumbers(int[] numbers, int bonus) {

    public static LottoNumbers parse(String text) {
        throw new UnsupportedOperationException("issue 23: sortition");
    }

    public String canonical() {
        throw new UnsupportedOperationException("issue 23: sortition");
    }
}
