package kr.go.msit.sovereignai.domain.account;

/**
 * RFC 4648 base32 without padding: how authenticator apps take a secret typed in by hand and in an {@code otpauth://}
 * address. Encoding only; the platform never reads a secret back from text.
 */
public final class Base32 {

    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Base32() {}

    public static String encode(byte[] bytes) {
        StringBuilder text = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                text.append(ALPHABET[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            text.append(ALPHABET[(buffer << (5 - bits)) & 31]);
        }
        return text.toString();
    }
}
