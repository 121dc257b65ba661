package kr.go.msit.sovereignai.domain.sortition;

import java.util.Arrays;

/**
 * The winning numbers of a named 로또 6/45 draw: six distinct numbers 1..45 and a bonus number distinct from them.
 * Canonical form {@code 03-11-19-27-38-42+07} (ascending, two digits). {@link #parse} accepts spaces, commas or
 * hyphens between numbers and {@code +} or a space before the bonus, refusing anything else with
 * {@link IllegalArgumentException}.
 *
 * <p>Parsing: leading and trailing spaces are ignored; the six numbers are separated by a run of spaces, commas and
 * hyphens (at least one character); then either {@code +} (spaces around it allowed) or spaces, then the bonus.
 * Numbers are one or two decimal digits (a leading zero allowed, {@code 7} and {@code 07} are the same); the six
 * winning numbers must be given in ascending order, as the official result lists them (a number out of order is more
 * likely a typing slip than a choice). The record's constructor takes them in any order and sorts them.
 */
public record LottoNumbers(int[] numbers, int bonus) {

    public LottoNumbers {
        if (numbers.length != 6) {
            throw new IllegalArgumentException("6/45 has six winning numbers, not " + numbers.length);
        }
        numbers = numbers.clone();
        Arrays.sort(numbers);
        for (int i = 0; i < 6; i++) {
            check(numbers[i]);
            if (i > 0 && numbers[i] == numbers[i - 1]) {
                throw new IllegalArgumentException("the winning numbers must be distinct: " + numbers[i] + " twice");
            }
        }
        check(bonus);
        if (Arrays.binarySearch(numbers, bonus) >= 0) {
            throw new IllegalArgumentException("the bonus number " + bonus + " is also a winning number");
        }
    }

    @Override
    public int[] numbers() {
        return numbers.clone();
    }

    public static LottoNumbers parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no winning numbers given");
        }
        String s = text.strip();
        int[] all = new int[7];
        int count = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("unexpected '" + c + "' at position " + (i + 1)
                        + ": expected a number like 03-11-19-27-38-42+07");
            }
            int start = i;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i - start > 2) {
                throw new IllegalArgumentException("'" + s.substring(start, i) + "' is not a number from 1 to 45");
            }
            if (count == 7) {
                throw new IllegalArgumentException("more than six numbers and a bonus");
            }
            all[count++] = Integer.parseInt(s.substring(start, i));
            if (i == s.length()) {
                break;
            }
            // a separator
            int sepStart = i;
            int plus = 0;
            int other = 0;
            while (i < s.length() && " ,-+".indexOf(s.charAt(i)) >= 0) {
                char sep = s.charAt(i);
                if (sep == '+') {
                    plus++;
                } else if (sep != ' ') {
                    other++;
                }
                i++;
            }
            if (i == sepStart) {
                throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' at position " + (i + 1)
                        + ": numbers are separated by spaces, commas or hyphens, the bonus by '+'");
            }
            if (i == s.length()) {
                throw new IllegalArgumentException("the numbers end with a separator");
            }
            if (count < 6) {
                if (plus > 0) {
                    throw new IllegalArgumentException("'+' comes only before the bonus, after six numbers");
                }
                if (other > 1) {
                    throw new IllegalArgumentException(
                            "one separator between numbers: '" + s.substring(sepStart, i) + "'");
                }
            } else if (count == 6) {
                if (plus > 1 || other > 0) {
                    throw new IllegalArgumentException("the bonus follows the sixth number after '+' or a space: '"
                            + s.substring(sepStart, i) + "'");
                }
            } else {
                throw new IllegalArgumentException("more than six numbers and a bonus");
            }
        }
        if (count != 7) {
            throw new IllegalArgumentException("six numbers and a bonus are needed, found " + count + " numbers"
                    + (count == 6 ? " (no bonus)" : ""));
        }
        for (int n = 1; n < 6; n++) {
            if (all[n] <= all[n - 1]) {
                throw new IllegalArgumentException(
                        "the six winning numbers must be distinct and ascending: " + all[n - 1] + " then " + all[n]);
            }
        }
        return new LottoNumbers(Arrays.copyOf(all, 6), all[6]);
    }

    public String canonical() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                text.append('-');
            }
            text.append(twoDigits(numbers[i]));
        }
        return text.append('+').append(twoDigits(bonus)).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LottoNumbers that && Arrays.equals(numbers, that.numbers) && bonus == that.bonus;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(numbers) + bonus;
    }

    @Override
    public String toString() {
        return canonical();
    }

    private static String twoDigits(int number) {
        return number < 10 ? "0" + number : Integer.toString(number);
    }

    private static void check(int number) {
        if (number < 1 || number > 45) {
            throw new IllegalArgumentException(number + " is not a number from 1 to 45");
        }
    }
}
