package kr.go.msit.sovereignai.domain.arena;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A citizen's per-round pseudonym in the published votes: 15 hex digits of SHA-256 over the round's
 * secret salt and the account, so a citizen's votes can be grouped (the bootstrap resamples citizens)
 * but not linked to an account or across rounds. The same number is the analysis's citizen key.
 */
public final class CitizenPseudonym {

    private CitizenPseudonym() {}

    public static String of(String salt, long citizenId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + ":" + citizenId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 15);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The pseudonym as the analysis's citizen key. */
    public static long key(String pseudonym) {
        return Long.parseLong(pseudonym, 16);
    }
}
